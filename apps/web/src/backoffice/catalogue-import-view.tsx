import type { CatalogImport } from '@hylle/contracts';
import { useFormatters } from '../shared/format.ts';
import type { MessageKey } from '../shared/i18n/nb.ts';
import { useT } from '../shared/i18n/use-t.ts';

export const IMPORT_STATUS_KEYS: Record<CatalogImport['status'], MessageKey> = {
  uploading: 'catalogue.status.uploading',
  queued: 'catalogue.status.queued',
  running: 'catalogue.status.running',
  done: 'catalogue.status.done',
  failed: 'catalogue.status.failed',
};

export const IMPORT_SOURCE_KEYS: Record<CatalogImport['source'], MessageKey> = {
  upload: 'catalogue.source.upload',
  command_line: 'catalogue.source.command_line',
  demo: 'catalogue.source.demo',
};

/** The formats' own names; they are the same in every language. */
export const FORMAT_NAMES: Record<CatalogImport['format'], string> = { onix: 'ONIX 3.0', csv: 'CSV' };

/** Still changing: worth asking again in a second. */
export function isImportActive(status: CatalogImport['status'] | undefined): boolean {
  return status === 'uploading' || status === 'queued' || status === 'running';
}

/** Only the first this many problems of an import are kept (the server's KEPT_PROBLEMS). */
export const KEPT_PROBLEMS = 10_000;

export function ImportStatusBadge({ status }: { status: CatalogImport['status'] }) {
  const t = useT();
  return <span className={`badge badge--import-${status}`}>{t(IMPORT_STATUS_KEYS[status])}</span>;
}

interface ProgressProps {
  id: string;
  label: string;
  /** 0…1, or null while not known (the bar then shows activity, not a figure). */
  fraction: number | null;
  /** What the bar says in words: "45 % (1,2 MB av 2,7 MB)". */
  valueText: string;
}

/** A labelled <progress> whose figure is visible and read out in words. */
export function ProgressBar({ id, label, fraction, valueText }: ProgressProps) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress">
      <div className="progress__head">
        <label htmlFor={id}>{label}</label>
        <span className="progress__figure" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <progress id={id} max={100} value={percent ?? undefined} aria-valuetext={valueText}>
        {valueText}
      </progress>
    </div>
  );
}

/** Reading progress of an import: bytes read of the file's size. */
export function ImportReadProgress({ item, id }: { item: CatalogImport; id: string }) {
  const t = useT();
  const format = useFormatters();
  const done = item.status === 'done';
  const fraction = done ? 1 : item.totalBytes ? item.bytesRead / item.totalBytes : item.status === 'queued' ? 0 : null;
  const valueText =
    fraction === null
      ? t(IMPORT_STATUS_KEYS[item.status])
      : t('catalogue.progressText', {
          percent: format.percent(Math.round(fraction * 10_000)),
          done: format.bytes(done && item.totalBytes ? item.totalBytes : item.bytesRead),
          total: item.totalBytes ? format.bytes(item.totalBytes) : '?',
        });
  return <ProgressBar id={id} label={t('catalogue.importProgress')} fraction={fraction} valueText={valueText} />;
}

/** Added, updated, unchanged, skipped: as they grow during the import, and at its end. */
export function ImportCounts({ item }: { item: CatalogImport }) {
  const t = useT();
  const format = useFormatters();
  const counts: [MessageKey, number][] = [
    ['catalogue.added', item.added],
    ['catalogue.updated', item.updated],
    ['catalogue.unchanged', item.unchanged],
    ['catalogue.skipped', item.skipped],
  ];
  return (
    <dl className="facts import-counts">
      {counts.map(([key, value]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{format.count(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The import's failure in words, with the line where it stopped when known. */
export function useFailureText() {
  const t = useT();
  return (item: CatalogImport) =>
    item.failureLine !== null
      ? t('catalogue.failedAtLine', { file: item.fileName, line: item.failureLine, reason: item.failure ?? '' })
      : t('catalogue.liveFailed', { file: item.fileName, reason: item.failure ?? '' });
}
