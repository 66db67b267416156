import { useState } from 'react';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useSession } from '../../shared/session.ts';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { erpExportHref, firstOfMonth, todayIn } from './erp-export-range.ts';
import { OrdersTabs } from './orders-tabs.tsx';

/** The ERP export (ORD-7): the order lines of a period as the supplier's ERP reads them, line references included. */
export function ErpExportPage() {
  const t = useT();
  const format = useFormatters();
  const { store } = useSession();
  useDocumentTitle(t('boOrders.export.title'));
  const [today] = useState(() => todayIn(store.timeZone));
  const [from, setFrom] = useState(() => firstOfMonth(today));
  const [to, setTo] = useState(today);
  const range = erpExportHref(from, to);
  const fromError = !range.ok && range.problem === 'from' ? t('boOrders.export.dateInvalid') : undefined;
  const toError = !range.ok ? (range.problem === 'to' ? t('boOrders.export.dateInvalid') : range.problem === 'order' ? t('boOrders.export.toBeforeFrom') : undefined) : undefined;

  return (
    <div className="stack">
      <h1>{t('boOrders.export.title')}</h1>
      <OrdersTabs />
      <section className="card section" aria-labelledby="erp-export-title">
        <h2 id="erp-export-title">{t('boOrders.export.heading')}</h2>
        <p>{t('boOrders.export.intro')}</p>
        <div className="field-row export-range">
          <TextField id="export-from" type="date" label={t('boOrders.export.from')} value={from} onChange={setFrom} max={today} required error={fromError} />
          <TextField id="export-to" type="date" label={t('boOrders.export.to')} value={to} onChange={setTo} required error={toError} />
        </div>
        {range.ok ? (
          <p>
            <a className="button" href={range.href} download>
              {t('boOrders.export.download', { from: format.calendarDate(from, 'medium'), to: format.calendarDate(to, 'medium') })}
            </a>
          </p>
        ) : (
          <p className="muted">{t('boOrders.export.fixDates')}</p>
        )}
        <p className="field__hint">{t('boOrders.export.note')}</p>
      </section>
    </div>
  );
}
