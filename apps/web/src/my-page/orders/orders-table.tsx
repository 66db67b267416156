import { Link } from 'react-router';
import type { OrderSummary } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { channelLabel } from '../../shared/orders/order-labels.ts';
import { OrderStatusBadge } from '../../shared/orders/order-status-badge.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';

/** The account's orders, newest first (ORD-1): one row each, the number links to the order. */
export function OrdersTable({ orders, caption }: { orders: readonly OrderSummary[]; caption: string }) {
  const t = useT();
  const format = useFormatters();
  return (
    <TableScroll label={caption}>
      <table className="table-stack orders-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orders.col.number')}</th>
            <th scope="col">{t('orders.col.date')}</th>
            <th scope="col">{t('orders.col.buyer')}</th>
            <th scope="col">{t('orders.col.requisition')}</th>
            <th scope="col" className="numeric">
              {t('orders.col.lines')}
            </th>
            <th scope="col" className="numeric">
              {t('orders.col.total')}
            </th>
            <th scope="col">{t('orders.status')}</th>
            <th scope="col">{t('orders.col.channel')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <Link to={`/min-side/bestillinger/${order.id}`}>{order.orderNumber}</Link>
              </th>
              <td data-label={t('orders.col.date')}>
                {format.calendarDate(order.placedOn, 'medium')}
              </td>
              <td data-label={t('orders.col.buyer')}>{order.placedBy.name}</td>
              <td data-label={t('orders.col.requisition')} className="break-word">
                {order.requisition}
              </td>
              <td data-label={t('orders.col.lines')} className="numeric nowrap">
                {format.count(order.lineCount)} / {format.count(order.copies)}
              </td>
              <td data-label={t('orders.col.total')} className="numeric nowrap">
                {format.money(order.totals.gross, order.currency)}
              </td>
              <td data-label={t('orders.status')}>
                <OrderStatusBadge status={order.status} />
              </td>
              <td data-label={t('orders.col.channel')}>{channelLabel(t, order.channel)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
