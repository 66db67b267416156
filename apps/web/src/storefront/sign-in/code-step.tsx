import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { SessionView } from '@hylle/contracts';
import { ApiError, apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { useCodeRequestMessage } from './code-request-message.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';

interface Props {
  email: string;
  onSignedIn: (view: SessionView) => void;
  onChangeEmail: () => void;
}

/** Errors about the code itself belong beside the code input, not in a separate alert. */
function isCodeError(error: unknown): boolean {
  return error instanceof ApiError && (error.errors.some((entry) => entry.field === 'code') || error.code.startsWith('code_'));
}

export function CodeStep({ email, onSignedIn, onChangeEmail }: Props) {
  const t = useT();
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const verify = useMutation({
    mutationFn: () => apiPost<SessionView>('/api/auth/verify', { email, code: code.replace(/\s/g, '') }),
    onSuccess: onSignedIn,
  });
  const resend = useMutation({
    mutationFn: () => apiPost<unknown>('/api/auth/code', { email }),
    onSuccess: () => {
      setCode('');
      verify.reset();
      setStatus(t('signIn.newCodeSent'));
      inputRef.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (verify.isPending) return;
    setStatus('');
    resend.reset();
    verify.mutate();
  };

  const fieldError = useFieldErrors(verify.error);
  const codeRequestMessage = useCodeRequestMessage();
  const codeError = isCodeError(verify.error) ? (fieldError('code') ?? problemMessage(t, verify.error)) : undefined;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="notice notice--info">{t('signIn.codeSent', { email })}</p>
      <StatusMessage message={status} />
      <TextField
        ref={inputRef}
        id="sign-in-code"
        label={t('signIn.code')}
        hint={t('signIn.codeHint')}
        value={code}
        onChange={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        className="field--code"
        error={codeError}
      />
      {isCodeError(verify.error) ? null : <FormError error={verify.error} />}
      <FormError error={resend.error} message={codeRequestMessage(resend.error)} />
      <div className="button-row">
        <SubmitButton pending={verify.isPending} label={t('signIn.submit')} pendingLabel={t('signIn.verifying')} />
      </div>
      <div className="button-row">
        <button type="button" className="button button--link" onClick={() => {
            setStatus('');
            resend.mutate();
          }} disabled={resend.isPending}>
          {t('signIn.newCode')}
        </button>
        <button type="button" className="button button--link" onClick={onChangeEmail}>
          {t('signIn.otherEmail')}
        </button>
      </div>
    </form>
  );
}
