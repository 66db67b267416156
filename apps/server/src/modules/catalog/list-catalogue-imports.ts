import type { CatalogImport, CatalogImportList, ImportProblem } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findImport, listImports, listProblems } from './catalog-imports.repo.ts';
import { importView } from './import-views.ts';
import { countProducts } from './products.repo.ts';
import { userNames } from './user-names.repo.ts';

/** The backoffice's import history, newest first, with the catalogue's size. */
export async function listCatalogueImports(ctx: AppContext, page: { limit: number; offset: number }): Promise<Result<CatalogImportList>> {
  return inTransaction(ctx.db, async (tx) => {
    const { rows, total } = await listImports(tx, page);
    const names = await userNames(tx, rows.flatMap((row) => (row.startedBy ? [row.startedBy] : [])));
    return ok({
      items: rows.map((row) => importView(row, row.startedBy ? (names.get(row.startedBy) ?? null) : null)),
      total,
      products: await countProducts(tx),
    });
  });
}

/** One import with its progress: the backoffice polls this while it runs. */
export async function getImport(ctx: AppContext, id: string): Promise<Result<CatalogImport, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await findImport(tx, id);
    if (!row) return err('not_found', 'No such import');
    const names = await userNames(tx, row.startedBy ? [row.startedBy] : []);
    return ok(importView(row, row.startedBy ? (names.get(row.startedBy) ?? null) : null));
  });
}

/** The records an import skipped: where (line, record reference) and why. */
export async function listImportProblems(
  ctx: AppContext,
  id: string,
  page: { limit: number; offset: number },
): Promise<Result<{ items: ImportProblem[]; total: number }, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await findImport(tx, id);
    if (!row) return err('not_found', 'No such import');
    return ok({ items: await listProblems(tx, id, page), total: row.skipped });
  });
}
