import { useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { OrderDetail } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { useFormatDate } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { channelLabel, paymentLabel } from '../../shared/orders/order-labels.ts';
import { OrderStatusBadge } from '../../shared/orders/order-status-badge.tsx';
import { OrderNotFound } from '../../shared/purchasing/order-not-found.tsx';
import { useOrder } from '../../shared/purchasing/use-order.ts';
import { VatTotalsTable } from '../../shared/purchasing/vat-totals-table.tsx';
import { useStatus } from '../../shared/ui/action-scope.tsx';
import { AddressView } from '../../shared/ui/address-view.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { RequireAccount } from '../require-account.tsx';
import { CancelOrder } from './cancel-order.tsx';
import { OrderDeliveries } from './order-deliveries.tsx';
import { OrderInvoice } from './order-invoice.tsx';
import { OrderLinesTable } from './order-lines-table.tsx';

/** My page → Bestillinger → one order (ORD-2, ORD-3, ORD-4, ORD-6). */
export function MyOrderDetailPage() {
  const t = useT();
  return <RequireAccount title={t('orders.title')}>{(accountId) => <OrderContent accountId={accountId} />}</RequireAccount>;
}

function OrderContent({ accountId }: { accountId: string }) {
  const { id = '' } = useParams();
  const order = useOrder(id);
  if (order.isError && order.error instanceof ApiError && order.error.status === 404) return <OrderNotFound />;
  if (order.isPending) return <Loading />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  return <OrderView accountId={accountId} order={order.data} />;
}

function OrderView({ accountId, order }: { accountId: string; order: OrderDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const status = useStatus();
  const title = t('orders.detail.title', { number: order.orderNumber });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);

  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'placedAt', label: t('orders.detail.placedAt'), value: formatDate(order.placedAt) },
    { key: 'buyer', label: t('orders.detail.buyer'), value: order.placedBy.name },
    { key: 'channel', label: t('orders.detail.channel'), value: channelLabel(t, order.channel) },
    {
      key: 'payment',
      label: t('orders.detail.payment'),
      value: (
        <>
          {paymentLabel(t, order.payment)}
          {order.paidAt ? <span className="facts__note">{t('orders.detail.paidAt', { date: formatDate(order.paidAt, false) })}</span> : null}
        </>
      ),
    },
    { key: 'requisition', label: t('orders.detail.requisition'), value: order.requisition || t('orders.notGiven') },
    { key: 'orderReference', label: t('orders.detail.orderReference'), value: order.orderReference || t('orders.notGiven') },
    { key: 'costCentre', label: t('orders.detail.costCentre'), value: order.costCentre || t('orders.notGiven') },
    { key: 'address', label: t('orders.detail.deliveryAddress'), value: <AddressView address={order.deliveryAddress} recipient={order.deliveryAddress.recipient} /> },
    ...(order.cancelledAt ? [{ key: 'cancelledAt', label: t('orders.detail.cancelledAt'), value: formatDate(order.cancelledAt) }] : []),
  ];

  return (
    <div className="stack order-detail">
      <p>
        <Link to="/min-side/bestillinger">← {t('orders.detail.back')}</Link>
      </p>
      <div className="page-heading">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p className="order-detail__status">
          <span className="visually-hidden">{t('orders.status')}: </span>
          <OrderStatusBadge status={order.status} />
        </p>
      </div>
      <StatusMessage message={status.message} />
      <dl className="facts card order-detail__facts">
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {order.cancellable ? (
        <CancelOrder
          accountId={accountId}
          order={order}
          onCancelled={() => {
            status.show(t('orders.cancel.done'));
            headingRef.current?.focus();
          }}
        />
      ) : null}
      <section className="section" aria-labelledby="order-lines-title">
        <h2 id="order-lines-title">{t('orders.lines.title')}</h2>
        <OrderLinesTable order={order} />
        <div className="card cart-totals order-detail__totals">
          <VatTotalsTable vatTotals={order.vatTotals} totals={order.totals} currency={order.currency} caption={t('cart.totals.caption')} />
        </div>
      </section>
      <section className="section" aria-labelledby="order-deliveries-title">
        <h2 id="order-deliveries-title">{t('orders.deliveries.title')}</h2>
        <OrderDeliveries order={order} />
      </section>
      <section className="section" aria-labelledby="order-invoice-title">
        <h2 id="order-invoice-title">{t('orders.invoice.title')}</h2>
        <OrderInvoice order={order} />
      </section>
    </div>
  );
}
