import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DeliveryAddress } from '@hylle/contracts';
import { apiDelete } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { problemMessage } from '../problem-message.ts';
import { useScopedValue, useStatus } from '../ui/action-scope.tsx';
import { AddressView } from '../ui/address-view.tsx';
import { ConfirmRemove } from '../ui/confirm-remove.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { StatusMessage } from '../ui/status-message.tsx';
import { useFocusReturn, type FocusTarget } from '../ui/use-focus-return.ts';
import { DeliveryAddressForm } from './delivery-address-form.tsx';

interface Props {
  basePath: string;
  addresses: readonly DeliveryAddress[];
  canEdit: boolean;
  /** Shown instead of the add button to those who may not change addresses: who can. */
  readOnlyNote?: ReactNode;
  /** Refetch whatever holds the list; awaited so the status message follows fresh data. */
  onChanged: () => Promise<unknown>;
  headingLevel: 2 | 3;
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

export function DeliveryAddressManager({ basePath, addresses, canEdit, readOnlyNote, onChanged, headingLevel }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const status = useStatus();
  const [removeError, setRemoveError] = useScopedValue<{ id: string; message: string }>();
  const { listRef, addButtonRef, buttonRef, returnFocus } = useFocusReturn(editing);

  const close = (target: FocusTarget) => {
    returnFocus(target);
    setEditing({ kind: 'none' });
  };

  const remove = useMutation({
    mutationFn: (address: DeliveryAddress) => apiDelete(`${basePath}/delivery-addresses/${address.id}`),
    onSuccess: async () => {
      await onChanged();
      status.show(t('addresses.removed'));
      // The removed card took focus with it; put it somewhere sensible.
      listRef.current?.focus();
    },
    onError: (error, address) => setRemoveError({ id: address.id, message: problemMessage(t, error) }),
  });

  const saved = async (message: string) => {
    await onChanged();
    close('list');
    status.show(message);
  };

  return (
    <div className="stack" ref={listRef} tabIndex={-1}>
      <StatusMessage message={status.message} />
      {addresses.length === 0 ? (
        <EmptyState title={t('addresses.empty')}>{canEdit ? <p>{t('addresses.emptyHintAdmin')}</p> : null}</EmptyState>
      ) : (
        <ul className="card-list">
          {addresses.map((address) =>
            editing.kind === 'edit' && editing.id === address.id ? (
              <li key={address.id}>
                <DeliveryAddressForm
                  headingLevel={headingLevel}
                  basePath={basePath}
                  existing={address}
                  onStart={status.begin}
                  onSaved={() => saved(t('addresses.updated'))}
                  onCancel={() => close({ button: address.id })}
                />
              </li>
            ) : (
              <li key={address.id} className="card">
                <p className="card__title">{address.label}</p>
                <AddressView address={address} recipient={address.recipient} />
                {canEdit ? (
                  <div className="button-row">
                    <button
                      ref={buttonRef(address.id)}
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing({ kind: 'edit', id: address.id })}
                    >
                      {t('addresses.editNamed', { label: address.label })}
                    </button>
                    <ConfirmRemove
                      buttonLabel={t('addresses.removeNamed', { label: address.label })}
                      question={t('addresses.confirmRemove', { label: address.label })}
                      error={removeError?.id === address.id ? removeError.message : undefined}
                      onConfirm={() => remove.mutateAsync(address)}
                    />
                  </div>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {canEdit ? (
        editing.kind === 'new' ? (
          <DeliveryAddressForm
            headingLevel={headingLevel}
            basePath={basePath}
            onStart={status.begin}
            onSaved={() => saved(t('addresses.added'))}
            onCancel={() => close('add')}
          />
        ) : (
          <div>
            <button ref={addButtonRef} type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
              {t('addresses.add')}
            </button>
          </div>
        )
      ) : (
        readOnlyNote
      )}
    </div>
  );
}
