import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderImportReport as Report } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope } from '../../shared/ui/action-scope.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
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
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [fileError, setFileError] = useState(false);
  const [empty, setEmpty] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
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

  const readFile = async (file: File | undefined) => {
    setFileNote('');
    setFileError(false);
    if (!file) return;
    try {
      const content = (await file.text()).replace(/^\uFEFF/, '');
      setText(content);
      setEmpty(false);
      const rows = content.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
      setFileNote(t('boOrders.import.fileRead', { file: file.name, rows: Math.max(0, rows - 1) }));
    } catch {
      setFileError(true);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    scope.begin();
    if (text.trim() === '') {
      setEmpty(true);
      textRef.current?.focus();
      return;
    }
    setEmpty(false);
    upload.mutate(text);
  };

  const textDescribedBy = ['order-import-text-hint', empty ? 'order-import-text-error' : null].filter(Boolean).join(' ');
  return (
    <div className="stack">
      <form className="card form" onSubmit={submit} noValidate aria-labelledby="order-import-title">
        <h2 id="order-import-title">{t('boOrders.import.heading')}</h2>
        <p>
          {t('boOrders.import.intro')} <a href="#order-import-format">{t('boOrders.import.formatLink')}</a>
        </p>
        <div className={`field${fileError ? ' field--invalid' : ''}`}>
          <label htmlFor="order-import-file">{t('boOrders.import.file')}</label>
          <p id="order-import-file-hint" className="field__hint">
            {t('boOrders.import.fileHint')}
          </p>
          <input
            id="order-import-file"
            type="file"
            accept=".csv,.txt,text/csv"
            aria-describedby={fileError ? 'order-import-file-hint order-import-file-error' : 'order-import-file-hint'}
            aria-invalid={fileError || undefined}
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
          {fileError ? (
            <p id="order-import-file-error" className="field__error">
              {t('boOrders.import.fileUnreadable')}
            </p>
          ) : null}
        </div>
        <p role="status" className="status-idle">
          {fileNote}
        </p>
        <div className={`field${empty ? ' field--invalid' : ''}`}>
          <label htmlFor="order-import-text">{t('boOrders.import.text')}</label>
          <p id="order-import-text-hint" className="field__hint">
            {t('boOrders.import.textHint')}
          </p>
          <textarea
            ref={textRef}
            id="order-import-text"
            className="csv-input"
            rows={8}
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFileNote('');
            }}
            aria-invalid={empty || undefined}
            aria-describedby={textDescribedBy}
          />
          {empty ? (
            <p id="order-import-text-error" className="field__error">
              {t('boOrders.import.nothing')}
            </p>
          ) : null}
        </div>
        <FormError error={upload.error} />
        <div className="button-row">
          <SubmitButton pending={upload.isPending} label={t('boOrders.import.submit')} pendingLabel={t('boOrders.import.submitting')} />
        </div>
      </form>
      {upload.data ? <OrderImportReport ref={reportRef} report={upload.data} /> : null}
    </div>
  );
}
