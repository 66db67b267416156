import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { OrderDetail } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { apiGet } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { OrderDetailView } from './order-detail-view.tsx';
import { OrderNotFound } from './order-not-found.tsx';
import { orderPath, ordersKeys } from './orders-api.ts';

/** /backoffice/ordrer/:id — one order, everything staff need to ship and invoice it. */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const order = useQuery({
    queryKey: ordersKeys.order(id),
    queryFn: ({ signal }) => apiGet<OrderDetail>(orderPath(id), signal),
  });
  if (order.isError && order.error instanceof ApiError && order.error.status === 404) return <OrderNotFound />;
  if (order.isPending || order.isError) {
    return (
      <div className="stack">
        <h1>{t('boOrders.title')}</h1>
        {order.isPending ? <Loading /> : <QueryError error={order.error} onRetry={() => void order.refetch()} />}
      </div>
    );
  }
  return <OrderDetailView order={order.data} />;
}
