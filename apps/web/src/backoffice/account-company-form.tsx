import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountDetail } from '@hylle/contracts';
import { apiPatch } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { submitWith, useStatus } from '../shared/ui/action-scope.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { backofficeKeys } from './backoffice-keys.ts';
import { companyBody, draftFromAccount } from './company-draft.ts';
import { COMPANY_FIELDS, CompanyFields } from './company-fields.tsx';

export function AccountCompanyForm({ account }: { account: AccountDetail }) {
  const t = useT();
  const { store } = useSession();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFromAccount(account, store.country));
  const status = useStatus();

  const save = useMutation({
    mutationFn: () => apiPatch<AccountDetail>(`/api/backoffice/accounts/${account.id}`, companyBody(draft)),
    onSuccess: (saved) => {
      queryClient.setQueryData(backofficeKeys.account(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.accountLists });
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll });
      setDraft(draftFromAccount(saved, store.country));
      status.show(t('bo.saved'));
    },
  });

  const submit = submitWith(save, status);

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="company-title">
      <CompanyFields idPrefix="account" mode="edit" value={draft} onChange={setDraft} error={save.error} />
      <FormError error={save.error} fields={COMPANY_FIELDS} />
      <StatusMessage message={status.message} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
      </div>
    </form>
  );
}
