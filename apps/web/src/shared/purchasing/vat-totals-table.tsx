import type { Amounts, VatTotal } from '@hylle/contracts';
import { useFormatters } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { TableScroll } from '../ui/table-scroll.tsx';

interface Props {
  vatTotals: readonly VatTotal[];
  totals: Amounts;
  currency: string;
  caption: string;
}

/** What the cart or order comes to per VAT rate, and in all: without VAT, the VAT, and with it. */
export function VatTotalsTable({ vatTotals, totals, currency, caption }: Props) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, currency);
  return (
    <TableScroll label={caption}>
      <table className="totals-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cart.totals.rate')}</th>
            <th scope="col" className="numeric">
              {t('cart.totals.net')}
            </th>
            <th scope="col" className="numeric">
              {t('cart.totals.vat')}
            </th>
            <th scope="col" className="numeric">
              {t('cart.totals.gross')}
            </th>
          </tr>
        </thead>
        <tbody>
          {vatTotals.map((rate) => (
            <tr key={rate.vatRateBp}>
              <th scope="row">{format.percent(rate.vatRateBp)}</th>
              <td className="numeric nowrap">{money(rate.net)}</td>
              <td className="numeric nowrap">{money(rate.vat)}</td>
              <td className="numeric nowrap">{money(rate.gross)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('cart.totals.total')}</th>
            <td className="numeric nowrap">{money(totals.net)}</td>
            <td className="numeric nowrap">{money(totals.vat)}</td>
            <td className="numeric nowrap totals-table__grand">{money(totals.gross)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
