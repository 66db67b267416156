import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DistributionField } from '@hylle/contracts';
import { apiDelete } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { useScopedValue, useStatus } from '../shared/ui/action-scope.tsx';
import { ConfirmRemove } from '../shared/ui/confirm-remove.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { useFocusReturn, type FocusTarget } from '../shared/ui/use-focus-return.ts';
import { DistributionFieldForm } from './distribution-field-form.tsx';

interface Props {
  fields: readonly DistributionField[];
  canEdit: boolean;
  onChanged: () => Promise<unknown>;
}

type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

const headingId = 'distribution-fields-title';

/** The account's free extra fields, in the order lines show them, with their forms for admins. */
export function DistributionFieldsSection({ fields, canEdit, onChanged }: Props) {
  const t = useT();
  const status = useStatus();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [removeError, setRemoveError] = useScopedValue<{ id: string; message: string }>();
  const { listRef, addButtonRef, buttonRef, returnFocus } = useFocusReturn(panel);
  const title = t('distribution.fields.title');

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
    mutationFn: (field: DistributionField) => apiDelete(`/api/account/distribution/fields/${field.id}`),
    onSuccess: async (_void, field) => {
      await onChanged();
      status.show(t('distribution.fields.removed', { name: field.name }));
      listRef.current?.focus();
    },
    onError: (error, field) => setRemoveError({ id: field.id, message: problemMessage(t, error) }),
  });

  const editing = panel.kind === 'edit' ? fields.find((field) => field.id === panel.id) : undefined;

  return (
    <section aria-labelledby={headingId}>
      <div className="stack" ref={listRef} tabIndex={-1}>
        <h2 id={headingId}>{title}</h2>
        <p className="field__hint">{t('distribution.fields.intro')}</p>
        <StatusMessage message={status.message} />
        {fields.length === 0 ? (
          <EmptyState title={t('distribution.fields.empty')}>
            <p>{canEdit ? t('distribution.fields.emptyHintAdmin') : t('distribution.emptyHintBuyer')}</p>
          </EmptyState>
        ) : (
          <TableScroll label={title}>
            <table className="table-stack distribution-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('distribution.fields.name')}</th>
                  <th scope="col">{t('distribution.fields.requiredColumn')}</th>
                  <th scope="col">{t('distribution.fields.maxLength')}</th>
                  {canEdit ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field.id}>
                    <th scope="row">{field.name}</th>
                    <td data-label={t('distribution.fields.requiredColumn')}>
                      {field.required ? t('distribution.fields.isRequired') : t('distribution.fields.isOptional')}
                    </td>
                    <td data-label={t('distribution.fields.maxLength')} className="nowrap">
                      {t('distribution.fields.characters', { count: field.maxLength })}
                    </td>
                    {canEdit ? (
                      <td data-label={t('common.actions')}>
                        <div className="button-row">
                          <button
                            ref={buttonRef(field.id)}
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('distribution.fields.editNamed', { name: field.name })}
                            aria-expanded={panel.kind === 'edit' && panel.id === field.id}
                            onClick={() => setPanel({ kind: 'edit', id: field.id })}
                          >
                            {t('distribution.edit')}
                          </button>
                          <ConfirmRemove
                            buttonLabel={t('distribution.fields.removeNamed', { name: field.name })}
                            question={t('distribution.fields.confirmRemove', { name: field.name })}
                            error={removeError?.id === field.id ? removeError.message : undefined}
                            onConfirm={() => remove.mutateAsync(field)}
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
          <DistributionFieldForm
            key={editing.id}
            existing={editing}
            onStart={status.begin}
            onSaved={(field) => saved(t('distribution.fields.updated', { name: field.name }))}
            onCancel={() => close({ button: editing.id })}
          />
        ) : null}
        {canEdit ? (
          panel.kind === 'new' ? (
            <DistributionFieldForm
              onStart={status.begin}
              onSaved={(field) => saved(t('distribution.fields.added', { name: field.name }))}
              onCancel={() => close('add')}
            />
          ) : (
            <div>
              <button ref={addButtonRef} type="button" className="button" onClick={() => setPanel({ kind: 'new' })}>
                {t('distribution.fields.add')}
              </button>
            </div>
          )
        ) : null}
      </div>
    </section>
  );
}
