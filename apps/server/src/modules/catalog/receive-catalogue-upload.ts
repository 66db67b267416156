import { eq } from 'drizzle-orm';
import type { CatalogImport } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { appendChunk, findImport, insertImport, markUploaded } from './catalog-imports.repo.ts';
import { catalogImports } from './catalog.schema.ts';
import { importView } from './import-views.ts';
import type { ImportFormat } from './run-catalogue-import.ts';

/** Pieces of the file as stored: small enough to hold one in memory, large enough to be few. */
const CHUNK_BYTES = 1024 * 1024;

export type UploadFailure = 'payload_too_large' | 'empty_file' | 'unsupported_file' | 'conflict';

/** ONIX or CSV from the name, else from the first character: XML starts with '<' (after a BOM). */
export function detectFormat(fileName: string, firstBytes: Buffer): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (/\.(xml|onix)$/.test(lower)) return 'onix';
  if (/\.(csv|txt|tsv)$/.test(lower)) return 'csv';
  const text = firstBytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return 'onix';
  return text.length > 0 ? 'csv' : null;
}

/**
 * Staff upload a catalogue file (ONIX or CSV). It is stored in the database piece by piece
 * as it arrives — no request holds a transaction open while a slow upload trickles in — and
 * becomes a queued import only once it is complete; an aborted upload leaves nothing
 * behind. Any server process then runs it (`CatalogImportRunner`).
 */
export async function receiveCatalogueUpload(
  ctx: AppContext,
  actor: Actor,
  file: { fileName: string; format: ImportFormat | undefined; body: AsyncIterable<Buffer>; maxBytes: number },
): Promise<Result<CatalogImport, UploadFailure>> {
  const row = await insertImport(ctx.db, {
    fileName: file.fileName,
    format: file.format ?? 'onix',
    source: 'upload',
    status: 'uploading',
    startedBy: actor.userId,
    totalBytes: null,
    at: ctx.clock.now(),
  });
  const discard = () => ctx.db.delete(catalogImports).where(eq(catalogImports.id, row.id));
  let format = file.format;
  let total = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const store = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (format === undefined) format = detectFormat(file.fileName, data.subarray(0, 64)) ?? undefined;
    await appendChunk(ctx.db, row.id, seq, data);
    seq += 1;
  };
  try {
    for await (const piece of file.body) {
      total += piece.byteLength;
      if (total > file.maxBytes) {
        await discard();
        return err('payload_too_large', `The file is larger than the limit of ${Math.round(file.maxBytes / 1024 / 1024)} MB`);
      }
      pending.push(piece);
      pendingBytes += piece.byteLength;
      if (pendingBytes >= CHUNK_BYTES) await store();
    }
    await store();
  } catch (error) {
    await discard();
    throw error;
  }
  if (total === 0) {
    await discard();
    return err('empty_file', 'The file is empty');
  }
  if (format === undefined) {
    await discard();
    return err('unsupported_file', 'This is neither an ONIX (XML) nor a CSV file');
  }
  const chosen = format;
  return inTransaction(ctx.db, async (tx) => {
    await tx.update(catalogImports).set({ format: chosen }).where(eq(catalogImports.id, row.id));
    if (!(await markUploaded(tx, row.id, total))) return err('conflict', 'The upload took too long and was discarded; upload the file again');
    await writeAudit(
      tx,
      { actor, action: 'catalogue.import_uploaded', accountId: null, before: null, after: { fileName: file.fileName, format: chosen, bytes: total } },
      ctx.clock.now(),
    );
    const queued = await findImport(tx, row.id);
    return queued ? ok(importView(queued, null)) : err('conflict', 'The upload was discarded; upload the file again');
  });
}
