import type { OrderDetail } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';

/** The order's one invoice (ORD-6), with its copy as a PDF; nothing yet until it is invoiced. */
export function OrderInvoice({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  const invoice = order.invoice;
  if (!invoice) return <p className="muted">{t('orders.invoice.none')}</p>;
  return (
    <div className="card">
      <dl className="facts">
        <div>
          <dt>{t('orders.invoice.number')}</dt>
          <dd>{invoice.invoiceNumber}</dd>
        </div>
        <div>
          <dt>{t('orders.invoice.issued')}</dt>
          <dd>{format.calendarDate(invoice.issuedOn, 'medium')}</dd>
        </div>
        <div>
          <dt>{t('orders.invoice.due')}</dt>
          <dd>{format.calendarDate(invoice.dueOn, 'medium')}</dd>
        </div>
        <div>
          <dt>{t('orders.invoice.amount')}</dt>
          <dd>{format.money(invoice.totalGrossMinor, order.currency)}</dd>
        </div>
      </dl>
      <p>
        <a className="button button--secondary" href={`/api/orders/${order.id}/invoice.pdf`} target="_blank" rel="noopener">
          {t('orders.invoice.download')}
          <span className="visually-hidden"> {t('orders.newTab')}</span>
        </a>
      </p>
    </div>
  );
}
