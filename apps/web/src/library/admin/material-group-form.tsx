import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { LibrarySettings, MaterialGroup, MaterialGroupBody } from '@hylle/contracts';
import { apiPost, apiPut } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useDraftSubmit } from '../../shared/use-draft-submit.ts';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { CheckboxWithHint } from '../checkbox-with-hint.tsx';
import { libraryApi } from '../library-api.ts';
import { emptyMaterialGroupDraft, materialGroupBody, materialGroupDraftFrom, type MaterialGroupDraft, type MaterialGroupProblem } from './material-group-draft.ts';

const FIELDS = ['name', 'description', 'bookable', 'preparationDays', 'maxBookingDays', 'maxLoans'];

interface Props {
  libraryId: string;
  existing?: MaterialGroup;
  onStart: () => void;
  onSaved: (settings: LibrarySettings, name: string) => void;
  onCancel: () => void;
}

/**
 * A material group (rule 2) and what it allows: a limit on loans per borrower, or bookings
 * with preparation days. The two exclude each other, and a bookable group's profiles may
 * not allow reservation (rule 3): the server checks that against the profiles and says so
 * at the field, since only it knows them all.
 */
export function MaterialGroupForm({ libraryId, existing, onStart, onSaved, onCancel }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<MaterialGroupDraft>(() => (existing ? materialGroupDraftFrom(existing) : emptyMaterialGroupDraft()));
  const nameRef = useRef<HTMLInputElement>(null);
  const preparationDaysRef = useRef<HTMLInputElement>(null);
  const maxBookingDaysRef = useRef<HTMLInputElement>(null);
  const maxLoansRef = useRef<HTMLInputElement>(null);
  // Not `material-group-<id>`: that is the group's section, whose heading has its own id.
  const prefix = existing ? `material-group-form-${existing.id}` : 'material-group-form-new';

  useEffect(() => {
    // The form opened from a button: keyboard users continue in its first field.
    nameRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: MaterialGroupBody) =>
      existing ? apiPut<LibrarySettings>(libraryApi(libraryId, `/material-groups/${existing.id}`), body) : apiPost<LibrarySettings>(libraryApi(libraryId, '/material-groups'), body),
    onSuccess: (settings, body) => onSaved(settings, body.name),
  });
  const serverError = useFieldErrors(save.error);
  const { problems, submit } = useDraftSubmit({
    result: materialGroupBody(draft),
    pending: save.isPending,
    onStart,
    fields: { name: nameRef, preparationDays: preparationDaysRef, maxBookingDays: maxBookingDaysRef, maxLoans: maxLoansRef },
    send: (body) => save.mutate(body),
  });
  const error = (field: MaterialGroupProblem, message: string) => (problems.includes(field) ? message : serverError(field));
  const set = <K extends keyof MaterialGroupDraft>(field: K) => (value: MaterialGroupDraft[K]) => setDraft({ ...draft, [field]: value });

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {existing ? t('libAdmin.material.editTitle', { name: existing.name }) : t('libAdmin.material.newTitle')}
      </h3>
      <div className="field-row">
        <TextField
          ref={nameRef}
          id={`${prefix}-name`}
          label={t('libAdmin.material.name')}
          value={draft.name}
          onChange={set('name')}
          maxLength={80}
          required
          error={error('name', t('errors.field.required'))}
        />
        <TextField
          id={`${prefix}-description`}
          label={t('libAdmin.material.description')}
          optionalLabel={t('common.optional')}
          value={draft.description}
          onChange={set('description')}
          maxLength={500}
          error={serverError('description')}
        />
      </div>
      <TextField
        ref={maxLoansRef}
        id={`${prefix}-max-loans`}
        className="field--short"
        label={t('libAdmin.material.maxLoans')}
        optionalLabel={t('common.optional')}
        hint={t('libAdmin.material.maxLoansHint')}
        value={draft.maxLoans}
        onChange={set('maxLoans')}
        inputMode="numeric"
        autoComplete="off"
        error={error('maxLoans', t('errors.field.maxLoans'))}
      />
      <CheckboxWithHint
        id={`${prefix}-bookable`}
        label={t('libAdmin.material.bookable')}
        hint={t('libAdmin.material.bookableHint')}
        checked={draft.bookable}
        onChange={set('bookable')}
        error={serverError('bookable')}
      />
      {draft.bookable ? (
        <div className="field-row">
          <TextField
            ref={preparationDaysRef}
            id={`${prefix}-preparation-days`}
            className="field--number"
            label={t('libAdmin.material.preparationDays')}
            hint={t('libAdmin.material.preparationDaysHint')}
            value={draft.preparationDays}
            onChange={set('preparationDays')}
            inputMode="numeric"
            autoComplete="off"
            required
            error={error('preparationDays', t('errors.field.preparationDays'))}
          />
          <TextField
            ref={maxBookingDaysRef}
            id={`${prefix}-max-booking-days`}
            className="field--number"
            label={t('libAdmin.material.maxBookingDays')}
            optionalLabel={t('common.optional')}
            hint={t('libAdmin.material.maxBookingDaysHint')}
            value={draft.maxBookingDays}
            onChange={set('maxBookingDays')}
            inputMode="numeric"
            autoComplete="off"
            error={error('maxBookingDays', t('errors.field.maxBookingDays'))}
          />
        </div>
      ) : null}
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
