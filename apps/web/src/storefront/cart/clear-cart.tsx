import { useMutation } from '@tanstack/react-query';
import type { Cart } from '@hylle/contracts';
import { api } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { CART_MUTATION_SCOPE, useStoreCart } from '../../shared/purchasing/use-cart.ts';
import { ConfirmRemove } from '../../shared/ui/confirm-remove.tsx';

/** "Tøm handlekurven", asked twice: every line and its values go at once. */
export function ClearCart({ lineCount, onCleared }: { lineCount: number; onCleared: () => void }) {
  const t = useT();
  const storeCart = useStoreCart();
  const clear = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: () => api<Cart>('/api/cart', { method: 'DELETE' }),
    onSuccess: (cart) => {
      storeCart(cart);
      onCleared();
    },
  });
  return (
    <div className="cart-clear">
      <ConfirmRemove
        buttonLabel={t('cart.clear')}
        question={t('cart.clearQuestion', { count: lineCount })}
        onConfirm={() => clear.mutateAsync()}
        error={clear.isError ? problemMessage(t, clear.error) : undefined}
      />
    </div>
  );
}
