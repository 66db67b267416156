import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { LibraryModuleStatus } from '@hylle/contracts';
import { apiGet, apiPost } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { submitWith, useStatus } from '../shared/ui/action-scope.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { backofficeKeys } from './backoffice-keys.ts';

const FIELDS = ['adminEmail', 'adminName'];

/**
 * The library module of an account (issue 5): staff switch it on and name its administrators,
 * who then set up the library's rules and desk staff themselves.
 */
export function LibraryModuleSection({ accountId }: { accountId: string }) {
  const t = useT();
  const path = `/api/backoffice/accounts/${accountId}/library`;
  const libraryModule = useQuery({ queryKey: backofficeKeys.libraryModule(accountId), queryFn: ({ signal }) => apiGet<LibraryModuleStatus>(path, signal) });
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const status = useStatus();
  const enable = useMutation({
    mutationFn: () => apiPost<{ created: boolean }>(path, { adminEmail: email, adminName: name }),
    onSuccess: async (result) => {
      await libraryModule.refetch();
      status.show(result.created ? t('library.module.enabled', { email }) : t('library.module.adminAdded', { email }));
      setEmail('');
      setName('');
    },
  });
  const fieldError = useFieldErrors(enable.error);
  if (libraryModule.isPending) return <Loading />;
  if (libraryModule.isError) return <QueryError error={libraryModule.error} onRetry={() => void libraryModule.refetch()} />;
  const { enabled, admins } = libraryModule.data;

  return (
    <div className="stack">
      <p>{enabled ? t('library.module.isOn') : t('library.module.isOff')}</p>
      {enabled ? (
        <p>
          {t('library.module.admins')}: {admins.map((admin) => (admin.name ? `${admin.name} (${admin.email})` : admin.email)).join(', ')}
        </p>
      ) : null}
      <form className="card form" onSubmit={submitWith(enable, status)} noValidate aria-labelledby="library-module-form-title">
        <h3 id="library-module-form-title" className="card__title">
          {enabled ? t('library.module.addAdmin') : t('library.module.enable')}
        </h3>
        <p className="muted">{enabled ? t('library.module.addAdminHint') : t('library.module.enableHint')}</p>
        <TextField id="library-admin-email" type="email" label={t('members.email')} value={email} onChange={setEmail} autoComplete="off" required error={fieldError('adminEmail')} />
        <TextField id="library-admin-name" label={t('members.name')} value={name} onChange={setName} autoComplete="off" error={fieldError('adminName')} />
        <FormError error={enable.error} fields={FIELDS} />
        <StatusMessage message={status.message} />
        <div className="button-row">
          <SubmitButton pending={enable.isPending} label={enabled ? t('library.module.addAdmin') : t('library.module.enable')} pendingLabel={t('common.saving')} />
        </div>
      </form>
    </div>
  );
}
