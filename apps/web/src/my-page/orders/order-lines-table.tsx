import { Link } from 'react-router';
import type { OrderDetail, OrderLine } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { OrderStatusBadge } from '../../shared/orders/order-status-badge.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';

/** The library's values of a line (CHK-1, INT-1) as label and value, leaving out what is empty. */
function lineFacts(t: ReturnType<typeof useT>, line: OrderLine): { label: string; value: string }[] {
  const facts = [
    { label: t('orders.lines.budgetCode'), value: line.budgetCode ?? '' },
    { label: t('distribution.one.department'), value: line.department ?? '' },
    { label: t('distribution.one.shelf_location'), value: line.shelfLocation ?? '' },
    { label: t('distribution.one.material_type'), value: line.materialType ?? '' },
    { label: t('orders.lines.reference'), value: line.lineReference },
    ...line.extraFields.map((field) => ({ label: field.name, value: field.value })),
  ];
  return facts.filter((fact) => fact.value !== '');
}

/** An order's lines with the status and deliveries of each (ORD-2) and what the library put on it. */
export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, order.currency);
  const caption = t('orders.lines.caption', { number: order.orderNumber });
  return (
    <TableScroll label={caption}>
      <table className="table-stack order-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('orders.lines.no')}
            </th>
            <th scope="col">{t('orders.lines.titleColumn')}</th>
            <th scope="col">{t('orders.lines.delivered')}</th>
            <th scope="col">{t('orders.lines.status')}</th>
            <th scope="col">{t('orders.lines.distribution')}</th>
            <th scope="col" className="numeric">
              {t('orders.lines.unitPrice')}
            </th>
            <th scope="col" className="numeric">
              {t('orders.lines.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => {
            const facts = lineFacts(t, line);
            return (
              <tr key={line.id}>
                <td data-label={t('orders.lines.no')} className="numeric">
                  {line.lineNo}
                </td>
                <th scope="row">
                  {line.productId ? <Link to={`/produkt/${encodeURIComponent(line.isbn)}`}>{line.title}</Link> : line.title}
                  {line.contributor ? <span className="order-lines__byline">{line.contributor}</span> : null}
                  <span className="order-lines__isbn">ISBN {line.isbn}</span>
                </th>
                <td data-label={t('orders.lines.delivered')} className="nowrap">
                  {t('orders.lines.deliveredOf', { delivered: format.count(line.deliveredQuantity), quantity: format.count(line.quantity) })}
                </td>
                <td data-label={t('orders.lines.status')}>
                  <OrderStatusBadge status={line.status} />
                </td>
                <td data-label={t('orders.lines.distribution')}>
                  {facts.length > 0 ? (
                    <dl className="line-facts">
                      {facts.map((fact) => (
                        <div key={fact.label}>
                          <dt>{fact.label}</dt>
                          <dd>{fact.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </td>
                <td data-label={t('orders.lines.unitPrice')} className="numeric">
                  <span className="nowrap">{money(line.unitGross)}</span>
                  {line.discountBp > 0 && line.unitGross !== line.unitListGross ? (
                    <span className="order-lines__list">{t('cart.line.listPrice', { amount: money(line.unitListGross) })}</span>
                  ) : null}
                </td>
                <td data-label={t('orders.lines.total')} className="numeric nowrap">
                  {money(line.line.gross)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
