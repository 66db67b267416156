import { sql, type SQL } from 'drizzle-orm';
import { reusableSql, type Runner } from '../../platform/prepared.ts';
import { distributionCodes, distributionDefaults, distributionFields, type DistributionList } from './distribution.schema.ts';

/** A member's default for one of their new lines' values. */
export type DefaultKey = DistributionList | 'budget_code';

export type RulesRow =
  | { kind: 'code'; list: DistributionList; name: string; required: boolean; maxLength: number }
  | { kind: 'field'; list: null; name: string; required: boolean; maxLength: number }
  | { kind: 'default'; list: DefaultKey; name: string; required: boolean; maxLength: number };

/**
 * The account's active codes and fields, and the member's defaults (one row per value they
 * chose): the cart reads them on every change. Fields come in their order (position, then
 * age), after the codes.
 */
const rulesSource = (accountId: SQL, userId: SQL) => sql`
  SELECT 'code' AS kind, ${distributionCodes.list}::text AS list, ${distributionCodes.code} AS name, false AS required, 0 AS max_length,
         0 AS position, ${distributionCodes.createdAt} AS created_at
  FROM ${distributionCodes}
  WHERE ${distributionCodes.accountId} = ${accountId} AND ${distributionCodes.removedAt} IS NULL
  UNION ALL
  SELECT 'field', NULL, ${distributionFields.name}, ${distributionFields.required}, ${distributionFields.maxLength},
         ${distributionFields.position}, ${distributionFields.createdAt}
  FROM ${distributionFields}
  WHERE ${distributionFields.accountId} = ${accountId} AND ${distributionFields.removedAt} IS NULL
  UNION ALL
  SELECT 'default', chosen.key, chosen.value, false, 0, 0, ${distributionDefaults.updatedAt}
  FROM ${distributionDefaults}
  CROSS JOIN LATERAL (VALUES
    ('department', ${distributionDefaults.department}),
    ('shelf_location', ${distributionDefaults.shelfLocation}),
    ('material_type', ${distributionDefaults.materialType}),
    ('budget_code', ${distributionDefaults.budgetCodeId}::text)
  ) AS chosen (key, value)
  WHERE ${distributionDefaults.accountId} = ${accountId} AND ${distributionDefaults.userId} = ${userId} AND chosen.value IS NOT NULL`;

/** A rules row as JSON gives it: [kind, list, name, required, max_length]. */
export type RulesTuple = [RulesRow['kind'], RulesRow['list'], string, boolean, number];

/**
 * The same rows as one JSON array, in order, for a module that reads them together with its
 * own in one statement (the cart, with the terms and budget codes). Read them with `rulesRowsOf`.
 */
export const distributionRulesJson = (accountId: SQL, userId: SQL) => sql<RulesTuple[]>`(
  SELECT coalesce(json_agg(json_build_array(kind, list, name, required, max_length) ORDER BY kind, position, created_at), '[]'::json)
  FROM (${rulesSource(accountId, userId)}) rules)`;

export const rulesRowsOf = (tuples: RulesTuple[]): RulesRow[] =>
  tuples.map(([kind, list, name, required, maxLength]) => ({ kind, list, name, required, maxLength }) as RulesRow);

const rulesStatement = reusableSql<{ rules: RulesTuple[] }>(
  'distribution_rules_rows',
  sql`SELECT ${distributionRulesJson(sql`${sql.placeholder('accountId')}::uuid`, sql`${sql.placeholder('userId')}::uuid`)} AS rules`,
);

/** `userId` null: the account's lists only. */
export async function activeRulesRows(runner: Runner, accountId: string, userId: string | null): Promise<RulesRow[]> {
  const [row] = await rulesStatement(runner, { accountId, userId });
  return rulesRowsOf(row?.rules ?? []);
}
