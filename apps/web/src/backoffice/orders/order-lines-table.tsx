import type { OrderDetail } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { OrderStatusBadge } from '../../shared/orders/order-status-badge.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { LineDistribution } from './line-distribution.tsx';

/** Every line with what staff need to pick, pack and answer for it (ORD-2, ORD-7). */
export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  return (
    <TableScroll label={t('boOrders.linesTitle')}>
      <table className="table-stack order-lines">
        <caption className="visually-hidden">{t('boOrders.linesCaption', { number: order.orderNumber })}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('boOrders.col.lineNo')}
            </th>
            <th scope="col">{t('boOrders.col.title')}</th>
            <th scope="col">{t('boOrders.col.lineReference')}</th>
            <th scope="col">{t('boOrders.col.budgetAndDistribution')}</th>
            <th scope="col">{t('boOrders.col.delivered')}</th>
            <th scope="col" className="numeric">
              {t('boOrders.col.unitPrice')}
            </th>
            <th scope="col" className="numeric">
              {t('boOrders.col.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td data-label={t('boOrders.col.lineNo')} className="numeric">
                {line.lineNo}
              </td>
              <th scope="row" className="order-lines__title">
                {line.title}
                {line.contributor ? <span className="order-lines__sub">{line.contributor}</span> : null}
                <span className="order-lines__sub nowrap">ISBN {line.isbn}</span>
              </th>
              <td data-label={t('boOrders.col.lineReference')} className="break-word">
                {line.lineReference}
              </td>
              <td data-label={t('boOrders.col.budgetAndDistribution')}>
                <LineDistribution line={line} />
              </td>
              <td data-label={t('boOrders.col.delivered')}>
                <span className="nowrap">{t('boOrders.deliveredOf', { delivered: line.deliveredQuantity, quantity: line.quantity })}</span>{' '}
                <OrderStatusBadge status={line.status} />
              </td>
              <td data-label={t('boOrders.col.unitPrice')} className="numeric">
                <span className="nowrap">{format.money(line.unitGross, order.currency)}</span>
                {line.discountBp > 0 ? (
                  <span className="order-lines__sub">
                    {t('boOrders.listAndDiscount', { list: format.money(line.unitListGross, order.currency), discount: format.percent(line.discountBp) })}
                  </span>
                ) : null}
              </td>
              <td data-label={t('boOrders.col.amount')} className="numeric nowrap">
                {format.money(line.line.gross, order.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
