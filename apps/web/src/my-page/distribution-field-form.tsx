import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DistributionField, DistributionFieldBody } from '@hylle/contracts';
import { isFieldError } from '../shared/api-error.ts';
import { apiPost, apiPut } from '../shared/api.ts';
import { parseMaxLength } from '../shared/distribution/distribution-lists.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { CheckboxField } from '../shared/ui/checkbox-field.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';

const FIELDS = ['name', 'required', 'maxLength'];

interface Props {
  existing?: DistributionField;
  onStart: () => void;
  onSaved: (field: DistributionField) => Promise<unknown>;
  onCancel: () => void;
}

export function DistributionFieldForm({ existing, onStart, onSaved, onCancel }: Props) {
  const t = useT();
  const [name, setName] = useState(existing?.name ?? '');
  const [required, setRequired] = useState(existing?.required ?? false);
  const [maxLength, setMaxLength] = useState(String(existing?.maxLength ?? 60));
  const [checked, setChecked] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const maxLengthRef = useRef<HTMLInputElement>(null);
  const prefix = existing ? `distribution-field-${existing.id}` : 'distribution-field-new';

  useEffect(() => {
    // The form opened from a button: keyboard users continue in its first field.
    nameRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: DistributionFieldBody) =>
      existing ? apiPut<DistributionField>(`/api/account/distribution/fields/${existing.id}`, body) : apiPost<DistributionField>('/api/account/distribution/fields', body),
    onSuccess: onSaved,
  });
  const error = save.error;
  const parsedLength = parseMaxLength(maxLength);
  const lengthWrong = checked && parsedLength === null;

  const nameError = !isFieldError(error, 'name')
    ? undefined
    : error.code === 'conflict'
      ? t('distribution.fields.nameTaken', { name: name.trim() })
      : error.code === 'distribution_list_full'
        ? t('distribution.fields.full')
        : t('distribution.fields.nameMissing');
  const maxLengthError = lengthWrong || isFieldError(error, 'maxLength') ? t('distribution.fields.maxLengthInvalid') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    setChecked(true);
    if (parsedLength === null) {
      maxLengthRef.current?.focus();
      return;
    }
    save.mutate({ name, required, maxLength: parsedLength });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {existing ? t('distribution.fields.editTitle', { name: existing.name }) : t('distribution.fields.newTitle')}
      </h3>
      <div className="field-row">
        <TextField
          ref={nameRef}
          id={`${prefix}-name`}
          label={t('distribution.fields.name')}
          hint={t('distribution.fields.nameHint')}
          value={name}
          onChange={setName}
          autoComplete="off"
          required
          error={nameError}
        />
        <TextField
          ref={maxLengthRef}
          id={`${prefix}-max-length`}
          className="field--short"
          label={t('distribution.fields.maxLength')}
          hint={t('distribution.fields.maxLengthHint')}
          value={maxLength}
          onChange={setMaxLength}
          inputMode="numeric"
          autoComplete="off"
          required
          error={maxLengthError}
        />
      </div>
      <CheckboxField id={`${prefix}-required`} label={t('distribution.fields.requiredLabel')} checked={required} onChange={setRequired} />
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
