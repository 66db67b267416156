import { useQuery } from '@tanstack/react-query';
import type { OrderedBefore } from '@hylle/contracts';
import { apiGet } from '../../shared/api.ts';
import { purchasingKeys } from '../../shared/purchasing/purchasing-keys.ts';
import { useMemberAccountId } from '../../shared/purchasing/use-member-account.ts';
import { orderedBeforeByProduct, orderedBeforeQuery } from './ordered-before.ts';

/**
 * What the account has ordered before of these titles, in one request for a whole page of
 * results. Only members ask; the answer is a map by product id (titles never ordered are absent).
 */
export function useOrderedBefore(productIds: readonly string[]): ReadonlyMap<string, OrderedBefore> {
  const accountId = useMemberAccountId() ?? '';
  const ids = orderedBeforeQuery(productIds);
  const query = useQuery({
    queryKey: purchasingKeys.orderedBefore(accountId, ids),
    queryFn: ({ signal }) => apiGet<OrderedBefore[]>(`/api/orders/ordered-before?productIds=${encodeURIComponent(ids)}`, signal),
    enabled: accountId !== '' && ids !== '',
    staleTime: 60_000,
  });
  return orderedBeforeByProduct(query.data);
}
