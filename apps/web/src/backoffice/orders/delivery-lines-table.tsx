import type { OrderLine } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { copiesLeft, type Quantities } from './delivery-draft.ts';

interface Props {
  lines: readonly OrderLine[];
  quantities: Quantities;
  onChange: (lineId: string, value: string) => void;
  errorFor: (lineId: string) => string | undefined;
  /** The id of a message about all the lines ("nothing to send"), read with every input. */
  sharedErrorId?: string | undefined;
}

export const quantityInputId = (lineId: string) => `delivery-qty-${lineId}`;

/** One input per line still to send, named by the title so each is unambiguous out of the table. */
export function DeliveryLinesTable({ lines, quantities, onChange, errorFor, sharedErrorId }: Props) {
  const t = useT();
  const format = useFormatters();
  return (
    <TableScroll label={t('boOrders.delivery.linesLabel')}>
      <table className="table-stack delivery-lines">
        <caption className="visually-hidden">{t('boOrders.delivery.linesLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('boOrders.col.title')}</th>
            <th scope="col" className="numeric">
              {t('boOrders.col.ordered')}
            </th>
            <th scope="col" className="numeric">
              {t('boOrders.col.alreadySent')}
            </th>
            <th scope="col" className="numeric">
              {t('boOrders.col.left')}
            </th>
            <th scope="col">{t('boOrders.col.toSend')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const id = quantityInputId(line.id);
            const error = errorFor(line.id);
            const errorId = error ? `${id}-error` : undefined;
            const describedBy = [errorId, sharedErrorId].filter(Boolean).join(' ') || undefined;
            return (
              <tr key={line.id}>
                <th scope="row">
                  {line.title}
                  {line.lineReference ? <span className="order-lines__sub">{t('boOrders.lineReferenceShort', { reference: line.lineReference })}</span> : null}
                </th>
                <td data-label={t('boOrders.col.ordered')} className="numeric">
                  {format.count(line.quantity)}
                </td>
                <td data-label={t('boOrders.col.alreadySent')} className="numeric">
                  {format.count(line.deliveredQuantity)}
                </td>
                <td data-label={t('boOrders.col.left')} className="numeric">
                  {format.count(copiesLeft(line))}
                </td>
                <td data-label={t('boOrders.col.toSend')}>
                  <div className={`field field--quantity${error || sharedErrorId ? ' field--invalid' : ''}`}>
                    <label htmlFor={id} className="visually-hidden">
                      {t('boOrders.delivery.quantityFor', { title: line.title })}
                    </label>
                    <input
                      id={id}
                      inputMode="numeric"
                      autoComplete="off"
                      value={quantities[line.id] ?? ''}
                      onChange={(event) => onChange(line.id, event.target.value)}
                      aria-invalid={error || sharedErrorId ? true : undefined}
                      aria-describedby={describedBy}
                    />
                    {error ? (
                      <p id={errorId} className="field__error">
                        {error}
                      </p>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
