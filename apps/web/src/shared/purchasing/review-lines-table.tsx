import { useFormatters } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { TableScroll } from '../ui/table-scroll.tsx';

export type ReviewLine = {
  key: string;
  title: string;
  contributor: string;
  quantity: number;
  department: string | null;
  budgetCode: string | null;
  /** The line's sum with VAT; null without a price. */
  totalMinor: number | null;
};

interface Props {
  lines: readonly ReviewLine[];
  currency: string;
  caption: string;
}

/** The lines of an order as the buyer checks them before sending and reads them after: title, copies, department, budget code, sum. */
export function ReviewLinesTable({ lines, currency, caption }: Props) {
  const t = useT();
  const format = useFormatters();
  // An account without departments or budget codes has no use for their columns.
  const showDepartment = lines.some((line) => line.department !== null);
  const showBudgetCode = lines.some((line) => line.budgetCode !== null);
  return (
    <TableScroll label={caption}>
      <table className="table-stack review-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cart.col.title')}</th>
            <th scope="col" className="numeric">
              {t('checkout.review.quantity')}
            </th>
            {showDepartment ? <th scope="col">{t('checkout.review.department')}</th> : null}
            {showBudgetCode ? <th scope="col">{t('checkout.review.budgetCode')}</th> : null}
            <th scope="col" className="numeric">
              {t('checkout.review.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key}>
              <th scope="row">
                {line.title}
                {line.contributor ? <span className="review-table__byline">{line.contributor}</span> : null}
              </th>
              <td data-label={t('checkout.review.quantity')} className="numeric">
                {format.count(line.quantity)}
              </td>
              {showDepartment ? <td data-label={t('checkout.review.department')}>{line.department ?? '–'}</td> : null}
              {showBudgetCode ? <td data-label={t('checkout.review.budgetCode')}>{line.budgetCode ?? '–'}</td> : null}
              <td data-label={t('checkout.review.total')} className="numeric nowrap">
                {line.totalMinor === null ? '–' : format.money(line.totalMinor, currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
