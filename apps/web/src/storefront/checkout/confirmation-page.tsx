import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { OrderDetail } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { paymentLabel } from '../../shared/orders/order-labels.ts';
import { OrderNotFound } from '../../shared/purchasing/order-not-found.tsx';
import { ReviewLinesTable } from '../../shared/purchasing/review-lines-table.tsx';
import { useOrder } from '../../shared/purchasing/use-order.ts';
import { VatTotalsTable } from '../../shared/purchasing/vat-totals-table.tsx';
import { AddressView } from '../../shared/ui/address-view.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';

/** /bestilling/:id/bekreftet: what was ordered, where it goes, and where to follow it. */
export function ConfirmationPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  if (order.isError && order.error instanceof ApiError && order.error.status === 404) return <OrderNotFound />;
  if (order.isPending) return <Loading />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  return <Confirmation order={order.data} />;
}

function Confirmation({ order }: { order: OrderDetail }) {
  const t = useT();
  useDocumentTitle(t('checkout.confirmed.title'));
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'address', label: t('orders.detail.deliveryAddress'), value: (
        <>
          <span className="facts__label">{order.deliveryAddress.label}</span>
          <AddressView address={order.deliveryAddress} recipient={order.deliveryAddress.recipient} />
        </>
      ),
    },
    { key: 'requisition', label: t('orders.detail.requisition'), value: order.requisition || t('orders.notGiven') },
    ...(order.orderReference ? [{ key: 'reference', label: t('orders.detail.orderReference'), value: order.orderReference }] : []),
    ...(order.costCentre ? [{ key: 'costCentre', label: t('orders.detail.costCentre'), value: order.costCentre }] : []),
    { key: 'payment', label: t('orders.detail.payment'), value: paymentLabel(t, order.payment) },
  ];
  return (
    <div className="stack confirmation">
      <div className="confirmation__head">
        <h1>{t('checkout.confirmed.title')}</h1>
        <p className="confirmation__number">{t('checkout.confirmed.number', { number: order.orderNumber })}</p>
        <p className="lead">{t('checkout.confirmed.lead')}</p>
      </div>
      {order.status === 'awaiting_payment' ? (
        <div className="notice notice--info">
          <p>{t('checkout.confirmed.awaitingPayment')}</p>
        </div>
      ) : null}
      <dl className="facts card">
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <section className="section" aria-labelledby="confirmation-lines-title">
        <h2 id="confirmation-lines-title">{t('checkout.confirmed.ordered')}</h2>
        <ReviewLinesTable
          caption={t('checkout.confirmed.ordered')}
          currency={order.currency}
          lines={order.lines.map((line) => ({
            key: line.id,
            title: line.title,
            contributor: line.contributor,
            quantity: line.quantity,
            department: line.department,
            budgetCode: line.budgetCode,
            totalMinor: line.line.gross,
          }))}
        />
        <div className="card cart-totals confirmation__totals">
          <VatTotalsTable vatTotals={order.vatTotals} totals={order.totals} currency={order.currency} caption={t('cart.totals.caption')} />
        </div>
      </section>
      <p className="button-row">
        <Link to={`/min-side/bestillinger/${order.id}`} className="button">
          {t('checkout.confirmed.toOrder')}
        </Link>
        <Link to="/search" className="button button--secondary">
          {t('checkout.confirmed.keepShopping')}
        </Link>
      </p>
    </div>
  );
}
