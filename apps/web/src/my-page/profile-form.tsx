import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile } from '@hylle/contracts';
import { apiPut } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { sessionQueryKey } from '../shared/session.ts';
import { submitWith, useStatus } from '../shared/ui/action-scope.tsx';
import { CheckboxField } from '../shared/ui/checkbox-field.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { profileKey } from './account-query-keys.ts';

const FIELDS = ['name', 'phone'];

export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState(profile.name);
  const [phone, setPhone] = useState(profile.phone);
  const [newsletter, setNewsletter] = useState(profile.newsletter);
  const status = useStatus();

  const save = useMutation({
    mutationFn: () => apiPut<Profile>('/api/me/profile', { name, phone, newsletter }),
    onSuccess: (saved) => {
      queryClient.setQueryData(profileKey, saved);
      // The header greets the user by name, so the session must learn the new one.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      status.show(t('profile.saved'));
    },
  });
  const fieldError = useFieldErrors(save.error);

  const submit = submitWith(save, status);

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <dl className="facts">
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{profile.email}</dd>
        </div>
      </dl>
      <p className="field__hint">{t('profile.emailNote')}</p>
      <TextField id="profile-name" label={t('profile.name')} value={name} onChange={setName} autoComplete="name" required error={fieldError('name')} />
      <TextField id="profile-phone" type="tel" label={t('profile.phone')} optionalLabel={t('common.optional')} value={phone} onChange={setPhone} autoComplete="tel" error={fieldError('phone')} />
      <CheckboxField id="profile-newsletter" label={t('profile.newsletter')} checked={newsletter} onChange={setNewsletter} />
      <FormError error={save.error} fields={FIELDS} />
      <StatusMessage message={status.message} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
      </div>
    </form>
  );
}
