import type { DistributionCode, DistributionField } from '@hylle/contracts';
import type { DistributionCodeRow } from './distribution-codes.repo.ts';
import type { DistributionFieldRow } from './distribution-fields.repo.ts';
import { distributionLists } from './distribution.schema.ts';

/** Rows to the shapes of the API contracts. */
export const toDistributionCode = (row: DistributionCodeRow): DistributionCode => ({ id: row.id, list: row.list, code: row.code, label: row.label });

export const toDistributionField = (row: DistributionFieldRow): DistributionField => ({
  id: row.id,
  name: row.name,
  required: row.required,
  maxLength: row.maxLength,
});

/** Lists in the order a line shows them (department, shelf location, material type), each by code. */
export const byListThenCode = (a: DistributionCode, b: DistributionCode): number =>
  distributionLists.indexOf(a.list) - distributionLists.indexOf(b.list) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
