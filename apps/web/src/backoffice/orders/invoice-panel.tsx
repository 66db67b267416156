import type { OrderDetail } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { OrderActionError } from './order-action-error.tsx';
import { invoicePdfHref } from './orders-api.ts';
import { useOrderAction } from './use-order-action.ts';

interface Props {
  order: OrderDetail;
  onInvoiced: (order: OrderDetail) => void;
}

/** One invoice per order (ORD-6), once everything is sent; it can't be taken back, so staff confirm it first. */
export function InvoicePanel({ order, onInvoiced }: Props) {
  const t = useT();
  const format = useFormatters();
  const invoice = useOrderAction(order.id, 'invoice', onInvoiced);

  if (order.invoice) {
    const facts: [string, string][] = [
      [t('boOrders.invoice.number'), order.invoice.invoiceNumber],
      [t('boOrders.invoice.issuedOn'), format.calendarDate(order.invoice.issuedOn, 'medium')],
      [t('boOrders.invoice.dueOn'), format.calendarDate(order.invoice.dueOn, 'medium')],
      [t('boOrders.invoice.amount'), format.money(order.invoice.totalGrossMinor, order.currency)],
    ];
    return (
      <div className="stack">
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={invoicePdfHref(order.id)}>{t('boOrders.invoice.pdf', { number: order.invoice.invoiceNumber })}</a>
        </p>
      </div>
    );
  }
  if (order.status === 'cancelled') return <p>{t('boOrders.invoice.cancelled')}</p>;

  const ordered = order.lines.reduce((sum, line) => sum + (line.status === 'cancelled' ? 0 : line.quantity), 0);
  const delivered = order.lines.reduce((sum, line) => sum + line.deliveredQuantity, 0);
  const ready = order.status === 'shipped';
  const why = ready
    ? t('boOrders.invoice.ready')
    : order.status === 'awaiting_payment'
      ? t('boOrders.invoice.awaitingPayment')
      : t('boOrders.invoice.notAllSent', { delivered: format.count(delivered), ordered: format.count(ordered) });

  return (
    <div className="stack">
      <p id="invoice-why" className={ready ? undefined : 'muted'}>
        {why}
      </p>
      <OrderActionError error={invoice.error} />
      <ConfirmAction
        buttonLabel={t('boOrders.invoice.create')}
        question={t('boOrders.invoice.confirm', { number: order.orderNumber, amount: format.money(order.totals.gross, order.currency) })}
        confirmLabel={t('boOrders.invoice.confirmYes')}
        pendingLabel={t('boOrders.invoice.creating')}
        disabled={!ready}
        describedBy="invoice-why"
        onConfirm={() => invoice.mutateAsync(undefined)}
      />
    </div>
  );
}
