import { NavLink } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { useCart } from '../purchasing/use-cart.ts';

/**
 * "Handlekurv" in the header, with the number of lines once there are any. The count is
 * part of the link's name ("Handlekurv, 2 linjer"), and follows every change of the cart:
 * all of them store the cart the server answers with.
 */
export function CartLink() {
  const t = useT();
  const cart = useCart();
  const count = cart.data?.lines.length ?? 0;
  return (
    <NavLink
      to="/handlekurv"
      className="cart-link"
      aria-label={count > 0 ? `${t('app.cart')}, ${t(count === 1 ? 'cart.linkCount.one' : 'cart.linkCount.other', { count })}` : undefined}
    >
      {t('app.cart')}
      {count > 0 ? (
        <span className="cart-link__badge" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </NavLink>
  );
}
