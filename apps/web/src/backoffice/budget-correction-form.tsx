import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BudgetCode, BudgetCorrectionBody, BudgetLedgerEntry } from '@hylle/contracts';
import { apiPost } from '../shared/api.ts';
import { Money } from '../shared/budget/money.tsx';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { parseMoneyInput } from '../shared/money-input.ts';
import { FormError } from '../shared/ui/form-error.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { codesPath } from './budget-codes-path.ts';

const CORRECTION_FIELDS = ['remainingMinor', 'reason'];

interface CorrectionFormProps {
  accountId: string;
  code: BudgetCode;
  onStart: () => void;
  onSaved: (entry: BudgetLedgerEntry) => Promise<unknown>;
  onCancel: () => void;
}

/** Staff set what remains (a librarian forgot the code on an order, say); the difference goes in the ledger with the reason. */
export function CorrectionForm({ accountId, code, onStart, onSaved, onCancel }: CorrectionFormProps) {
  const t = useT();
  const format = useFormatters();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const prefix = `budget-correct-${code.id}`;

  useEffect(() => {
    amountRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: BudgetCorrectionBody) => apiPost<BudgetLedgerEntry>(`${codesPath(accountId)}/${code.id}/corrections`, body),
    onSuccess: onSaved,
  });
  const serverError = useFieldErrors(save.error);
  const remainingMinor = parseMoneyInput(amount, format.locales);
  const reasonOk = reason.trim().length >= 3;
  const amountError = checked && remainingMinor === null ? t('errors.field.money') : serverError('remainingMinor');
  const reasonError = checked && !reasonOk ? t('errors.field.reason') : serverError('reason');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    setChecked(true);
    if (remainingMinor === null) return amountRef.current?.focus();
    if (!reasonOk) return reasonRef.current?.focus();
    save.mutate({ remainingMinor, reason: reason.trim() });
  };

  const reasonDescribedBy = [`${prefix}-reason-hint`, reasonError ? `${prefix}-reason-error` : null].filter(Boolean).join(' ');
  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {t('budget.correctTitle', { code: code.code })}
      </h3>
      <p>
        {t('budget.remainingNow')}: <strong><Money minor={code.remainingMinor} currency={code.currency} flagNegative /></strong>
        <span className="muted"> ({t('budget.ofTotal', { total: format.money(code.totalMinor, code.currency) })})</span>
      </p>
      <p className="field__hint">{t('budget.correctIntro')}</p>
      <TextField
        ref={amountRef}
        id={`${prefix}-amount`}
        className="field--money"
        label={t('budget.newRemaining', { currency: code.currency })}
        hint={t('budget.totalHint')}
        value={amount}
        onChange={setAmount}
        inputMode="decimal"
        autoComplete="off"
        required
        error={amountError}
      />
      <div className={`field${reasonError ? ' field--invalid' : ''}`}>
        <label htmlFor={`${prefix}-reason`}>{t('budget.reason')}</label>
        <p id={`${prefix}-reason-hint`} className="field__hint">
          {t('budget.reasonHint')}
        </p>
        <textarea
          ref={reasonRef}
          id={`${prefix}-reason`}
          rows={3}
          maxLength={500}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonDescribedBy}
        />
        {reasonError ? (
          <p id={`${prefix}-reason-error`} className="field__error">
            {reasonError}
          </p>
        ) : null}
      </div>
      <FormError error={save.error} fields={CORRECTION_FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('budget.saveCorrection')} pendingLabel={t('common.saving')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
