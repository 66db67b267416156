import type { Result } from '../../kernel/result.ts';
import type { Tx } from '../../platform/db.ts';
import { listActiveCodes } from './distribution-codes.repo.ts';
import { listActiveFields } from './distribution-fields.repo.ts';
import { judgeDistributionChoice, type DistributionChoice, type DistributionFailure, type DistributionRules } from './domain/distribution-rules.ts';

const keyOfList = { department: 'department', shelf_location: 'shelfLocation', material_type: 'materialType' } as const;

/** The account's active codes and fields, for judging many lines at once (the cart). */
export async function loadDistributionRules(tx: Tx, accountId: string): Promise<DistributionRules> {
  const codes = { department: new Set<string>(), shelfLocation: new Set<string>(), materialType: new Set<string>() };
  for (const row of await listActiveCodes(tx, accountId)) codes[keyOfList[row.list]].add(row.code);
  const fields = (await listActiveFields(tx, accountId)).map((f) => ({ name: f.name, required: f.required, maxLength: f.maxLength }));
  return { codes, fields };
}

/** One line's distribution info against the account's lists, inside the caller's transaction. */
export async function checkDistributionChoice(
  tx: Tx,
  accountId: string,
  choice: DistributionChoice,
  options: { complete: boolean },
): Promise<Result<DistributionChoice, DistributionFailure>> {
  return judgeDistributionChoice(await loadDistributionRules(tx, accountId), choice, options);
}
