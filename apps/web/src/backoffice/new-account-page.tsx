import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { AccountDetail } from '@hylle/contracts';
import { apiPost } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { FormError } from '../shared/ui/form-error.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { backofficeKeys } from './backoffice-keys.ts';
import { companyBody, emptyCompanyDraft } from './company-draft.ts';
import { COMPANY_FIELDS, CompanyFields } from './company-fields.tsx';

const FIELDS = [...COMPANY_FIELDS, 'firstAdmin.email', 'firstAdmin.name'];

export function NewAccountPage() {
  const t = useT();
  const { store } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('bo.newAccount'));
  const [company, setCompany] = useState(() => emptyCompanyDraft(store.country));
  const [adminEmail, setAdminEmail] = useState('');
  const [adminName, setAdminName] = useState('');

  const create = useMutation({
    mutationFn: () => apiPost<AccountDetail>('/api/backoffice/accounts', { ...companyBody(company), firstAdmin: { email: adminEmail.trim(), name: adminName.trim() } }),
    onSuccess: (account) => {
      queryClient.setQueryData(backofficeKeys.account(account.id), account);
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.accountLists });
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll });
      navigate(`/backoffice/accounts/${account.id}`, { state: { created: true } });
    },
  });
  const fieldError = useFieldErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending) create.mutate();
  };

  return (
    <div className="stack">
      <h1>{t('bo.newAccount')}</h1>
      <form className="card form" onSubmit={submit} noValidate aria-label={t('bo.newAccount')}>
        <CompanyFields idPrefix="new-account" mode="create" value={company} onChange={setCompany} error={create.error} />
        <fieldset className="fieldset">
          <legend>{t('bo.firstAdmin')}</legend>
          <p className="field__hint">{t('bo.firstAdminHint')}</p>
          <TextField id="new-account-admin-email" type="email" label={t('members.email')} value={adminEmail} onChange={setAdminEmail} required autoComplete="off" error={fieldError('firstAdmin.email')} />
          <TextField id="new-account-admin-name" label={t('members.name')} value={adminName} onChange={setAdminName} required autoComplete="off" error={fieldError('firstAdmin.name')} />
        </fieldset>
        <FormError error={create.error} fields={FIELDS} />
        <div className="button-row">
          <SubmitButton pending={create.isPending} label={t('bo.create')} pendingLabel={t('common.saving')} />
        </div>
      </form>
    </div>
  );
}
