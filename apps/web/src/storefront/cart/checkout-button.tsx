import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-t.ts';

/** "Til kassen", or while a line cannot be ordered, the same button switched off with the reason beside it. */
export function CheckoutButton({ orderable }: { orderable: boolean }) {
  const t = useT();
  if (orderable) {
    return (
      <p className="cart-totals__action">
        <Link to="/kasse" className="button">
          {t('cart.toCheckout')}
        </Link>
      </p>
    );
  }
  return (
    <div className="cart-totals__action">
      <button type="button" className="button" disabled aria-describedby="cart-not-orderable">
        {t('cart.toCheckout')}
      </button>
      <p id="cart-not-orderable" className="field__warning">
        {t('cart.notOrderable')}
      </p>
    </div>
  );
}
