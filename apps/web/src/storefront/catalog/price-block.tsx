import { Link } from 'react-router';
import type { PriceView } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useSession } from '../../shared/session.ts';

interface Props {
  price: PriceView | null;
  /** Results show the price in short; the product page adds VAT and the fixed-price period's end. */
  variant: 'compact' | 'full';
  /** Where sign-in should return to (this page). */
  returnTo: string;
}

/**
 * The price a member's account pays, beside the list price and the discount; a visitor
 * sees the list price and how to see their own. The figures are the server's (one price
 * computation for page, cart and invoice): nothing is calculated here.
 */
export function PriceBlock({ price, variant, returnTo }: Props) {
  const t = useT();
  const format = useFormatters();
  const { user } = useSession();
  if (!price) {
    return (
      <div className={`price price--${variant}`}>
        <p className="price__none">{t('price.none')}</p>
      </div>
    );
  }
  const money = (minor: number) => format.money(minor, price.currency);
  const discounted = price.forAccount && price.discountBp > 0 && price.unit.gross !== price.list.gross;
  const fixedNote = price.inFixedPricePeriod
    ? price.fixedPriceUntil
      ? t('price.fixedUntil', { date: format.calendarDate(price.fixedPriceUntil) })
      : t('price.fixedPeriod')
    : null;

  return (
    <div className={`price price--${variant}`}>
      <p className="price__label">{price.forAccount ? t('price.yours') : t('price.list')}</p>
      <p className="price__amount">{money(price.unit.gross)}</p>
      {discounted ? (
        <>
          <p className="price__list">
            {t('price.list')} <s>{money(price.list.gross)}</s>
          </p>
          <p className="price__discount">
            {t(price.discountKind === 'fixed_price' ? 'price.discountFixed' : 'price.discount', { percent: format.percent(price.discountBp) })}
          </p>
        </>
      ) : null}
      {fixedNote ? <p className="price__note">{fixedNote}</p> : null}
      {price.forAccount && price.capped ? <p className="price__note">{t(variant === 'full' ? 'price.capped' : 'price.cappedShort')}</p> : null}
      {variant === 'full' ? (
        <>
          <p className="price__vat">{t('price.vatIncluded', { percent: format.percent(price.vatRateBp) })}</p>
          <table className="price__breakdown">
            <caption>{t('price.breakdown')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t('price.net')}</th>
                <td className="numeric">{money(price.unit.net)}</td>
              </tr>
              <tr>
                <th scope="row">{t('price.vat', { percent: format.percent(price.vatRateBp) })}</th>
                <td className="numeric">{money(price.unit.vat)}</td>
              </tr>
              <tr>
                <th scope="row">{t('price.gross')}</th>
                <td className="numeric">{money(price.unit.gross)}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : null}
      {/* Someone signed in without an account (staff) sees list prices; signing in again won't change that. */}
      {price.forAccount || user ? null : (
        <p className="price__sign-in">
          <Link to={`/logg-inn?next=${encodeURIComponent(returnTo)}`}>{t('price.signIn')}</Link>
        </p>
      )}
    </div>
  );
}
