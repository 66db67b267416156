import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { Cart, CheckoutBody, CheckoutOptions, OrderDetail, PaymentMethod } from '@hylle/contracts';
import { accountKeys } from '../../my-page/account-query-keys.ts';
import { ApiError } from '../../shared/api-error.ts';
import { apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { purchasingKeys } from '../../shared/purchasing/purchasing-keys.ts';
import { CART_MUTATION_SCOPE } from '../../shared/purchasing/use-cart.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { checkoutKeyFor, forgetCheckoutKey, sessionKeyStorage } from './checkout-key.ts';
import { CheckoutReview } from './checkout-review.tsx';
import { DeliveryAddressChoice } from './delivery-address-choice.tsx';
import { PaymentChoice } from './payment-choice.tsx';

const FIELDS = ['deliveryAddressId', 'payment', 'requisition', 'orderReference', 'costCentre'];
/** Refusals the buyer fixes in the cart, not here. */
const CART_PROBLEMS = new Set(['cart_not_orderable', 'cart_empty', 'budget_exceeded']);

interface Props {
  accountId: string;
  cart: Cart;
  options: CheckoutOptions;
  /** Fetches the cart again (after cart_changed) and the options (after an address or payment refusal). */
  reloadCart: () => Promise<unknown>;
  reloadOptions: () => Promise<unknown>;
}

/**
 * Checkout on one page (CHK-2, CHK-3, CHK-4): delivery address, requisition, order reference,
 * cost centre and payment, then the order as it will be placed, then "Send bestilling".
 * The order is the cart version on screen: if the cart changed meanwhile the server refuses,
 * and the page shows the new cart to review. One key per attempt makes sending twice safe.
 */
export function CheckoutForm({ accountId, cart, options, reloadCart, reloadOptions }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const [addressId, setAddressId] = useState(() => (options.deliveryAddresses.length === 1 ? (options.deliveryAddresses[0]?.id ?? '') : ''));
  const [requisition, setRequisition] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const [costCentre, setCostCentre] = useState('');
  const [payment, setPayment] = useState<PaymentMethod>(options.payOnInvoiceAllowed ? 'invoice' : 'prepayment');
  const [addressMissing, setAddressMissing] = useState(false);

  const checkout = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: (body: CheckoutBody) => apiPost<OrderDetail>('/api/checkout', body),
    onSuccess: (order) => {
      forgetCheckoutKey(sessionKeyStorage(), accountId);
      queryClient.setQueryData(purchasingKeys.order(accountId, order.id), order);
      void navigate(`/bestilling/${order.id}/bekreftet`);
      // The cart is empty now, the budgets are debited and the order is in the overview.
      void queryClient.invalidateQueries({ queryKey: purchasingKeys.cart(accountId) });
      void queryClient.invalidateQueries({ queryKey: purchasingKeys.orders(accountId) });
      void queryClient.invalidateQueries({ queryKey: accountKeys.budgetCodes(accountId) });
    },
    onError: async (error) => {
      if (!(error instanceof ApiError)) return;
      if (error.code === 'cart_changed' || CART_PROBLEMS.has(error.code)) {
        await reloadCart();
        if (error.code === 'cart_changed') reviewHeading.current?.focus();
      }
      if (error.code === 'invalid_delivery_address' || error.code === 'payment_not_allowed') await reloadOptions();
    },
  });
  const fieldError = useFieldErrors(checkout.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checkout.isPending) return;
    if (!addressId) {
      checkout.reset();
      setAddressMissing(true);
      document.querySelector<HTMLInputElement>('input[name="deliveryAddress"]')?.focus();
      return;
    }
    setAddressMissing(false);
    checkout.mutate({
      idempotencyKey: checkoutKeyFor(sessionKeyStorage(), accountId, cart.version, () => crypto.randomUUID()),
      cartVersion: cart.version,
      deliveryAddressId: addressId,
      requisition: requisition.trim(),
      orderReference: orderReference.trim(),
      costCentre: costCentre.trim(),
      payment,
    });
  };

  const error = checkout.error;
  const code = error instanceof ApiError ? error.code : '';
  const exceededCode = code === 'budget_exceeded' && error instanceof ApiError ? (error.field?.replace(/^budget\./, '') ?? '') : '';
  const pageMessage =
    code === 'cart_changed' ? t('checkout.cartChanged') : code === 'budget_exceeded' && exceededCode ? t('checkout.budgetExceeded', { code: exceededCode }) : undefined;

  return (
    <form className="form checkout-form" onSubmit={submit} noValidate aria-labelledby="checkout-title">
      <DeliveryAddressChoice
        addresses={options.deliveryAddresses}
        value={addressId}
        onChange={(id) => {
          setAddressId(id);
          setAddressMissing(false);
        }}
        error={addressMissing ? t('checkout.address.required') : fieldError('deliveryAddressId')}
      />
      <fieldset className="fieldset">
        <legend>{t('checkout.details.title')}</legend>
        <TextField
          id="checkout-requisition"
          label={t('checkout.requisition')}
          optionalLabel={t('common.optional')}
          hint={t('checkout.requisitionHint')}
          value={requisition}
          onChange={setRequisition}
          maxLength={60}
          autoComplete="off"
          error={fieldError('requisition')}
        />
        <div className="field-row">
          <TextField
            id="checkout-order-reference"
            label={t('checkout.orderReference')}
            optionalLabel={t('common.optional')}
            hint={t('checkout.orderReferenceHint')}
            value={orderReference}
            onChange={setOrderReference}
            maxLength={60}
            autoComplete="off"
            error={fieldError('orderReference')}
          />
          <TextField
            id="checkout-cost-centre"
            label={t('checkout.costCentre')}
            optionalLabel={t('common.optional')}
            value={costCentre}
            onChange={setCostCentre}
            maxLength={40}
            autoComplete="off"
            error={fieldError('costCentre')}
          />
        </div>
      </fieldset>
      <PaymentChoice invoiceAllowed={options.payOnInvoiceAllowed} value={payment} onChange={setPayment} error={fieldError('payment')} />
      <CheckoutReview cart={cart} headingRef={reviewHeading} />
      <FormError error={error} fields={FIELDS} message={pageMessage} />
      {CART_PROBLEMS.has(code) ? (
        <p>
          <Link to="/handlekurv">{t('checkout.toCart')}</Link>
        </p>
      ) : null}
      <div className="button-row checkout-form__send">
        <SubmitButton pending={checkout.isPending} label={t('checkout.submit')} pendingLabel={t('checkout.submitting')} />
      </div>
      <p role="status" className="status-idle">
        {checkout.isPending ? t('checkout.submitting') : ''}
      </p>
    </form>
  );
}
