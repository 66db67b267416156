import type { OrderDetail } from '@hylle/contracts';
import { useFormatDate, useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { carrierLabel } from '../../shared/orders/order-labels.ts';
import { packingSlipHref } from './orders-api.ts';

/** What has been sent: carrier, waybill with its tracking link (ORD-3), the lines, and the packing slip (ORD-5). */
export function DeliveriesList({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  const formatDate = useFormatDate();
  const titles = new Map(order.lines.map((line) => [line.id, line.title]));
  if (order.deliveries.length === 0) return <p className="muted">{t('boOrders.noDeliveries')}</p>;
  return (
    <ol className="deliveries">
      {order.deliveries.map((delivery) => {
        const copies = delivery.lines.reduce((sum, line) => sum + line.quantity, 0);
        return (
          <li key={delivery.id} className="card deliveries__item">
            <h3 className="card__title">{t('boOrders.deliveryNo', { number: delivery.deliveryNo })}</h3>
            <p className="muted">{t('boOrders.shippedAt', { date: formatDate(delivery.shippedAt), copies: format.count(copies) })}</p>
            <dl className="deliveries__facts">
              <div>
                <dt>{t('boOrders.carrier')}</dt>
                <dd>{carrierLabel(t, delivery.carrier)}</dd>
              </div>
              <div>
                <dt>{t('boOrders.waybill')}</dt>
                <dd>
                  {delivery.trackingUrl ? (
                    <a href={delivery.trackingUrl} target="_blank" rel="noreferrer">
                      {delivery.waybill}
                      <span className="visually-hidden"> ({t('boOrders.trackingNewTab')})</span>
                    </a>
                  ) : (
                    delivery.waybill
                  )}
                </dd>
              </div>
            </dl>
            <ul className="deliveries__lines">
              {delivery.lines.map((line) => (
                <li key={line.orderLineId}>{t('boOrders.copiesOf', { count: line.quantity, title: titles.get(line.orderLineId) ?? '' })}</li>
              ))}
            </ul>
            <p>
              <a href={packingSlipHref(order.id, delivery.id)}>{t('boOrders.packingSlip', { number: delivery.deliveryNo })}</a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
