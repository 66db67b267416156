import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BorrowerGroup, LibrarySettings, LoanProfile, LoanProfileBody, MaterialGroup } from '@hylle/contracts';
import { apiPost, apiPut } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useDraftSubmit } from '../../shared/use-draft-submit.ts';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { BorrowerGroupCheckboxes } from '../borrower-group-checkboxes.tsx';
import { CheckboxWithHint } from '../checkbox-with-hint.tsx';
import { libraryApi } from '../library-api.ts';
import { daysInMonth, emptyLoanProfileDraft, loanProfileBody, loanProfileDraftFrom, type LoanProfileDraft, type LoanProfileProblem } from './loan-profile-draft.ts';

const FIELDS = ['name', 'loanDays', 'yearlyReturnDate', 'renewals', 'renewalDays', 'allowsLoan', 'allowsIll', 'allowsReservation', 'borrowerGroupIds', 'priority'];
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

interface Props {
  libraryId: string;
  materialGroup: MaterialGroup;
  groups: readonly BorrowerGroup[];
  existing?: LoanProfile;
  onStart: () => void;
  onSaved: (settings: LibrarySettings, name: string) => void;
  onCancel: () => void;
}

/**
 * A loan profile (rule 4): the loan period as days or a yearly return date, renewals, what
 * it allows, and the borrower groups it applies to. Its priority is its place in the list
 * (a new profile goes last); the list reorders it.
 */
export function LoanProfileForm({ libraryId, materialGroup, groups, existing, onStart, onSaved, onCancel }: Props) {
  const t = useT();
  const format = useFormatters();
  const [draft, setDraft] = useState<LoanProfileDraft>(() => (existing ? loanProfileDraftFrom(existing) : emptyLoanProfileDraft()));
  const nameRef = useRef<HTMLInputElement>(null);
  const loanDaysRef = useRef<HTMLInputElement>(null);
  const monthRef = useRef<HTMLSelectElement>(null);
  const renewalsRef = useRef<HTMLInputElement>(null);
  const renewalDaysRef = useRef<HTMLInputElement>(null);
  const prefix = existing ? `profile-form-${existing.id}` : `profile-form-new-${materialGroup.id}`;

  useEffect(() => {
    // The form opened from a button: keyboard users continue in its first field.
    nameRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: LoanProfileBody) => {
      const path = `/material-groups/${materialGroup.id}/profiles`;
      return existing ? apiPut<LibrarySettings>(libraryApi(libraryId, `${path}/${existing.id}`), body) : apiPost<LibrarySettings>(libraryApi(libraryId, path), body);
    },
    onSuccess: (settings, body) => onSaved(settings, body.name),
  });
  const serverError = useFieldErrors(save.error);
  const { problems, submit } = useDraftSubmit({
    result: loanProfileBody(draft),
    pending: save.isPending,
    onStart,
    fields: { name: nameRef, loanDays: loanDaysRef, yearlyReturnDate: monthRef, renewals: renewalsRef, renewalDays: renewalDaysRef },
    send: (body) => save.mutate(body),
  });
  const error = (field: LoanProfileProblem, message: string) => (problems.includes(field) ? message : serverError(field));
  const set = <K extends keyof LoanProfileDraft>(field: K) => (value: LoanProfileDraft[K]) => setDraft({ ...draft, [field]: value });

  const monthName = (month: string) => new Intl.DateTimeFormat([...format.locales], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
  const dayCount = draft.month === '' ? 31 : daysInMonth(Number(draft.month));
  const renewable = draft.renewals.trim() !== '' && draft.renewals.trim() !== '0';

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`} className="card__title">
        {existing ? t('libAdmin.profile.editTitle', { name: existing.name }) : t('libAdmin.profile.newTitle', { group: materialGroup.name })}
      </h4>
      <TextField ref={nameRef} id={`${prefix}-name`} label={t('libAdmin.profile.name')} value={draft.name} onChange={set('name')} maxLength={80} required error={error('name', t('errors.field.required'))} />

      <fieldset className="fieldset">
        <legend>{t('libAdmin.profile.period')}</legend>
        <div className="field field--checkbox">
          <input id={`${prefix}-kind-days`} type="radio" name={`${prefix}-kind`} checked={draft.periodKind === 'days'} onChange={() => set('periodKind')('days')} />
          <label htmlFor={`${prefix}-kind-days`}>{t('libAdmin.profile.kindDays')}</label>
        </div>
        <div className="field field--checkbox">
          <input id={`${prefix}-kind-yearly`} type="radio" name={`${prefix}-kind`} checked={draft.periodKind === 'yearly'} onChange={() => set('periodKind')('yearly')} />
          <label htmlFor={`${prefix}-kind-yearly`}>{t('libAdmin.profile.kindYearly')}</label>
        </div>
        {draft.periodKind === 'days' ? (
          <TextField
            ref={loanDaysRef}
            id={`${prefix}-loan-days`}
            className="field--short"
            label={t('libAdmin.profile.loanDays')}
            hint={t('libAdmin.profile.loanDaysHint')}
            value={draft.loanDays}
            onChange={set('loanDays')}
            inputMode="numeric"
            autoComplete="off"
            required
            error={error('loanDays', t('errors.field.loanDays'))}
          />
        ) : (
          <div className="field-row">
            <SelectField
              ref={monthRef}
              id={`${prefix}-month`}
              label={t('libAdmin.profile.month')}
              value={draft.month}
              onChange={set('month')}
              options={[{ value: '', label: t('libAdmin.profile.choose') }, ...MONTHS.map((month) => ({ value: month, label: monthName(month) }))]}
              error={error('yearlyReturnDate', t('errors.field.yearlyReturnDate'))}
            />
            <SelectField
              id={`${prefix}-day`}
              className="field--short"
              label={t('libAdmin.profile.day')}
              value={draft.day}
              onChange={set('day')}
              options={[{ value: '', label: t('libAdmin.profile.choose') }, ...Array.from({ length: dayCount }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))]}
            />
          </div>
        )}
        {draft.periodKind === 'yearly' ? <p className="field__hint">{t('libAdmin.profile.yearlyHint')}</p> : null}
      </fieldset>

      <div className="field-row">
        <TextField
          ref={renewalsRef}
          id={`${prefix}-renewals`}
          className="field--number"
          label={t('libAdmin.profile.renewals')}
          hint={t('libAdmin.profile.renewalsHint')}
          value={draft.renewals}
          onChange={set('renewals')}
          inputMode="numeric"
          autoComplete="off"
          required
          error={error('renewals', t('errors.field.renewals'))}
        />
        {renewable ? (
          <TextField
            ref={renewalDaysRef}
            id={`${prefix}-renewal-days`}
            className="field--number"
            label={t('libAdmin.profile.renewalDays')}
            hint={t('libAdmin.profile.renewalDaysHint')}
            value={draft.renewalDays}
            onChange={set('renewalDays')}
            inputMode="numeric"
            autoComplete="off"
            required
            error={error('renewalDays', t('errors.field.renewalDays'))}
          />
        ) : null}
      </div>

      <fieldset className="fieldset">
        <legend>{t('libAdmin.profile.allows')}</legend>
        <CheckboxWithHint id={`${prefix}-allows-loan`} label={t('libAdmin.profile.allowsLoan')} checked={draft.allowsLoan} onChange={set('allowsLoan')} error={serverError('allowsLoan')} />
        <CheckboxWithHint
          id={`${prefix}-allows-ill`}
          label={t('libAdmin.profile.allowsIll')}
          hint={t('libAdmin.profile.allowsIllHint')}
          checked={draft.allowsIll}
          onChange={set('allowsIll')}
          error={serverError('allowsIll')}
        />
        <CheckboxWithHint
          id={`${prefix}-allows-reservation`}
          label={t('libAdmin.profile.allowsReservation')}
          hint={materialGroup.bookable ? t('libAdmin.profile.reservationBookableHint') : undefined}
          checked={draft.allowsReservation}
          onChange={set('allowsReservation')}
          error={serverError('allowsReservation')}
        />
      </fieldset>

      <BorrowerGroupCheckboxes
        idPrefix={`${prefix}-groups`}
        legend={t('libAdmin.profile.groups')}
        hint={t('libAdmin.profile.groupsHint')}
        groups={groups}
        selected={draft.borrowerGroupIds}
        onChange={set('borrowerGroupIds')}
        error={serverError('borrowerGroupIds')}
      />
      {draft.borrowerGroupIds.length === 0 ? <p className="field__warning">{t('libAdmin.profile.noGroupsWarning')}</p> : null}

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
