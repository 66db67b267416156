import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CsvImportReport } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope } from '../../shared/ui/action-scope.tsx';
import { CsvTextFields } from '../../shared/ui/csv-text-fields.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { useCsvText } from '../../shared/ui/use-csv-text.ts';
import { useFocusRequest } from '../../backoffice/orders/use-focus-request.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import { csvPreview } from './csv-preview.ts';
import { CsvImportReportView } from './csv-import-report.tsx';

export interface CsvKind {
  id: 'borrowers' | 'items';
  path: string;
  title: string;
  intro: string;
  /** The columns in file order, as the page names them. */
  columns: readonly string[];
  /** The first cell of a header line, in any of the import's languages. */
  header: RegExp;
  example: string;
}

/**
 * A CSV import (borrowers or items): a chosen file is read into the text box, where it can
 * be checked or corrected, or rows are pasted there. Its first rows are shown split into the
 * expected columns before anything is sent; the import is all or nothing and answers with
 * what it added and updated, or every line it could not take.
 */
export function CsvImportForm({ libraryId, kind }: { libraryId: string; kind: CsvKind }) {
  const t = useT();
  const format = useFormatters();
  const scope = useActionScope();
  const queryClient = useQueryClient();
  const csv = useCsvText((file, content) => t('libDesk.import.fileRead', { file, rows: format.count(csvPreview(content, kind.columns.length, kind.header).total) }));
  const [reportRef, focusReport] = useFocusRequest<HTMLElement>();
  const prefix = `import-${kind.id}`;
  const preview = csvPreview(csv.text, kind.columns.length, kind.header);

  const upload = useMutation({
    mutationFn: (content: string) => apiPost<CsvImportReport>(libraryApi(libraryId, kind.path), { text: content }),
    onSuccess: (report) => {
      if (report.added + report.updated > 0) {
        void queryClient.invalidateQueries({ queryKey: libraryKeys.all(libraryId) });
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
    <section className="stack" aria-labelledby={`${prefix}-title`}>
      <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`} aria-busy={upload.isPending || undefined}>
        <h2 id={`${prefix}-title`}>{kind.title}</h2>
        <p>{kind.intro}</p>
        <p className="field__hint">{t('libDesk.import.columns', { columns: kind.columns.join(';') })}</p>
        <p className="field__hint">{t('libDesk.import.example')}</p>
        <pre className="csv-example">{kind.example}</pre>
        <CsvTextFields
          prefix={prefix}
          csv={csv}
          labels={{
            file: t('libDesk.import.file'),
            fileUnreadable: t('libDesk.import.fileUnreadable'),
            text: t('libDesk.import.text'),
            textHint: t('libDesk.import.textHint'),
            nothing: t('libDesk.import.nothing'),
          }}
        />
        {preview.total > 0 ? <CsvPreviewTable kind={kind} preview={preview} /> : null}
        <FormError error={upload.error} />
        <div className="button-row">
          <SubmitButton pending={upload.isPending} label={t('libDesk.import.submit')} pendingLabel={t('libDesk.import.submitting')} />
        </div>
        <p role="status" className={upload.isPending ? 'loading' : 'status-idle'}>
          {upload.isPending ? (
            <>
              <span className="loading__spinner" aria-hidden="true" />
              {t('libDesk.import.progress', { rows: format.count(preview.total) })}
            </>
          ) : null}
        </p>
      </form>
      {upload.data ? <CsvImportReportView ref={reportRef} id={prefix} report={upload.data} /> : null}
    </section>
  );
}

function CsvPreviewTable({ kind, preview }: { kind: CsvKind; preview: ReturnType<typeof csvPreview> }) {
  const t = useT();
  const format = useFormatters();
  const title = t('libDesk.import.previewTitle', { shown: preview.rows.length, total: format.count(preview.total) });
  return (
    <div className="stack csv-preview">
      <h3>{title}</h3>
      {preview.hasHeader ? <p className="field__hint">{t('libDesk.import.headerSkipped')}</p> : null}
      {preview.wrongWidth.length > 0 ? (
        <p className="field__warning">
          {t('libDesk.import.wrongWidth', { lines: preview.wrongWidth.slice(0, 10).join(', '), columns: kind.columns.length })}
        </p>
      ) : null}
      <TableScroll label={title}>
        <table className="import-columns">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('libDesk.import.line')}
              </th>
              {kind.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <td className="numeric">{row.line}</td>
                {kind.columns.map((column, index) => (
                  <td key={column}>{row.cells[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
