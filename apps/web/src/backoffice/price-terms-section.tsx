import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerType, PriceTerms, PriceTermsView } from '@hylle/contracts';
import { apiGet, apiPut } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useStatus } from '../shared/ui/action-scope.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { SelectField } from '../shared/ui/select-field.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { backofficeKeys } from './backoffice-keys.ts';
import { CUSTOMER_TYPE_KEYS, CUSTOMER_TYPES } from './customer-types.ts';
import { parsePercent, percentInputValue } from './percent.ts';

const FIELDS = ['customerType', 'fixedPriceDiscountBp', 'standardDiscountBp'];

/** An account's customer type and discounts (CAT-4), for staff. */
export function PriceTermsSection({ accountId }: { accountId: string }) {
  const terms = useQuery({
    queryKey: backofficeKeys.priceTerms(accountId),
    queryFn: ({ signal }) => apiGet<PriceTermsView>(`/api/backoffice/accounts/${encodeURIComponent(accountId)}/price-terms`, signal),
  });
  if (terms.isPending) return <Loading />;
  if (terms.isError) return <QueryError error={terms.error} onRetry={() => void terms.refetch()} />;
  return <PriceTermsForm key={accountId} accountId={accountId} view={terms.data} />;
}

function PriceTermsForm({ accountId, view }: { accountId: string; view: PriceTermsView }) {
  const t = useT();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const status = useStatus();
  const [customerType, setCustomerType] = useState<CustomerType>(view.customerType);
  const [fixed, setFixed] = useState(() => percentInputValue(view.fixedPriceDiscountBp, format.locales));
  const [standard, setStandard] = useState(() => percentInputValue(view.standardDiscountBp, format.locales));
  const caps: Partial<Record<CustomerType, number>> = view.fixedPriceCapsBp;
  const [checked, setChecked] = useState(false);
  const fixedRef = useRef<HTMLInputElement>(null);
  const standardRef = useRef<HTMLInputElement>(null);

  const save = useMutation({
    mutationFn: (body: PriceTerms) => apiPut<PriceTermsView>(`/api/backoffice/accounts/${encodeURIComponent(accountId)}/price-terms`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(backofficeKeys.priceTerms(accountId), saved);
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll });
      setFixed(percentInputValue(saved.fixedPriceDiscountBp, format.locales));
      setStandard(percentInputValue(saved.standardDiscountBp, format.locales));
      setChecked(false);
      status.show(t('prices.saved'));
    },
  });
  const serverError = useFieldErrors(save.error);

  const fixedBp = parsePercent(fixed);
  const standardBp = parsePercent(standard);
  const cap = caps[customerType];
  const typeName = t(CUSTOMER_TYPE_KEYS[customerType]);
  const percentError = t('errors.field.percent');
  const fixedError = checked && fixedBp === null ? percentError : serverError('fixedPriceDiscountBp');
  const standardError = checked && standardBp === null ? percentError : serverError('standardDiscountBp');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    status.begin();
    setChecked(true);
    if (fixedBp === null) return fixedRef.current?.focus();
    if (standardBp === null) return standardRef.current?.focus();
    save.mutate({ customerType, fixedPriceDiscountBp: fixedBp, standardDiscountBp: standardBp });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="prices-title">
      <p className="field__hint">{t('prices.intro', { months: view.fixedPricePeriodMonths })}</p>
      <SelectField
        id="price-terms-type"
        label={t('prices.customerType')}
        value={customerType}
        options={CUSTOMER_TYPES.map((type) => ({ value: type, label: t(CUSTOMER_TYPE_KEYS[type]) }))}
        onChange={(value) => setCustomerType(value as CustomerType)}
        error={serverError('customerType')}
      />
      <div className="field-row">
        <PercentField
          id="price-terms-fixed"
          ref={fixedRef}
          label={t('prices.fixedDiscount')}
          value={fixed}
          onChange={setFixed}
          hint={cap === undefined ? t('prices.capUnknown', { type: typeName }) : t('prices.cap', { type: typeName, percent: format.percent(cap) })}
          warning={cap !== undefined && fixedBp !== null && fixedBp > cap ? t('prices.overCap', { percent: format.percent(cap) }) : undefined}
          error={fixedError}
        />
        <PercentField
          id="price-terms-standard"
          ref={standardRef}
          label={t('prices.standardDiscount')}
          value={standard}
          onChange={setStandard}
          hint={t('prices.standardHint')}
          error={standardError}
        />
      </div>
      <FormError error={save.error} fields={FIELDS} />
      <StatusMessage message={status.message} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
      </div>
    </form>
  );
}

export interface PercentFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint: string;
  /** Allowed, but worth knowing (above the law's cap): read with the field, announced when it appears. */
  warning?: string | undefined;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

export function PercentField({ id, label, value, onChange, hint, warning, error, ref }: PercentFieldProps) {
  const describedBy = [`${id}-hint`, `${id}-warning`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field field--percent${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <span className="percent-input">
        <input
          ref={ref}
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <span aria-hidden="true">%</span>
      </span>
      <p id={`${id}-warning`} role="status" className={warning ? 'field__warning' : 'status-idle'}>
        {warning ?? ''}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
