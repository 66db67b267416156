import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DeliveryAddress } from '@hylle/contracts';
import { apiDelete } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { AddressView } from '../ui/address-view.tsx';
import { ConfirmRemove } from '../ui/confirm-remove.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { FormError } from '../ui/form-error.tsx';
import { StatusMessage } from '../ui/status-message.tsx';
import { DeliveryAddressForm } from './delivery-address-form.tsx';

interface Props {
  basePath: string;
  addresses: readonly DeliveryAddress[];
  canEdit: boolean;
  /** Refetch whatever holds the list; awaited so the status message follows fresh data. */
  onChanged: () => Promise<unknown>;
  headingLevel: 2 | 3;
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

export function DeliveryAddressManager({ basePath, addresses, canEdit, onChanged, headingLevel }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLDivElement>(null);

  const remove = useMutation({
    mutationFn: (address: DeliveryAddress) => apiDelete(`${basePath}/delivery-addresses/${address.id}`),
    onSuccess: async () => {
      await onChanged();
      setStatus(t('addresses.removed'));
      // The removed card took focus with it; put it somewhere sensible.
      listRef.current?.focus();
    },
  });

  const saved = (message: string) => async () => {
    await onChanged();
    setEditing({ kind: 'none' });
    setStatus(message);
    listRef.current?.focus();
  };

  return (
    <div className="stack" ref={listRef} tabIndex={-1}>
      <StatusMessage message={status} />
      <FormError error={remove.error} />
      {addresses.length === 0 ? (
        <EmptyState title={t('addresses.empty')}>{canEdit ? <p>{t('addresses.emptyHintAdmin')}</p> : null}</EmptyState>
      ) : (
        <ul className="card-list">
          {addresses.map((address) =>
            editing.kind === 'edit' && editing.id === address.id ? (
              <li key={address.id}>
                <DeliveryAddressForm headingLevel={headingLevel} basePath={basePath} existing={address} onSaved={saved(t('addresses.updated'))} onCancel={() => setEditing({ kind: 'none' })} />
              </li>
            ) : (
              <li key={address.id} className="card">
                <p className="card__title">{address.label}</p>
                <AddressView address={address} recipient={address.recipient} />
                {canEdit ? (
                  <div className="button-row">
                    <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'edit', id: address.id })}>
                      {t('addresses.editNamed', { label: address.label })}
                    </button>
                    <ConfirmRemove
                      buttonLabel={t('addresses.removeNamed', { label: address.label })}
                      question={t('addresses.confirmRemove', { label: address.label })}
                      pending={remove.isPending}
                      onConfirm={() => remove.mutate(address)}
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
          <DeliveryAddressForm headingLevel={headingLevel} basePath={basePath} onSaved={saved(t('addresses.added'))} onCancel={() => setEditing({ kind: 'none' })} />
        ) : (
          <div>
            <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
              {t('addresses.add')}
            </button>
          </div>
        )
      ) : (
        <p className="notice notice--info">{t('addresses.contactService')}</p>
      )}
    </div>
  );
}
