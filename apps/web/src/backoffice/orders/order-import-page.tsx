import { useT } from '../../shared/i18n/use-t.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { OrderImportForm } from './order-import-form.tsx';
import { OrderImportFormat } from './order-import-format.tsx';
import { OrdersTabs } from './orders-tabs.tsx';

/** /backoffice/ordrer/import — orders that came by phone, e-mail or EDI, recorded from a CSV file (ORD-1). */
export function OrderImportPage() {
  const t = useT();
  useDocumentTitle(t('boOrders.import.title'));
  return (
    <div className="stack">
      <h1>{t('boOrders.import.title')}</h1>
      <OrdersTabs />
      <OrderImportForm />
      <OrderImportFormat />
    </div>
  );
}
