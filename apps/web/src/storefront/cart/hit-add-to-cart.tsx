import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Cart, ProductSummary } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { CART_MUTATION_SCOPE, useStoreCart } from '../../shared/purchasing/use-cart.ts';

/**
 * "Legg i handlekurv" on a search result (CAT-2): one copy with the buyer's defaults, no
 * questions asked; the values can be changed in the cart. What happened is said beside the
 * button, in a live region, and the button keeps focus for the next title.
 */
export function HitAddToCart({ product }: { product: ProductSummary }) {
  const t = useT();
  const storeCart = useStoreCart();
  const [linesOfTitle, setLinesOfTitle] = useState(0);
  const add = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: () => apiPost<Cart>('/api/cart/lines', { productId: product.id, quantity: 1 }),
    onSuccess: (cart) => {
      storeCart(cart);
      setLinesOfTitle(cart.lines.filter((line) => line.product.id === product.id).length);
    },
  });

  if (product.availability.status === 'out_of_print') return <p className="hit__cannot">{t('cart.hit.cannot')}</p>;

  const message = add.isSuccess ? (linesOfTitle > 1 ? t('cart.hit.addedAgain', { count: linesOfTitle }) : t('cart.hit.added')) : '';
  return (
    <div className="hit-add">
      <button
        type="button"
        className="button button--small"
        aria-disabled={add.isPending || undefined}
        onClick={() => {
          if (!add.isPending) add.mutate();
        }}
      >
        {t('cart.hit.add')}
        <span className="visually-hidden"> – {product.title}</span>
      </button>
      <p role="status" className="hit-add__status">
        {message}
        {message ? (
          <>
            {' '}
            <Link to="/handlekurv">{t('cart.add.toCart')}</Link>
          </>
        ) : null}
      </p>
      {add.isError ? (
        <p className="field__error" role="alert">
          {problemMessage(t, add.error)}
        </p>
      ) : null}
    </div>
  );
}
