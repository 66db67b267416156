import { Link } from 'react-router';
import type { OrderSummary } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { channelLabel } from '../../shared/orders/order-labels.ts';
import { OrderStatusBadge } from '../../shared/orders/order-status-badge.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';

/** The work queue: one row per order, the order number leads to everything about it. */
export function OrdersTable({ orders }: { orders: readonly OrderSummary[] }) {
  const t = useT();
  const format = useFormatters();
  return (
    <TableScroll label={t('boOrders.title')}>
      <table className="table-stack orders-table">
        <caption className="visually-hidden">{t('boOrders.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('boOrders.col.orderAndDate')}</th>
            <th scope="col">{t('boOrders.col.account')}</th>
            <th scope="col">{t('boOrders.col.buyer')}</th>
            <th scope="col">{t('boOrders.col.requisition')}</th>
            <th scope="col" className="numeric">
              {t('boOrders.col.linesCopies')}
            </th>
            <th scope="col" className="numeric">
              {t('boOrders.col.total')}
            </th>
            <th scope="col">{t('boOrders.col.statusAndChannel')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <Link to={`/backoffice/ordrer/${order.id}`}>{order.orderNumber}</Link>
                <span className="orders-table__sub nowrap">{format.calendarDate(order.placedOn, 'medium')}</span>
              </th>
              <td data-label={t('boOrders.col.account')}>
                {order.account.name}
                <span className="orders-table__sub">{order.account.customerNumber}</span>
              </td>
              <td data-label={t('boOrders.col.buyer')}>{order.placedBy.name}</td>
              <td data-label={t('boOrders.col.requisition')}>{order.requisition}</td>
              <td data-label={t('boOrders.col.linesCopies')} className="numeric nowrap">
                {format.count(order.lineCount)} / {format.count(order.copies)}
              </td>
              <td data-label={t('boOrders.col.total')} className="numeric nowrap">
                {format.money(order.totals.gross, order.currency)}
              </td>
              <td data-label={t('boOrders.col.statusAndChannel')}>
                <OrderStatusBadge status={order.status} />
                <span className="orders-table__sub">{channelLabel(t, order.channel)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
