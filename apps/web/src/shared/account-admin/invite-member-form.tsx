import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Member, Role } from '@hylle/contracts';
import { apiPost } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { submitWith, useStatus } from '../ui/action-scope.tsx';
import { FormError } from '../ui/form-error.tsx';
import { StatusMessage } from '../ui/status-message.tsx';
import { SelectField } from '../ui/select-field.tsx';
import { SubmitButton } from '../ui/submit-button.tsx';
import { TextField } from '../ui/text-field.tsx';
import { useFieldErrors } from '../use-field-errors.ts';

interface Props {
  basePath: string;
  title: string;
  hint: string;
  submitLabel: string;
  successMessage: (member: Member) => string;
  onAdded: () => Promise<unknown>;
  headingLevel: 2 | 3;
}

const FIELDS = ['email', 'name', 'role'];

export function InviteMemberForm({ basePath, title, hint, submitLabel, successMessage, onAdded, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('buyer');
  const status = useStatus();

  const invite = useMutation({
    mutationFn: () => apiPost<Member>(`${basePath}/members`, { email, name, role }),
    onSuccess: async (member) => {
      setEmail('');
      setName('');
      setRole('buyer');
      await onAdded();
      status.show(successMessage(member));
    },
  });
  const fieldError = useFieldErrors(invite.error);

  const submit = submitWith(invite, status);

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <Heading id="invite-title" className="card__title">
        {title}
      </Heading>
      <p className="muted">{hint}</p>
      <TextField id="invite-email" type="email" label={t('members.email')} value={email} onChange={setEmail} autoComplete="off" required error={fieldError('email')} />
      <TextField id="invite-name" label={t('members.name')} value={name} onChange={setName} autoComplete="off" required error={fieldError('name')} />
      <SelectField
        id="invite-role"
        label={t('members.role')}
        value={role}
        onChange={(value) => setRole(value === 'admin' ? 'admin' : 'buyer')}
        options={[
          { value: 'buyer', label: t('role.buyer') },
          { value: 'admin', label: t('role.admin') },
        ]}
        error={fieldError('role')}
      />
      <FormError error={invite.error} fields={FIELDS} />
      <StatusMessage message={status.message} />
      <div className="button-row">
        <SubmitButton pending={invite.isPending} label={submitLabel} pendingLabel={t('common.saving')} />
      </div>
    </form>
  );
}
