import type { OrderDetail } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';

/** The order's sums, VAT per rate as on the invoice. */
export function OrderTotals({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, order.currency);
  return (
    <dl className="order-totals">
      <div>
        <dt>{t('boOrders.totalNet')}</dt>
        <dd>{money(order.totals.net)}</dd>
      </div>
      {order.vatTotals.map((vat) => (
        <div key={vat.vatRateBp}>
          <dt>{t('boOrders.vatAt', { percent: format.percent(vat.vatRateBp) })}</dt>
          <dd>{money(vat.vat)}</dd>
        </div>
      ))}
      <div className="order-totals__sum">
        <dt>{t('boOrders.totalGross')}</dt>
        <dd>{money(order.totals.gross)}</dd>
      </div>
    </dl>
  );
}
