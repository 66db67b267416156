import type { Result } from '../../kernel/result.ts';
import type { Tx } from '../../platform/db.ts';
import { activeRulesRows } from './distribution-rules.repo.ts';
import { judgeDistributionChoice, type DistributionChoice, type DistributionFailure, type DistributionRules } from './domain/distribution-rules.ts';

const keyOfList = { department: 'department', shelf_location: 'shelfLocation', material_type: 'materialType' } as const;

/** The account's active codes and fields, for judging many lines at once (the cart). */
export async function loadDistributionRules(tx: Tx, accountId: string): Promise<DistributionRules> {
  const codes = { department: new Set<string>(), shelfLocation: new Set<string>(), materialType: new Set<string>() };
  const fields: { name: string; required: boolean; maxLength: number }[] = [];
  for (const row of await activeRulesRows(tx, accountId)) {
    if (row.kind === 'code') codes[keyOfList[row.list]].add(row.name);
    else fields.push({ name: row.name, required: row.required, maxLength: row.maxLength });
  }
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
