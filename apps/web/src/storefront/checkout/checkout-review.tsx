import type { RefObject } from 'react';
import { Link } from 'react-router';
import type { Cart } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ReviewLinesTable } from '../../shared/purchasing/review-lines-table.tsx';
import { VatTotalsTable } from '../../shared/purchasing/vat-totals-table.tsx';
import { BudgetSummary } from '../cart/budget-summary.tsx';

/** What the order will be, as the buyer reviews it before sending: lines, totals per VAT rate and the budgets after it. */
export function CheckoutReview({ cart, headingRef }: { cart: Cart; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  return (
    <section className="section checkout-review" aria-labelledby="checkout-review-title">
      <div className="page-heading">
        <h2 id="checkout-review-title" ref={headingRef} tabIndex={-1}>
          {t('checkout.review.title')}
        </h2>
        <Link to="/handlekurv">{t('checkout.review.edit')}</Link>
      </div>
      <ReviewLinesTable
        caption={t('checkout.review.caption')}
        currency={cart.currency}
        lines={cart.lines.map((line) => ({
          key: line.id,
          title: line.product.title,
          contributor: line.product.contributor,
          quantity: line.quantity,
          department: line.department,
          budgetCode: line.budgetCode,
          totalMinor: line.lineAmounts?.gross ?? null,
        }))}
      />
      <div className="cart-summary">
        <BudgetSummary
          budgets={cart.budgets.filter((budget) => budget.inCartMinor > 0)}
          currency={cart.currency}
          title={t('checkout.review.budgetsTitle')}
          caption={t('checkout.review.budgetsTitle')}
          headingId="checkout-budgets-title"
        />
        <div className="card cart-totals">
          <VatTotalsTable vatTotals={cart.vatTotals} totals={cart.totals} currency={cart.currency} caption={t('cart.totals.caption')} />
        </div>
      </div>
    </section>
  );
}
