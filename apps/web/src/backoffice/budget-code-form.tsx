import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BudgetCode, BudgetCodeBody } from '@hylle/contracts';
import { ApiError } from '../shared/api-error.ts';
import { apiPost, apiPut } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { FormError } from '../shared/ui/form-error.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useDraftSubmit } from '../shared/use-draft-submit.ts';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { budgetCodeBody, budgetDraftFrom, emptyBudgetDraft, type BudgetCodeDraft, type BudgetDraftProblem } from './budget-code-draft.ts';
import { PercentField } from './price-terms-section.tsx';
import { codesPath } from './budget-codes-path.ts';

const CODE_FIELDS = ['code', 'description', 'totalMinor', 'fixedPriceDiscountBp', 'standardDiscountBp', 'fixedPricePeriodMonths'];

export interface CodeFormProps {
  accountId: string;
  existing?: BudgetCode;
  onStart: () => void;
  onSaved: (code: BudgetCode) => Promise<unknown>;
  onCancel: () => void;
}

export function BudgetCodeForm({ accountId, existing, onStart, onSaved, onCancel }: CodeFormProps) {
  const t = useT();
  const format = useFormatters();
  const { store } = useSession();
  const [draft, setDraft] = useState<BudgetCodeDraft>(() => (existing ? budgetDraftFrom(existing, format.locales) : emptyBudgetDraft()));
  const codeRef = useRef<HTMLInputElement>(null);
  const totalRef = useRef<HTMLInputElement>(null);
  const fixedRef = useRef<HTMLInputElement>(null);
  const standardRef = useRef<HTMLInputElement>(null);
  const periodRef = useRef<HTMLInputElement>(null);
  const prefix = existing ? `budget-${existing.id}` : 'budget-new';
  const currency = existing?.currency ?? store.currency;

  useEffect(() => {
    // The form opened from a button: keyboard users continue in its first field.
    codeRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: BudgetCodeBody) =>
      existing ? apiPut<BudgetCode>(`${codesPath(accountId)}/${existing.id}`, body) : apiPost<BudgetCode>(codesPath(accountId), body),
    onSuccess: onSaved,
  });
  const serverError = useFieldErrors(save.error);
  const { problems, submit } = useDraftSubmit({
    result: budgetCodeBody(draft, format.locales),
    pending: save.isPending,
    onStart,
    fields: { code: codeRef, total: totalRef, fixedPriceDiscount: fixedRef, standardDiscount: standardRef, periodMonths: periodRef },
    send: (body) => save.mutate(body),
  });
  const has = (problem: BudgetDraftProblem) => problems.includes(problem);

  // A taken code is a conflict on the field; the generic conflict text ("changed by someone else") would mislead.
  const taken = save.error instanceof ApiError && save.error.code === 'conflict' && save.error.field === 'code';
  const codeError = has('code')
    ? t('errors.field.budgetCode')
    : taken
      ? t('budget.codeTaken', { code: draft.code.trim() })
      : serverError('code') && t('errors.field.budgetCode');
  const set = (field: keyof BudgetCodeDraft) => (value: string) => setDraft({ ...draft, [field]: value });

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {existing ? t('budget.editTitle', { code: existing.code }) : t('budget.newTitle')}
      </h3>
      <div className="field-row">
        <TextField
          ref={codeRef}
          id={`${prefix}-code`}
          label={t('budget.code')}
          hint={t('budget.codeHint')}
          value={draft.code}
          onChange={(value) => set('code')(value.toLocaleUpperCase('nb'))}
          autoComplete="off"
          spellCheck={false}
          required
          error={codeError}
        />
        <TextField
          id={`${prefix}-description`}
          label={t('budget.description')}
          optionalLabel={t('common.optional')}
          hint={t('budget.descriptionHint')}
          value={draft.description}
          onChange={set('description')}
          maxLength={200}
          error={serverError('description')}
        />
      </div>
      <TextField
        ref={totalRef}
        id={`${prefix}-total`}
        className="field--money"
        label={t('budget.totalWithCurrency', { currency })}
        hint={existing ? `${t('budget.totalHint')} ${t('budget.totalChangeHint')}` : t('budget.totalHint')}
        value={draft.total}
        onChange={set('total')}
        inputMode="decimal"
        autoComplete="off"
        required
        error={has('total') ? t('errors.field.money') : serverError('totalMinor')}
      />
      <div className="field-row">
        <PercentField
          id={`${prefix}-fixed`}
          ref={fixedRef}
          label={t('budget.fixedDiscount')}
          hint={t('budget.fixedHint')}
          value={draft.fixedPriceDiscount}
          onChange={set('fixedPriceDiscount')}
          error={has('fixedPriceDiscount') ? t('errors.field.percent') : serverError('fixedPriceDiscountBp')}
        />
        <PercentField
          id={`${prefix}-standard`}
          ref={standardRef}
          label={t('budget.standardDiscount')}
          hint={t('budget.standardHint')}
          value={draft.standardDiscount}
          onChange={set('standardDiscount')}
          error={has('standardDiscount') ? t('errors.field.percent') : serverError('standardDiscountBp')}
        />
      </div>
      <TextField
        ref={periodRef}
        id={`${prefix}-period`}
        className="field--short"
        label={t('budget.periodMonths')}
        optionalLabel={t('common.optional')}
        hint={t('budget.periodHint')}
        value={draft.periodMonths}
        onChange={set('periodMonths')}
        inputMode="numeric"
        autoComplete="off"
        error={has('periodMonths') ? t('errors.field.months') : serverError('fixedPricePeriodMonths')}
      />
      <FormError error={save.error} fields={CODE_FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
