import type { PaymentMethod } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';

interface Props {
  invoiceAllowed: boolean;
  value: PaymentMethod;
  onChange: (payment: PaymentMethod) => void;
  error: string | undefined;
}

/** Pay on invoice where the account may (CHK-3); otherwise prepayment, and what that means for the order. */
export function PaymentChoice({ invoiceAllowed, value, onChange, error }: Props) {
  const t = useT();
  const errorId = 'checkout-payment-error';
  if (!invoiceAllowed) {
    return (
      <fieldset className="fieldset">
        <legend>{t('checkout.payment.title')}</legend>
        <p className="choice__title">{t('checkout.payment.prepayment')}</p>
        <p className="field__hint">{t('checkout.payment.onlyPrepayment')}</p>
        {error ? <p className="field__error">{error}</p> : null}
      </fieldset>
    );
  }
  const options: { value: PaymentMethod; label: string; hint: string }[] = [
    { value: 'invoice', label: t('checkout.payment.invoice'), hint: t('checkout.payment.invoiceHint') },
    { value: 'prepayment', label: t('checkout.payment.prepayment'), hint: t('checkout.payment.prepaymentHint') },
  ];
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{t('checkout.payment.title')}</legend>
      <ul className="choice-list">
        {options.map((option) => {
          const id = `checkout-payment-${option.value}`;
          return (
            <li key={option.value} className={value === option.value ? 'choice choice--chosen' : 'choice'}>
              <input
                id={id}
                type="radio"
                name="payment"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint`}
              />
              <label htmlFor={id}>
                <span className="choice__title">{option.label}</span>
              </label>
              <p id={`${id}-hint`} className="field__hint choice__detail">
                {option.hint}
              </p>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
