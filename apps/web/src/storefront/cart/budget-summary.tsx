import type { CartBudget } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';

interface Props {
  budgets: readonly CartBudget[];
  currency: string;
  title: string;
  caption: string;
  headingId: string;
}

/**
 * Per budget code (CHK-4): what it has now, what the cart puts on it and what it has left
 * after the order. A code the cart would overspend says so in words: "overskrides med …".
 */
export function BudgetSummary({ budgets, currency, title, caption, headingId }: Props) {
  const t = useT();
  const format = useFormatters();
  if (budgets.length === 0) return null;
  const money = (minor: number) => format.money(minor, currency);
  const overspent = budgets.some((budget) => budget.remainingAfterCartMinor < 0);
  return (
    <section className="card budget-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      <TableScroll label={caption}>
        <table className="budget-summary__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cart.budgets.code')}</th>
              <th scope="col" className="numeric">
                {t('cart.budgets.remaining')}
              </th>
              <th scope="col" className="numeric">
                {t('cart.budgets.inCart')}
              </th>
              <th scope="col" className="numeric">
                {t('cart.budgets.after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((budget) => (
              <tr key={budget.budgetCodeId}>
                <th scope="row">{budget.code}</th>
                <td className="numeric nowrap">{money(budget.remainingMinor)}</td>
                <td className="numeric nowrap">{money(budget.inCartMinor)}</td>
                <td className="numeric">
                  {budget.remainingAfterCartMinor < 0 ? (
                    <span className="amount--negative">
                      <span className="nowrap">{money(budget.remainingAfterCartMinor)}</span>{' '}
                      <span className="amount__flag">({t('cart.budgets.exceeded', { amount: money(-budget.remainingAfterCartMinor) })})</span>
                    </span>
                  ) : (
                    <span className="nowrap">{money(budget.remainingAfterCartMinor)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {overspent ? (
        <p className="notice notice--error">{t('cart.budgets.exceededNote')}</p>
      ) : (
        <p className="field__hint">{t('cart.budgets.note')}</p>
      )}
    </section>
  );
}
