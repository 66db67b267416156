import { Link } from 'react-router';
import type { OrderDetail } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { OrderStatusBadge } from '../../shared/orders/order-status-badge.tsx';
import { useStatus } from '../../shared/ui/action-scope.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { DeliveriesList } from './deliveries-list.tsx';
import { DeliveryForm } from './delivery-form.tsx';
import { linesToDeliver } from './delivery-draft.ts';
import { InvoicePanel } from './invoice-panel.tsx';
import { OrderFacts } from './order-facts.tsx';
import { OrderLinesTable } from './order-lines-table.tsx';
import { OrderTotals } from './order-totals.tsx';
import { PaymentPanel } from './payment-panel.tsx';
import { useFocusRequest } from './use-focus-request.ts';

/**
 * The order, top to bottom in the order of the work: who and where, (payment), the lines,
 * the deliveries with the form for the next one, the invoice. After each action focus
 * goes to its result, where a status line says what happened.
 */
export function OrderDetailView({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  useDocumentTitle(t('boOrders.detailTitle', { number: order.orderNumber }));
  const paymentStatus = useStatus();
  const deliveryStatus = useStatus();
  const invoiceStatus = useStatus();
  const [summaryRef, focusSummary] = useFocusRequest<HTMLElement>();
  const [deliveriesRef, focusDeliveries] = useFocusRequest<HTMLElement>();
  const [invoiceRef, focusInvoice] = useFocusRequest<HTMLElement>();
  const copies = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const canShip = order.status === 'processing' || order.status === 'partially_delivered';

  return (
    <div className="stack order-detail">
      <p>
        <Link to="/backoffice/ordrer">← {t('boOrders.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('boOrders.detailTitle', { number: order.orderNumber })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <nav aria-label={t('boOrders.sectionsLabel')} className="section-nav">
        <ul>
          <li>
            <a href="#order-lines">{t('boOrders.linesTitle')}</a>
          </li>
          <li>
            <a href="#order-deliveries">{t('boOrders.deliveriesTitle')}</a>
          </li>
          <li>
            <a href="#order-invoice">{t('boOrders.invoice.title')}</a>
          </li>
        </ul>
      </nav>

      <section ref={summaryRef} className="card section" aria-labelledby="order-summary-title" tabIndex={-1}>
        <h2 id="order-summary-title">{t('boOrders.summaryTitle')}</h2>
        <StatusMessage message={paymentStatus.message} />
        <OrderFacts order={order} />
      </section>

      {order.status === 'awaiting_payment' ? (
        <PaymentPanel
          order={order}
          onStart={paymentStatus.begin}
          onPaid={() => {
            paymentStatus.show(t('boOrders.paymentRegistered'));
            focusSummary();
          }}
        />
      ) : null}

      <section id="order-lines" className="section" aria-labelledby="order-lines-title" tabIndex={-1}>
        <h2 id="order-lines-title">
          {t('boOrders.linesTitle')}{' '}
          <span className="muted">({t('boOrders.linesAndCopies', { lines: format.count(order.lines.length), copies: format.count(copies) })})</span>
        </h2>
        <OrderLinesTable order={order} />
        <OrderTotals order={order} />
      </section>

      <section id="order-deliveries" ref={deliveriesRef} className="section" aria-labelledby="order-deliveries-title" tabIndex={-1}>
        <h2 id="order-deliveries-title">{t('boOrders.deliveriesTitle')}</h2>
        <StatusMessage message={deliveryStatus.message} />
        <DeliveriesList order={order} />
        {canShip && linesToDeliver(order.lines).length > 0 ? (
          <DeliveryForm
            order={order}
            onStart={deliveryStatus.begin}
            onDelivered={(next) => {
              const latest = next.deliveries.at(-1);
              deliveryStatus.show(
                next.status === 'shipped'
                  ? t('boOrders.deliveredAll', { number: latest?.deliveryNo ?? '' })
                  : t('boOrders.deliveredSome', { number: latest?.deliveryNo ?? '' }),
              );
              focusDeliveries();
            }}
          />
        ) : (
          <p className="notice notice--info">{t(shipNoteKey(order))}</p>
        )}
      </section>

      <section id="order-invoice" ref={invoiceRef} className="section" aria-labelledby="order-invoice-title" tabIndex={-1}>
        <h2 id="order-invoice-title">{t('boOrders.invoice.title')}</h2>
        <StatusMessage message={invoiceStatus.message} />
        <InvoicePanel
          order={order}
          onInvoiced={(next) => {
            invoiceStatus.show(t('boOrders.invoice.created', { number: next.invoice?.invoiceNumber ?? '' }));
            focusInvoice();
          }}
        />
      </section>
    </div>
  );
}

/** Why there is no delivery form. */
function shipNoteKey(order: OrderDetail) {
  switch (order.status) {
    case 'awaiting_payment':
      return 'boOrders.shipNote.awaitingPayment' as const;
    case 'cancelled':
      return 'boOrders.shipNote.cancelled' as const;
    case 'invoiced':
      return 'boOrders.shipNote.invoiced' as const;
    default:
      return 'boOrders.shipNote.allSent' as const;
  }
}
