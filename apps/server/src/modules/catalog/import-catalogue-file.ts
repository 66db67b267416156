import type { Actor } from '../../platform/audit.repo.ts';
import { insertImport } from './catalog-imports.repo.ts';
import { IMPORT_LEASE_MS, runCatalogueImport, type ImportFormat, type ImportOutcome, type ImportRunContext } from './run-catalogue-import.ts';

/**
 * An import that does not go through an upload: the command line (`npm run import:onix`)
 * and the demo catalogue. It is recorded like any other, so the backoffice lists it.
 */
export async function importCatalogueFile(
  ctx: ImportRunContext,
  file: {
    fileName: string;
    format: ImportFormat;
    source: 'command_line' | 'demo';
    body: AsyncIterable<Uint8Array>;
    totalBytes: number | null;
    startedBy?: Actor | null;
  },
  hooks: { afterBatch?: () => void } = {},
): Promise<ImportOutcome & { importId: string }> {
  const now = ctx.clock.now();
  const row = await insertImport(ctx.db, {
    fileName: file.fileName,
    format: file.format,
    source: file.source,
    status: 'running',
    startedBy: file.startedBy?.userId ?? null,
    totalBytes: file.totalBytes,
    leaseUntil: new Date(now.getTime() + IMPORT_LEASE_MS),
    at: now,
  });
  const outcome = await runCatalogueImport(ctx, row.id, file.format, file.body, hooks);
  return { ...outcome, importId: row.id };
}
