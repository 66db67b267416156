import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DistributionCode, DistributionList } from '@hylle/contracts';
import { apiDelete } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { useScopedValue, useStatus } from '../shared/ui/action-scope.tsx';
import { ConfirmRemove } from '../shared/ui/confirm-remove.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { useFocusReturn, type FocusTarget } from '../shared/ui/use-focus-return.ts';
import { DistributionCodeForm } from './distribution-code-form.tsx';

interface Props {
  list: DistributionList;
  codes: readonly DistributionCode[];
  /** Admins add, describe and remove codes; buyers read the list. */
  canEdit: boolean;
  /** Refetch the lists; awaited so the status message follows fresh data. */
  onChanged: () => Promise<unknown>;
}

type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

/** One code list (departments, shelf locations or material types) as a table, with its forms for admins. */
export function DistributionCodeList({ list, codes, canEdit, onChanged }: Props) {
  const t = useT();
  const status = useStatus();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [removeError, setRemoveError] = useScopedValue<{ id: string; message: string }>();
  const { listRef, addButtonRef, buttonRef, returnFocus } = useFocusReturn(panel);
  const title = t(`distribution.list.${list}`);
  const headingId = `distribution-${list}-title`;

  const close = (target: FocusTarget) => {
    returnFocus(target);
    setPanel({ kind: 'none' });
  };

  const saved = async (message: string) => {
    await onChanged();
    close('list');
    status.show(message);
  };

  const remove = useMutation({
    mutationFn: (code: DistributionCode) => apiDelete(`/api/account/distribution/codes/${code.id}`),
    onSuccess: async (_void, code) => {
      await onChanged();
      status.show(t('distribution.codeRemoved', { code: code.code }));
      // The removed row took focus with it; the list keeps it.
      listRef.current?.focus();
    },
    onError: (error, code) => setRemoveError({ id: code.id, message: problemMessage(t, error) }),
  });

  const editing = panel.kind === 'edit' ? codes.find((code) => code.id === panel.id) : undefined;

  return (
    <section aria-labelledby={headingId}>
      <div className="stack" ref={listRef} tabIndex={-1}>
        <h2 id={headingId}>{title}</h2>
        <p className="field__hint">{t(`distribution.listHint.${list}`)}</p>
        <StatusMessage message={status.message} />
        {codes.length === 0 ? (
          <EmptyState title={t(`distribution.empty.${list}`)}>
            <p>{canEdit ? t('distribution.emptyHintAdmin') : t('distribution.emptyHintBuyer')}</p>
          </EmptyState>
        ) : (
          <TableScroll label={title}>
            <table className="table-stack distribution-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('distribution.code')}</th>
                  <th scope="col">{t('distribution.label')}</th>
                  {canEdit ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {codes.map((code) => (
                  <tr key={code.id}>
                    <th scope="row" className="nowrap">
                      {code.code}
                    </th>
                    <td data-label={t('distribution.label')}>{code.label}</td>
                    {canEdit ? (
                      <td data-label={t('common.actions')}>
                        <div className="button-row">
                          <button
                            ref={buttonRef(code.id)}
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('distribution.editNamed', { code: code.code })}
                            aria-expanded={panel.kind === 'edit' && panel.id === code.id}
                            onClick={() => setPanel({ kind: 'edit', id: code.id })}
                          >
                            {t('distribution.edit')}
                          </button>
                          <ConfirmRemove
                            buttonLabel={t('distribution.removeNamed', { code: code.code })}
                            question={t('distribution.confirmRemove', { code: code.code })}
                            error={removeError?.id === code.id ? removeError.message : undefined}
                            onConfirm={() => remove.mutateAsync(code)}
                          />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {canEdit && editing ? (
          <DistributionCodeForm
            key={editing.id}
            list={list}
            existing={editing}
            onStart={status.begin}
            onSaved={(code) => saved(t('distribution.codeUpdated', { code: code.code }))}
            onCancel={() => close({ button: editing.id })}
          />
        ) : null}
        {canEdit ? (
          panel.kind === 'new' ? (
            <DistributionCodeForm
              list={list}
              onStart={status.begin}
              onSaved={(code) => saved(t('distribution.codeAdded', { code: code.code }))}
              onCancel={() => close('add')}
            />
          ) : (
            <div>
              <button ref={addButtonRef} type="button" className="button" onClick={() => setPanel({ kind: 'new' })}>
                {t(`distribution.add.${list}`)}
              </button>
            </div>
          )
        ) : null}
      </div>
    </section>
  );
}
