import type { CsvImportReport } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { parseItemCsv, type CsvProblem } from './domain/library-csv.ts';
import { findItemByBarcode, insertItem, updateItemFromImport } from './items.repo.ts';
import { listMaterialGroups } from './policy.repo.ts';

/**
 * Items from a CSV file, all or nothing, like borrowers: every item names its material group
 * (LIB-1). A known barcode is updated; its loans stay as they are.
 */
export async function importItems(ctx: AppContext, libraryId: string, text: string): Promise<Result<CsvImportReport>> {
  return inTransaction(ctx.db, async (tx) => {
    const parsed = parseItemCsv(text);
    if (!parsed.ok) return ok({ added: 0, updated: 0, problems: parsed.problems ?? [] });
    const groupsByName = new Map((await listMaterialGroups(tx, libraryId)).map((g) => [g.name.toLowerCase(), g.id]));
    const problems: CsvProblem[] = parsed.value.flatMap((row) =>
      groupsByName.has(row.materialGroupName.toLowerCase()) ? [] : [{ line: row.line, message: `No material group is called "${row.materialGroupName}"` }],
    );
    if (problems.length > 0) return ok({ added: 0, updated: 0, problems });
    let added = 0;
    let updated = 0;
    for (const row of parsed.value) {
      const values = { title: row.title, materialGroupId: groupsByName.get(row.materialGroupName.toLowerCase())!, department: row.department, shelfLocation: row.shelfLocation };
      if (await findItemByBarcode(tx, libraryId, row.barcode, { lock: true })) {
        await updateItemFromImport(tx, libraryId, row.barcode, values);
        updated += 1;
      } else {
        if (!(await insertItem(tx, libraryId, { barcode: row.barcode, ...values }, ctx.clock.now()))) throw new Error(`barcode ${row.barcode} was taken during the import`);
        added += 1;
      }
    }
    return ok({ added, updated, problems: [] });
  });
}
