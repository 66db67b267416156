import type { ReactNode } from 'react';
import type { BudgetCode } from '@hylle/contracts';
import { useFormatters } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { TableScroll } from '../ui/table-scroll.tsx';
import { Money } from './money.tsx';

interface Props {
  codes: readonly BudgetCode[];
  caption: string;
  /** Buttons for one code (staff); without them the table is read-only. */
  actions?: (code: BudgetCode) => ReactNode;
}

/** An account's budget codes with what is spent and what remains; staff and members read the same table. */
export function BudgetCodeTable({ codes, caption, actions }: Props) {
  const t = useT();
  const format = useFormatters();
  const months = (count: number) => t(count === 1 ? 'budget.month.one' : 'budget.month.other', { months: count });
  return (
    <TableScroll label={caption}>
      <table className="table-stack budget-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.code')}</th>
            <th scope="col" className="numeric">
              {t('budget.total')}
            </th>
            <th scope="col" className="numeric">
              {t('budget.spent')}
            </th>
            <th scope="col" className="numeric">
              {t('budget.remaining')}
            </th>
            <th scope="col" className="numeric">
              {t('budget.fixedDiscount')}
            </th>
            <th scope="col" className="numeric">
              {t('budget.standardDiscount')}
            </th>
            {actions ? (
              <th scope="col">
                {/* The buttons say what they do; the header is for screen readers, and leaves the room to the figures. */}
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.id}>
              <th scope="row">
                <span className="nowrap">{code.code}</span>
                {code.description ? <span className="budget-table__description">{code.description}</span> : null}
              </th>
              <td data-label={t('budget.total')} className="numeric nowrap">
                <Money minor={code.totalMinor} currency={code.currency} />
              </td>
              <td data-label={t('budget.spent')} className="numeric nowrap">
                <Money minor={code.spentMinor} currency={code.currency} />
              </td>
              <td data-label={t('budget.remaining')} className="numeric nowrap">
                <Money minor={code.remainingMinor} currency={code.currency} flagNegative />
              </td>
              <td data-label={t('budget.fixedDiscount')} className="numeric">
                <span className="nowrap">{format.percent(code.fixedPriceDiscountBp)}</span>
                <span className="budget-table__period">
                  {code.fixedPricePeriodMonths === null ? t('budget.inStorePeriod') : t('budget.inPeriod', { period: months(code.fixedPricePeriodMonths) })}
                </span>
              </td>
              <td data-label={t('budget.standardDiscount')} className="numeric nowrap">
                {format.percent(code.standardDiscountBp)}
              </td>
              {actions ? <td data-label={t('common.actions')}>{actions(code)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
