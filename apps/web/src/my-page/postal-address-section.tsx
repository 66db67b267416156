import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CompanyInfo } from '@hylle/contracts';
import { apiPut } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { submitWith, useStatus } from '../shared/ui/action-scope.tsx';
import { AddressFields, addressFieldPaths, emptyAddress, type AddressDraft } from '../shared/ui/address-fields.tsx';
import { AddressView } from '../shared/ui/address-view.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { accountKeys } from './account-query-keys.ts';

/** Admins may add or change the postal address themselves (S4); everything else is staff's. */
export function PostalAddressSection({ company }: { company: CompanyInfo }) {
  const t = useT();
  const { store } = useSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<AddressDraft>(company.postalAddress ?? emptyAddress(store.country));
  const status = useStatus();
  const isAdmin = company.role === 'admin';
  const formRef = useRef<HTMLFormElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the form opens or closes; set by the handler, applied after render.
  const focusNext = useRef<'form' | 'button' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'form') formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
    if (target === 'button') openButtonRef.current?.focus();
  }, [editing]);

  const close = () => {
    focusNext.current = 'button';
    setEditing(false);
  };

  const save = useMutation({
    mutationFn: () => apiPut<CompanyInfo>('/api/account/postal-address', { postalAddress: draft }),
    onSuccess: (saved) => {
      queryClient.setQueryData(accountKeys.company(saved.id), saved);
      close();
      status.show(t('company.postalSaved'));
    },
  });

  const submit = submitWith(save, status);

  return (
    <section className="card" aria-labelledby="postal-title">
      <h2 id="postal-title" className="card__title">
        {t('company.postalAddress')}
      </h2>
      <StatusMessage message={status.message} />
      {editing ? (
        <form ref={formRef} className="form" onSubmit={submit} noValidate>
          <AddressFields idPrefix="postal" errorPrefix="postalAddress" value={draft} onChange={setDraft} error={save.error} />
          <FormError error={save.error} fields={addressFieldPaths('postalAddress')} />
          <div className="button-row">
            <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
            <button type="button" className="button button--secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {company.postalAddress ? <AddressView address={company.postalAddress} /> : <p>{t('company.noPostalAddress')}</p>}
          {isAdmin ? (
            <div className="button-row">
              <button
                ref={openButtonRef}
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setDraft(company.postalAddress ?? emptyAddress(store.country));
                  save.reset();
                  focusNext.current = 'form';
                  setEditing(true);
                }}
              >
                {company.postalAddress ? t('company.editPostal') : t('company.addPostal')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
