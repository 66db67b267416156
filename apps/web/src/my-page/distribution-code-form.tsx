import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DistributionCode, DistributionCodeBody, DistributionList } from '@hylle/contracts';
import { isFieldError } from '../shared/api-error.ts';
import { apiPost, apiPut } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { FormError } from '../shared/ui/form-error.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';

const FIELDS = ['list', 'code', 'label'];

interface Props {
  list: DistributionList;
  /** A code to describe anew; its text stays, since lines and defaults name it. */
  existing?: DistributionCode;
  onStart: () => void;
  onSaved: (code: DistributionCode) => Promise<unknown>;
  onCancel: () => void;
}

export function DistributionCodeForm({ list, existing, onStart, onSaved, onCancel }: Props) {
  const t = useT();
  const [code, setCode] = useState(existing?.code ?? '');
  const [label, setLabel] = useState(existing?.label ?? '');
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const prefix = existing ? `distribution-code-${existing.id}` : `distribution-${list}-new`;

  useEffect(() => {
    // The form opened from a button: keyboard users continue in its first field.
    firstFieldRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () =>
      existing
        ? apiPut<DistributionCode>(`/api/account/distribution/codes/${existing.id}`, { label })
        : apiPost<DistributionCode>('/api/account/distribution/codes', { list, code, label } satisfies DistributionCodeBody),
    onSuccess: onSaved,
  });
  const serverError = useFieldErrors(save.error);
  const error = save.error;
  // A taken code or a full list is said at the code: the generic texts ("changed by someone else") would mislead.
  const codeError = !isFieldError(error, 'code')
    ? undefined
    : error.code === 'conflict'
      ? t('distribution.codeTaken', { code: code.trim().toLocaleUpperCase('nb') })
      : error.code === 'distribution_list_full'
        ? t('distribution.listFull')
        : t('distribution.codeInvalid');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    save.mutate();
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {existing ? t('distribution.editTitle', { code: existing.code }) : t(`distribution.newTitle.${list}`)}
      </h3>
      <div className="field-row">
        {existing ? null : (
          <TextField
            ref={firstFieldRef}
            id={`${prefix}-code`}
            label={t('distribution.code')}
            hint={t('distribution.codeHint')}
            value={code}
            onChange={(value) => setCode(value.toLocaleUpperCase('nb'))}
            autoComplete="off"
            spellCheck={false}
            required
            error={codeError}
          />
        )}
        <TextField
          ref={existing ? firstFieldRef : undefined}
          id={`${prefix}-label`}
          label={t('distribution.label')}
          optionalLabel={t('common.optional')}
          hint={t('distribution.labelHint')}
          value={label}
          onChange={setLabel}
          maxLength={80}
          error={serverError('label')}
        />
      </div>
      <FormError error={save.error} fields={FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
