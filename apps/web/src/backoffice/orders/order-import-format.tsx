import { useT } from '../../shared/i18n/use-t.ts';
import type { MessageKey } from '../../shared/i18n/nb.ts';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';

/** The columns of an order import file (docs/order-import-csv.md), in the documented order. */
const COLUMNS: readonly { name: string; required: boolean; key: MessageKey }[] = [
  { name: 'customer_number', required: true, key: 'boOrders.import.col.customer_number' },
  { name: 'channel', required: true, key: 'boOrders.import.col.channel' },
  { name: 'external_reference', required: true, key: 'boOrders.import.col.external_reference' },
  { name: 'requisition', required: false, key: 'boOrders.import.col.requisition' },
  { name: 'order_reference', required: false, key: 'boOrders.import.col.order_reference' },
  { name: 'cost_centre', required: false, key: 'boOrders.import.col.cost_centre' },
  { name: 'delivery_address_label', required: false, key: 'boOrders.import.col.delivery_address_label' },
  { name: 'ordered_on', required: false, key: 'boOrders.import.col.ordered_on' },
  { name: 'isbn', required: true, key: 'boOrders.import.col.isbn' },
  { name: 'quantity', required: true, key: 'boOrders.import.col.quantity' },
  { name: 'line_reference', required: false, key: 'boOrders.import.col.line_reference' },
  { name: 'budget_code', required: false, key: 'boOrders.import.col.budget_code' },
  { name: 'department', required: false, key: 'boOrders.import.col.department' },
  { name: 'shelf_location', required: false, key: 'boOrders.import.col.shelf_location' },
  { name: 'material_type', required: false, key: 'boOrders.import.col.material_type' },
];

const EXAMPLE = `customer_number;channel;external_reference;requisition;isbn;quantity;line_reference
10042;phone;TLF-2025-17;Voksenavdeling;978-82-05-41234-7;2;LR-1
10042;phone;TLF-2025-17;Voksenavdeling;82-05-41234-0;1;LR-2`;

/** The file format in short, on the page where it is needed. */
export function OrderImportFormat() {
  const t = useT();
  return (
    <section id="order-import-format" className="card section" aria-labelledby="order-import-format-title" tabIndex={-1}>
      <h2 id="order-import-format-title">{t('boOrders.import.formatTitle')}</h2>
      <ul>
        <li>{t('boOrders.import.rule.file')}</li>
        <li>{t('boOrders.import.rule.rows')}</li>
        <li>{t('boOrders.import.rule.whole')}</li>
      </ul>
      <TableScroll label={t('boOrders.import.columns')}>
        <table className="import-columns">
          <caption className="visually-hidden">{t('boOrders.import.columns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('boOrders.import.column')}</th>
              <th scope="col">{t('boOrders.import.required')}</th>
              <th scope="col">{t('boOrders.import.contents')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td>{column.required ? t('common.yes') : t('common.no')}</td>
                <td>{t(column.key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t('boOrders.import.example')}</h3>
      <pre className="csv-example" tabIndex={0} aria-label={t('boOrders.import.example')}>
        <code>{EXAMPLE}</code>
      </pre>
      <p className="field__hint">{t('boOrders.import.fullDescription')}</p>
    </section>
  );
}
