import type { CatalogImport } from '@hylle/contracts';
import type { CatalogImportRow } from './catalog-imports.repo.ts';

export function importView(row: CatalogImportRow, startedBy: string | null = null): CatalogImport {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    source: row.source,
    status: row.status,
    startedBy,
    totalBytes: row.totalBytes,
    bytesRead: row.bytesRead,
    added: row.added,
    updated: row.updated,
    unchanged: row.unchanged,
    skipped: row.skipped,
    failure: row.failure,
    failureLine: row.failureLine,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
