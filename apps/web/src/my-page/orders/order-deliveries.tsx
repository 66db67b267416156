import type { OrderDetail } from '@hylle/contracts';
import { useFormatDate, useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { carrierLabel } from '../../shared/orders/order-labels.ts';

/**
 * What has been sent of the order (ORD-3, ORD-5): per delivery the date, the carrier, the
 * waybill linked to the carrier's tracking where the store knows it, what was in it and its
 * packing slip.
 */
export function OrderDeliveries({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  const formatDate = useFormatDate();
  if (order.deliveries.length === 0) return <p className="muted">{t('orders.deliveries.none')}</p>;
  const titleOf = (orderLineId: string) => order.lines.find((line) => line.id === orderLineId)?.title ?? '';
  return (
    <ul className="card-list deliveries">
      {order.deliveries.map((delivery) => (
        <li key={delivery.id} className="card">
          <h3 className="card__title">{t('orders.deliveries.item', { number: delivery.deliveryNo })}</h3>
          <dl className="facts">
            <div>
              <dt>{t('orders.deliveries.shipped')}</dt>
              <dd>{formatDate(delivery.shippedAt, false)}</dd>
            </div>
            <div>
              <dt>{t('orders.deliveries.carrier')}</dt>
              <dd>{carrierLabel(t, delivery.carrier)}</dd>
            </div>
            <div>
              <dt>{t('orders.deliveries.waybill')}</dt>
              <dd>
                {delivery.trackingUrl ? (
                  <a href={delivery.trackingUrl} target="_blank" rel="noopener noreferrer">
                    {delivery.waybill}
                    <span className="visually-hidden">
                      {' '}
                      – {t('orders.deliveries.trackHint')} {t('orders.newTab')}
                    </span>
                  </a>
                ) : (
                  delivery.waybill
                )}
              </dd>
            </div>
          </dl>
          <p className="deliveries__contents-title">{t('orders.deliveries.contents')}</p>
          <ul className="deliveries__contents">
            {delivery.lines.map((line) => (
              <li key={line.orderLineId}>
                {format.count(line.quantity)} × {titleOf(line.orderLineId)}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/api/orders/${order.id}/deliveries/${delivery.id}/packing-slip.pdf`} target="_blank" rel="noopener">
              {t('orders.deliveries.packingSlip')}
              <span className="visually-hidden"> {t('orders.newTab')}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
