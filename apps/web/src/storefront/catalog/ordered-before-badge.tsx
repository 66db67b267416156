import { Link } from 'react-router';
import type { OrderedBefore } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { emptyOrderFilters, ordersHref } from '../../my-page/orders/order-filters.ts';

interface Props {
  entry: OrderedBefore | undefined;
  /** With the ISBN, a link to the account's orders of the title. */
  isbn?: string;
}

/** "Bestilt før: 5 eks. i 2 ordrer, sist 23. nov. 2026": the account already has this title, or has it coming. */
export function OrderedBeforeBadge({ entry, isbn }: Props) {
  const t = useT();
  const format = useFormatters();
  if (!entry) return null;
  const text = t('orders.before.text', {
    copies: t('orders.before.copies', { count: format.count(entry.copies) }),
    orders: entry.orders === 1 ? t('orders.before.orders.one') : t('orders.before.orders.other', { count: format.count(entry.orders) }),
    date: format.calendarDate(entry.lastOrderedOn, 'medium'),
  });
  return (
    <p className="ordered-before">
      <span className="ordered-before__text">{text}</span>
      {isbn ? (
        <>
          {' '}
          <Link to={ordersHref({ ...emptyOrderFilters(), title: isbn })}>{t('orders.before.link')}</Link>
        </>
      ) : null}
    </p>
  );
}
