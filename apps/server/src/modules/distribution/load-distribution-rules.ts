import type { DistributionDefaults } from '@hylle/contracts';
import type { Result } from '../../kernel/result.ts';
import type { Tx } from '../../platform/db.ts';
import { activeRulesRows, rulesRowsOf, type RulesRow, type RulesTuple } from './distribution-rules.repo.ts';
import { judgeDistributionChoice, type DistributionChoice, type DistributionFailure, type DistributionRules } from './domain/distribution-rules.ts';

const keyOfList = { department: 'department', shelf_location: 'shelfLocation', material_type: 'materialType' } as const;

/** The account's active codes and fields, for judging many lines at once (the cart). */
export async function loadDistributionRules(tx: Tx, accountId: string): Promise<DistributionRules> {
  return (await rulesAndDefaults(tx, accountId, null)).rules;
}

const defaultKey = { department: 'department', shelf_location: 'shelfLocation', material_type: 'materialType', budget_code: 'budgetCodeId' } as const;

async function rulesAndDefaults(tx: Tx, accountId: string, userId: string | null) {
  return contextOf(await activeRulesRows(tx, accountId, userId));
}

/**
 * The rules and the member's defaults from what `distributionRulesJson` gave, for a module
 * that read them in its own statement (the cart reads them with the terms and budget codes).
 */
export function distributionContextOf(tuples: RulesTuple[]): { rules: DistributionRules; defaults: DistributionDefaults } {
  return contextOf(rulesRowsOf(tuples));
}

function contextOf(rows: RulesRow[]): { rules: DistributionRules; defaults: DistributionDefaults } {
  const codes = { department: new Set<string>(), shelfLocation: new Set<string>(), materialType: new Set<string>() };
  const fields: { name: string; required: boolean; maxLength: number }[] = [];
  const defaults: DistributionDefaults = { department: null, shelfLocation: null, materialType: null, budgetCodeId: null };
  for (const row of rows) {
    if (row.kind === 'code') codes[keyOfList[row.list]].add(row.name);
    else if (row.kind === 'field') fields.push({ name: row.name, required: row.required, maxLength: row.maxLength });
    else defaults[defaultKey[row.list]] = row.name;
  }
  return { rules: { codes, fields }, defaults };
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
