import type { CsvImportReport } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { borrowerIdByCard, insertBorrower, setBorrowerGroups, updateBorrower } from './borrowers.repo.ts';
import { parseBorrowerCsv, type CsvProblem } from './domain/library-csv.ts';
import { listBorrowerGroups } from './policy.repo.ts';

/**
 * Borrowers from a CSV file, all or nothing: a file with any line that cannot be read or
 * names an unknown group changes nothing and reports every such line. A known card number
 * is updated (name, groups, blocked); a new one is added.
 */
export async function importBorrowers(ctx: AppContext, libraryId: string, text: string): Promise<Result<CsvImportReport>> {
  return inTransaction(ctx.db, async (tx) => {
    const parsed = parseBorrowerCsv(text);
    if (!parsed.ok) return ok({ added: 0, updated: 0, problems: parsed.problems ?? [] });
    const groupsByName = new Map((await listBorrowerGroups(tx, libraryId)).map((g) => [g.name.toLowerCase(), g.id]));
    const problems: CsvProblem[] = parsed.value.flatMap((row) =>
      row.groupNames.filter((name) => !groupsByName.has(name.toLowerCase())).map((name) => ({ line: row.line, message: `No borrower group is called "${name}"` })),
    );
    if (problems.length > 0) return ok({ added: 0, updated: 0, problems });
    let added = 0;
    let updated = 0;
    for (const row of parsed.value) {
      const values = { cardNumber: row.cardNumber, name: row.name, blocked: row.blocked };
      let id = await borrowerIdByCard(tx, libraryId, row.cardNumber);
      if (id) {
        await updateBorrower(tx, libraryId, id, values);
        updated += 1;
      } else {
        id = await insertBorrower(tx, libraryId, values, ctx.clock.now());
        if (!id) throw new Error(`card number ${row.cardNumber} was taken during the import`);
        added += 1;
      }
      await setBorrowerGroups(tx, id, row.groupNames.map((name) => groupsByName.get(name.toLowerCase())!));
    }
    return ok({ added, updated, problems: [] });
  });
}
