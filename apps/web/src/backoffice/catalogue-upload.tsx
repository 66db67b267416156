import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CatalogImport } from '@hylle/contracts';
import { ApiError } from '../shared/api-error.ts';
import { apiGet, uploadFile } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { FormError } from '../shared/ui/form-error.tsx';
import { SelectField } from '../shared/ui/select-field.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { backofficeKeys } from './backoffice-keys.ts';
import { FORMAT_NAMES, ImportCounts, ImportReadProgress, isImportActive, ProgressBar, useFailureText } from './catalogue-import-view.tsx';

type Format = 'auto' | 'onix' | 'csv';

/**
 * A catalogue file goes up in two steps, each with its own bar: the upload (the browser's
 * progress events), then the import on the server (polled every second) with its counts
 * growing as batches land. The page stays usable throughout; leaving it doesn't stop an
 * import that has been received.
 */
export function CatalogueUpload() {
  const t = useT();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [chosenFormat, setChosenFormat] = useState<Format>('auto');
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);

  // An upload still going when the page is left is cancelled (the server discards it).
  useEffect(() => () => abort.current?.abort(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (uploading) return;
    if (!file) {
      setMissingFile(true);
      fileInput.current?.focus();
      return;
    }
    setMissingFile(false);
    setError(null);
    setImportId(null);
    setUploading(true);
    setSent({ loaded: 0, total: file.size });
    const controller = new AbortController();
    abort.current = controller;
    const query = new URLSearchParams({ fileName: file.name });
    if (chosenFormat !== 'auto') query.set('format', chosenFormat);
    try {
      const created = await uploadFile<CatalogImport>(`/api/backoffice/catalogue/imports?${query}`, file, {
        signal: controller.signal,
        onProgress: (loaded, total) => setSent({ loaded, total }),
      });
      setSent({ loaded: file.size, total: file.size });
      queryClient.setQueryData(backofficeKeys.catalogueImport(created.id), created);
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.catalogueImportLists });
      setImportId(created.id);
    } catch (failure) {
      if (!(failure instanceof DOMException && failure.name === 'AbortError')) setError(failure);
    } finally {
      setUploading(false);
      abort.current = null;
    }
  };

  const sentFraction = sent ? (sent.total > 0 ? sent.loaded / sent.total : 1) : 0;
  const sentText = sent
    ? t('catalogue.progressText', {
        percent: format.percent(Math.round(sentFraction * 10_000)),
        done: format.bytes(sent.loaded),
        total: format.bytes(sent.total),
      })
    : '';

  return (
    <div className="stack">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="upload-title">
        <div className={`field${missingFile ? ' field--invalid' : ''}`}>
          <label htmlFor="catalogue-file">{t('catalogue.file')}</label>
          <p id="catalogue-file-hint" className="field__hint">
            {t('catalogue.fileHint')}
          </p>
          <input
            ref={fileInput}
            id="catalogue-file"
            type="file"
            accept=".xml,.onix,.csv,.txt"
            aria-describedby={missingFile ? 'catalogue-file-hint catalogue-file-error' : 'catalogue-file-hint'}
            aria-invalid={missingFile || undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissingFile(false);
            }}
          />
          {missingFile ? (
            <p id="catalogue-file-error" className="field__error">
              {t('catalogue.chooseFile')}
            </p>
          ) : null}
        </div>
        <SelectField
          id="catalogue-format"
          className="field--inline"
          label={t('catalogue.format')}
          hint={t('catalogue.formatHint')}
          value={chosenFormat}
          options={[
            { value: 'auto', label: t('catalogue.formatAuto') },
            { value: 'onix', label: FORMAT_NAMES.onix },
            { value: 'csv', label: FORMAT_NAMES.csv },
          ]}
          onChange={(value) => setChosenFormat(value as Format)}
        />
        <FormError error={error} message={error instanceof ApiError && error.code === 'conflict' ? t('catalogue.uploadDiscarded') : undefined} />
        <div className="button-row">
          <SubmitButton pending={uploading} label={t('catalogue.upload')} pendingLabel={t('catalogue.uploading')} />
        </div>
      </form>

      {sent ? (
        <section className="import-progress" aria-labelledby="import-progress-title">
          <h3 id="import-progress-title">{t('catalogue.progressTitle', { file: file?.name ?? '' })}</h3>
          <ProgressBar id="upload-progress" label={t('catalogue.uploadProgress')} fraction={sentFraction} valueText={sentText} />
          {importId ? (
            <ImportTracker id={importId} />
          ) : (
            <p role="status" className="status-line">
              {uploading && file ? t('catalogue.liveUploading', { file: file.name }) : ''}
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}

/** Polls one import every second while it runs; the history is refreshed when it ends. */
function ImportTracker({ id }: { id: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const item = useQuery({
    queryKey: backofficeKeys.catalogueImport(id),
    queryFn: ({ signal }) => apiGet<CatalogImport>(`/api/backoffice/catalogue/imports/${encodeURIComponent(id)}`, signal),
    refetchInterval: (query) => (isImportActive(query.state.data?.status) ? 1000 : false),
  });
  const status = item.data?.status;
  const finished = status === 'done' || status === 'failed';

  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: backofficeKeys.catalogueImportLists });
  }, [finished, queryClient]);

  if (!item.data) return null;
  const current = item.data;
  // Said once per phase, not at every poll: the counts below change too often to be read out.
  const phase =
    current.status === 'done'
      ? t('catalogue.liveDone', {
          file: current.fileName,
          added: current.added,
          updated: current.updated,
          unchanged: current.unchanged,
          skipped: current.skipped,
        })
      : current.status === 'running'
        ? t('catalogue.liveRunning', { file: current.fileName })
        : current.status === 'failed'
          ? ''
          : t('catalogue.liveQueued', { file: current.fileName });

  return (
    <>
      <ImportReadProgress id="import-read-progress" item={current} />
      <p role="status" className={current.status === 'done' ? 'notice notice--success' : 'status-line'}>
        {phase}
      </p>
      {current.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{failureText(current)}</p>
        </div>
      ) : null}
      <ImportCounts item={current} />
      <p>
        <Link to={`/backoffice/catalogue/imports/${current.id}`}>{t('catalogue.seeDetails')}</Link>
      </p>
    </>
  );
}
