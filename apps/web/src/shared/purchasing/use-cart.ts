import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Cart } from '@hylle/contracts';
import { apiGet } from '../api.ts';
import { purchasingKeys } from './purchasing-keys.ts';
import { useMemberAccountId } from './use-member-account.ts';

/**
 * The buyer's cart for the current account (CHK-1). The header's count, the product page,
 * the cart and checkout all read this one query; idle for anyone who is not a member.
 */
export function useCart(options: { fresh?: boolean } = {}) {
  const accountId = useMemberAccountId() ?? '';
  return useQuery({
    queryKey: purchasingKeys.cart(accountId),
    queryFn: ({ signal }) => apiGet<Cart>('/api/cart', signal),
    enabled: accountId !== '',
    staleTime: 30_000,
    // Checkout reviews what the server has now, never a cart remembered from earlier.
    ...(options.fresh ? { refetchOnMount: 'always' as const } : {}),
  });
}

/** Every cart change answers with the whole cart: store it, and every reader (the header's count too) follows. */
export function useStoreCart() {
  const queryClient = useQueryClient();
  const accountId = useMemberAccountId() ?? '';
  return (cart: Cart) => queryClient.setQueryData(purchasingKeys.cart(accountId), cart);
}

/**
 * Cart changes run one at a time, in the order they were made: a quick second edit never
 * races the first, and the cart shown is always the answer to the last change.
 */
export const CART_MUTATION_SCOPE = { id: 'cart' } as const;
