import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { coverSvg } from './domain/cover-svg.ts';
import { productById } from './products.repo.ts';

/** A drawn cover for a product without the publisher's (no network: covers are generated). */
export async function drawCover(ctx: AppContext, id: string): Promise<Result<{ svg: string; etag: string }, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await productById(tx, id);
    if (!row) return err('not_found', 'No such product');
    const svg = coverSvg({
      title: row.title,
      contributor: row.contributors[0]?.name ?? null,
      form: row.form as Parameters<typeof coverSvg>[0]['form'],
      isbn: row.isbn,
      seriesName: row.seriesName,
    });
    return ok({ svg, etag: `"${row.contentHash}"` });
  });
}
