import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OrderDetail } from '@hylle/contracts';
import { useFormatDate } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { channelLabel, paymentLabel } from '../../shared/orders/order-labels.ts';
import { AddressView } from '../../shared/ui/address-view.tsx';

/** Who ordered what for whom (ORD-7: the order reference and cost centre are here). */
export function OrderFacts({ order }: { order: OrderDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const orNone = (value: string): ReactNode => value || <span className="muted">{t('boOrders.notGiven')}</span>;
  const payment =
    order.paidAt !== null
      ? t('boOrders.paidOn', { method: paymentLabel(t, order.payment), date: formatDate(order.paidAt) })
      : order.payment === 'prepayment' && order.status === 'awaiting_payment'
        ? t('boOrders.notPaid', { method: paymentLabel(t, order.payment) })
        : paymentLabel(t, order.payment);

  const facts: [string, ReactNode][] = [
    [
      t('boOrders.col.account'),
      <>
        <Link to={`/backoffice/accounts/${order.account.id}`}>{order.account.name}</Link> <span className="muted">({order.account.customerNumber})</span>
      </>,
    ],
    [t('boOrders.placedAt'), formatDate(order.placedAt)],
    [t('boOrders.col.buyer'), orNone(order.placedBy.name)],
    [t('boOrders.col.channel'), channelLabel(t, order.channel)],
    [t('boOrders.col.requisition'), orNone(order.requisition)],
    [t('boOrders.orderReference'), orNone(order.orderReference)],
    [t('boOrders.costCentre'), orNone(order.costCentre)],
    [t('boOrders.paymentLabel'), payment],
  ];
  if (order.cancelledAt) facts.push([t('boOrders.cancelledAt'), formatDate(order.cancelledAt)]);

  const address = order.deliveryAddress;
  return (
    <div className="order-facts">
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="order-facts__address">
        <h3>{t('boOrders.deliveryAddress')}</h3>
        <p className="order-facts__label">{address.label}</p>
        <AddressView address={address} recipient={address.recipient} />
      </div>
    </div>
  );
}
