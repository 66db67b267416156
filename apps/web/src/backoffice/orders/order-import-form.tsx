import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderImportReport as Report } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope } from '../../shared/ui/action-scope.tsx';
import { CsvTextFields } from '../../shared/ui/csv-text-fields.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { useCsvText } from '../../shared/ui/use-csv-text.ts';
import { backofficeKeys } from '../backoffice-keys.ts';
import { ORDER_IMPORT_PATH, ordersKeys, postCsv } from './orders-api.ts';
import { OrderImportReport } from './order-import-report.tsx';
import { useFocusRequest } from './use-focus-request.ts';

/**
 * Orders by phone, e-mail or EDI as CSV: a chosen file is read into the text box, where it
 * can be checked or corrected, or the rows are pasted there; the import answers with what
 * it created and every problem with its line.
 */
export function OrderImportForm() {
  const t = useT();
  const scope = useActionScope();
  const queryClient = useQueryClient();
  const csv = useCsvText((file, content) => {
    const rows = content.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
    // The first line is the header.
    return t('boOrders.import.fileRead', { file, rows: Math.max(0, rows - 1) });
  });
  const [reportRef, focusReport] = useFocusRequest<HTMLElement>();

  const upload = useMutation({
    mutationFn: (csv: string) => postCsv<Report>(ORDER_IMPORT_PATH, csv),
    onSuccess: (report) => {
      if (report.ordersCreated > 0) {
        void queryClient.invalidateQueries({ queryKey: ordersKeys.lists });
        void queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll });
      }
      focusReport();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    scope.begin();
    const text = csv.take();
    if (text !== null) upload.mutate(text);
  };

  return (
    <div className="stack">
      <form className="card form" onSubmit={submit} noValidate aria-labelledby="order-import-title">
        <h2 id="order-import-title">{t('boOrders.import.heading')}</h2>
        <p>
          {t('boOrders.import.intro')} <a href="#order-import-format">{t('boOrders.import.formatLink')}</a>
        </p>
        <CsvTextFields
          prefix="order-import"
          csv={csv}
          labels={{
            file: t('boOrders.import.file'),
            fileHint: t('boOrders.import.fileHint'),
            fileUnreadable: t('boOrders.import.fileUnreadable'),
            text: t('boOrders.import.text'),
            textHint: t('boOrders.import.textHint'),
            nothing: t('boOrders.import.nothing'),
          }}
        />
        <FormError error={upload.error} />
        <div className="button-row">
          <SubmitButton pending={upload.isPending} label={t('boOrders.import.submit')} pendingLabel={t('boOrders.import.submitting')} />
        </div>
      </form>
      {upload.data ? <OrderImportReport ref={reportRef} report={upload.data} /> : null}
    </div>
  );
}
