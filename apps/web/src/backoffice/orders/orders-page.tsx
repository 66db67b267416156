import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { OrderPage } from '@hylle/contracts';
import { apiGet } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { Pagination } from '../pagination.tsx';
import { ordersKeys } from './orders-api.ts';
import { OrdersFilterForm } from './orders-filter-form.tsx';
import { filtersFromParams, isFiltered, ORDERS_PAGE_SIZE, ordersApiPath, pageOfOffset, paramsFromFilters, type OrderFilters } from './orders-query.ts';
import { OrdersTable } from './orders-table.tsx';
import { OrdersTabs } from './orders-tabs.tsx';

/** Customer service's list of every account's orders (ORD-1), newest first; search and filters live in the URL. */
export function OrdersPage() {
  const t = useT();
  const format = useFormatters();
  useDocumentTitle(t('boOrders.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const setFilters = (next: OrderFilters) => setParams(paramsFromFilters(next));

  const orders = useQuery({
    queryKey: ordersKeys.list(filters),
    queryFn: ({ signal }) => apiGet<OrderPage>(ordersApiPath(filters), signal),
    placeholderData: keepPreviousData,
  });
  // The list on screen belongs to the previous search or page while the new one loads.
  const stale = orders.isPlaceholderData && orders.isFetching;

  return (
    <div className="stack">
      <h1>{t('boOrders.title')}</h1>
      <OrdersTabs />
      <OrdersFilterForm filters={filters} onChange={setFilters} />
      <p role="status" className={stale ? 'loading' : 'status-idle'}>
        {stale ? (
          <>
            <span className="loading__spinner" aria-hidden="true" />
            {t('bo.searching')}
          </>
        ) : null}
      </p>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <QueryError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : (
        <div className={stale ? 'results results--stale' : 'results'} aria-busy={stale || undefined}>
          {orders.data.items.length === 0 ? (
            filters.page > 1 && orders.data.total > 0 ? (
              <EmptyState title={t('boOrders.pastEnd')}>
                <button type="button" className="button button--secondary" onClick={() => setFilters({ ...filters, page: 1 })}>
                  {t('boOrders.firstPage')}
                </button>
              </EmptyState>
            ) : isFiltered(filters) ? (
              <EmptyState title={t('boOrders.noMatches')}>
                <p>{t('boOrders.noMatchesHint')}</p>
              </EmptyState>
            ) : (
              <EmptyState title={t('boOrders.none')}>
                <p>{t('boOrders.noneHint')}</p>
              </EmptyState>
            )
          ) : (
            <div className="stack">
              <OrdersTable orders={orders.data.items} />
              {orders.data.totalCapped ? <p className="muted">{t('boOrders.totalCapped', { total: format.count(orders.data.total) })}</p> : null}
              <Pagination
                offset={(filters.page - 1) * ORDERS_PAGE_SIZE}
                limit={ORDERS_PAGE_SIZE}
                total={orders.data.total}
                onChange={(offset) => setFilters({ ...filters, page: pageOfOffset(offset) })}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
