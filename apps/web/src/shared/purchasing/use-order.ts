import { useQuery } from '@tanstack/react-query';
import type { OrderDetail } from '@hylle/contracts';
import { apiGet } from '../api.ts';
import { purchasingKeys } from './purchasing-keys.ts';
import { useMemberAccountId } from './use-member-account.ts';

/** One order of the current account, with its lines, deliveries and invoice (ORD-2). */
export function useOrder(orderId: string) {
  const accountId = useMemberAccountId() ?? '';
  return useQuery({
    queryKey: purchasingKeys.order(accountId, orderId),
    queryFn: ({ signal }) => apiGet<OrderDetail>(`/api/orders/${encodeURIComponent(orderId)}`, signal),
    enabled: accountId !== '' && orderId !== '',
  });
}
