import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { distributionCodes, distributionFields, type DistributionList } from './distribution.schema.ts';

export type RulesRow =
  | { kind: 'code'; list: DistributionList; name: string; required: boolean; maxLength: number }
  | { kind: 'field'; list: null; name: string; required: boolean; maxLength: number };

/**
 * The account's active codes and fields in one round trip: the cart reads them on every
 * change. Fields come in their order (position, then age), after the codes.
 */
export async function activeRulesRows(tx: Tx, accountId: string): Promise<RulesRow[]> {
  const result = await tx.execute<{ kind: 'code' | 'field'; list: DistributionList | null; name: string; required: boolean; max_length: number }>(sql`
    SELECT kind, list, name, required, max_length FROM (
      SELECT 'code' AS kind, ${distributionCodes.list} AS list, ${distributionCodes.code} AS name, false AS required, 0 AS max_length,
             0 AS position, ${distributionCodes.createdAt} AS created_at
      FROM ${distributionCodes} WHERE ${distributionCodes.accountId} = ${accountId} AND ${distributionCodes.removedAt} IS NULL
      UNION ALL
      SELECT 'field', NULL, ${distributionFields.name}, ${distributionFields.required}, ${distributionFields.maxLength},
             ${distributionFields.position}, ${distributionFields.createdAt}
      FROM ${distributionFields} WHERE ${distributionFields.accountId} = ${accountId} AND ${distributionFields.removedAt} IS NULL
    ) rules
    ORDER BY kind, position, created_at`);
  return result.rows.map((r) => ({ kind: r.kind, list: r.list, name: r.name, required: r.required, maxLength: Number(r.max_length) }) as RulesRow);
}
