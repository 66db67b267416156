import type { FormEvent } from 'react';
import type { OrderDetail } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { OrderActionError } from './order-action-error.tsx';
import { useOrderAction } from './use-order-action.ts';

interface Props {
  order: OrderDetail;
  onStart: () => void;
  onPaid: (order: OrderDetail) => void;
}

/** A prepaid order waits for its money; staff register it once received, and the order can then be sent. */
export function PaymentPanel({ order, onStart, onPaid }: Props) {
  const t = useT();
  const format = useFormatters();
  const paid = useOrderAction(order.id, 'paid', onPaid);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (paid.isPending) return;
    onStart();
    paid.mutate(undefined);
  };

  return (
    <form className="notice notice--info payment-panel" onSubmit={submit} aria-labelledby="payment-panel-title">
      <h2 id="payment-panel-title" className="payment-panel__title">
        {t('boOrders.awaitingTitle')}
      </h2>
      <p>{t('boOrders.awaitingText', { amount: format.money(order.totals.gross, order.currency) })}</p>
      <OrderActionError error={paid.error} />
      <div className="button-row">
        <SubmitButton pending={paid.isPending} label={t('boOrders.registerPayment')} pendingLabel={t('boOrders.registeringPayment')} />
      </div>
    </form>
  );
}
