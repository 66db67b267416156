import { useT } from '../../shared/i18n/use-t.ts';
import { PageLinks } from '../../shared/ui/page-links.tsx';
import { ordersHref, type OrderFilters } from './order-filters.ts';

interface Props {
  filters: OrderFilters;
  pages: number;
  onNavigate: () => void;
}

/** The pages of the account's orders, each a link that keeps the filters. */
export function OrdersPagination({ filters, pages, onNavigate }: Props) {
  const t = useT();
  return (
    <PageLinks
      current={filters.page}
      pages={pages}
      href={(page) => ordersHref({ ...filters, page })}
      label={t('orders.pagination')}
      pageLabel={(page) => t('orders.page', { page })}
      onNavigate={onNavigate}
    />
  );
}
