import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { useCodeRequestMessage } from './code-request-message.ts';

interface Props {
  initialEmail: string;
  onSent: (email: string) => void;
}

export function EmailStep({ initialEmail, onSent }: Props) {
  const t = useT();
  const [email, setEmail] = useState(initialEmail);
  const requestCode = useMutation({
    mutationFn: (address: string) => apiPost<unknown>('/api/auth/code', { email: address }),
    onSuccess: (_body, address) => onSent(address),
  });
  const fieldError = useFieldErrors(requestCode.error);
  const codeRequestMessage = useCodeRequestMessage();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!requestCode.isPending) requestCode.mutate(email.trim());
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('signIn.intro')}</p>
      <TextField id="sign-in-email" type="email" label={t('signIn.email')} value={email} onChange={setEmail} autoComplete="email" required error={fieldError('email')} />
      <FormError error={requestCode.error} fields={['email']} message={codeRequestMessage(requestCode.error)} />
      <div className="button-row">
        <SubmitButton pending={requestCode.isPending} label={t('signIn.sendCode')} pendingLabel={t('signIn.sending')} />
      </div>
    </form>
  );
}
