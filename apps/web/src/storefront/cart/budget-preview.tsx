import type { BudgetCode, Cart, PriceView } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { budgetAfterLine, codeHasOwnTerms } from './budget-after-line.ts';

interface Props {
  id: string;
  code: BudgetCode | undefined;
  cart: Cart | undefined;
  price: PriceView | null;
  quantity: number | null;
}

/**
 * What the chosen budget code has left once the cart and this line are ordered (CHK-4), on
 * the discounted price shown on the page. Overspending is said in words, not by colour alone.
 */
export function BudgetPreview({ id, code, cart, price, quantity }: Props) {
  const t = useT();
  const format = useFormatters();
  if (!code) return <div id={id} hidden />;
  const inCartMinor = cart?.budgets.find((budget) => budget.budgetCodeId === code.id)?.inCartMinor ?? 0;
  const preview = budgetAfterLine({ remainingMinor: code.remainingMinor, inCartMinor, unitGrossMinor: price?.unit.gross ?? null, quantity });
  const money = (minor: number) => format.money(minor, code.currency);
  const over = preview.afterMinor < 0;
  return (
    <div id={id} className={over ? 'budget-preview budget-preview--over' : 'budget-preview'}>
      <p>
        {over
          ? t('cart.add.budgetOver', { code: code.code, amount: money(-preview.afterMinor) })
          : t('cart.add.budgetAfter', { code: code.code, amount: money(preview.afterMinor) })}
      </p>
      {inCartMinor > 0 ? <p className="budget-preview__note">{t('cart.add.budgetInCart', { amount: money(inCartMinor) })}</p> : null}
      {codeHasOwnTerms(code) ? <p className="budget-preview__note">{t('cart.add.budgetOwnTerms')}</p> : null}
    </div>
  );
}
