import { useMemo, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { OrderPage } from '@hylle/contracts';
import { apiGet } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { purchasingKeys } from '../../shared/purchasing/purchasing-keys.ts';
import { useSession } from '../../shared/session.ts';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { RequireAccount } from '../require-account.tsx';
import { OrderFilterForm } from './order-filter-form.tsx';
import { emptyOrderFilters, hasOrderFilters, orderFilterParams, orderPageCount, ordersApiQuery, ordersHref, parseOrderFilters, type OrderFilters } from './order-filters.ts';
import { OrdersPagination } from './orders-pagination.tsx';
import { OrdersTable } from './orders-table.tsx';

/** My page → Bestillinger (ORD-1): every order of the account, filtered and paged in the URL. */
export function MyOrdersPage() {
  const t = useT();
  useDocumentTitle(t('orders.title'));
  return <RequireAccount title={t('orders.title')}>{(accountId) => <OrdersContent accountId={accountId} />}</RequireAccount>;
}

function OrdersContent({ accountId }: { accountId: string }) {
  const t = useT();
  const format = useFormatters();
  const session = useSession();
  const accountName = session.memberships.find((membership) => membership.accountId === accountId)?.accountName ?? '';
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseOrderFilters(params), [params]);
  const apiQuery = ordersApiQuery(filters);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const orders = useQuery({
    queryKey: purchasingKeys.orderList(accountId, apiQuery),
    queryFn: ({ signal }) => apiGet<OrderPage>(`/api/orders?${apiQuery}`, signal),
    placeholderData: keepPreviousData,
  });
  const data = orders.data;
  const stale = orders.isPlaceholderData;

  const apply = (next: OrderFilters) => setParams(orderFilterParams(next));
  const toResults = () => resultsHeading.current?.focus({ preventScroll: false });
  const countText = (page: OrderPage) =>
    page.totalCapped
      ? t('orders.count.capped', { count: format.count(page.total) })
      : page.total === 1
        ? t('orders.count.one')
        : t('orders.count.other', { count: format.count(page.total) });
  const filtered = hasOrderFilters(filters);
  const caption = t('orders.caption', { account: accountName });

  return (
    <div className="stack orders-page">
      <h1>{t('orders.title')}</h1>
      <p className="lead">{t('orders.intro', { account: accountName })}</p>
      {/* Remounted when the URL changes, so the fields always start from the filters in use. */}
      <OrderFilterForm key={params.toString()} filters={filters} buyers={data?.buyers ?? []} onApply={apply} />
      <section className="section" aria-labelledby="orders-results-title">
        <h2 id="orders-results-title" ref={resultsHeading} tabIndex={-1} className="visually-hidden">
          {t('orders.title')}
        </h2>
        <p role="status" className="orders-page__count">
          {data && !stale ? countText(data) : ''}
        </p>
        {orders.isPending ? (
          <Loading />
        ) : orders.isError && !data ? (
          <QueryError error={orders.error} onRetry={() => void orders.refetch()} />
        ) : data ? (
          <div className={stale ? 'results results--stale stack' : 'results stack'} aria-busy={stale || undefined}>
            {data.items.length > 0 ? (
              <OrdersTable orders={data.items} caption={caption} />
            ) : data.total > 0 ? (
              <EmptyState title={t('orders.pastEnd')}>
                <Link to={ordersHref({ ...filters, page: 1 })} className="button button--secondary">
                  {t('orders.firstPage')}
                </Link>
              </EmptyState>
            ) : filtered ? (
              <EmptyState title={t('orders.noMatch')}>
                <p>{t('orders.noMatchHint')}</p>
                <button type="button" className="button button--secondary" onClick={() => apply(emptyOrderFilters())}>
                  {t('orders.filters.clear')}
                </button>
              </EmptyState>
            ) : (
              <EmptyState title={t('orders.empty')}>
                <p>{t('orders.emptyHint')}</p>
                <Link to="/search" className="button button--secondary">
                  {t('cart.search')}
                </Link>
              </EmptyState>
            )}
            <OrdersPagination filters={filters} pages={orderPageCount(data.total, data.pageSize)} onNavigate={toResults} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
