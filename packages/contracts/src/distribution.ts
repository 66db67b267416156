import { z } from 'zod';
import { Id } from './common.ts';

/** Distribution info (INT-1): the account's code lists and free extra fields, filled in per cart line. */

export const DistributionList = z.enum(['department', 'shelf_location', 'material_type']);
export type DistributionList = z.infer<typeof DistributionList>;

/** As libraries write them on spine labels and in their systems: VOKSEN, BARN, KRIM, BOK. */
export const DistributionCodeText = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Give the code')
  .max(20, 'At most 20 characters')
  .regex(/^[A-Z0-9ÆØÅ_.\- ]+$/, 'Letters (A–Z, Æ, Ø, Å), digits, space, ., - and _ only');

export const DistributionCode = z.object({ id: Id, list: DistributionList, code: z.string(), label: z.string() });
export type DistributionCode = z.infer<typeof DistributionCode>;

export const DistributionCodeBody = z
  .object({ list: DistributionList, code: DistributionCodeText, label: z.string().trim().max(80, 'At most 80 characters').default('') })
  .strict();
export type DistributionCodeBody = z.infer<typeof DistributionCodeBody>;

export const DistributionField = z.object({ id: Id, name: z.string(), required: z.boolean(), maxLength: z.number().int() });
export type DistributionField = z.infer<typeof DistributionField>;

export const DistributionFieldBody = z
  .object({
    name: z.string().trim().min(1, 'Give the field a name').max(40, 'At most 40 characters'),
    required: z.boolean().default(false),
    maxLength: z.number().int().min(1).max(200).default(60),
  })
  .strict();
export type DistributionFieldBody = z.infer<typeof DistributionFieldBody>;

/** A free extra field's value on a cart or order line, by the field's name. */
export const ExtraFieldValue = z.object({ name: z.string().trim().min(1).max(40), value: z.string().trim().max(200) });
export type ExtraFieldValue = z.infer<typeof ExtraFieldValue>;

/** What a buyer's new cart lines start with. Null: nothing chosen. */
export const DistributionDefaults = z
  .object({
    department: z.string().trim().toUpperCase().max(20).nullable(),
    shelfLocation: z.string().trim().toUpperCase().max(20).nullable(),
    materialType: z.string().trim().toUpperCase().max(20).nullable(),
    budgetCodeId: Id.nullable(),
  })
  .strict();
export type DistributionDefaults = z.infer<typeof DistributionDefaults>;

/** Everything a member needs to fill in and read distribution info, and their own defaults. */
export const DistributionSettings = z.object({
  codes: z.array(DistributionCode),
  fields: z.array(DistributionField),
  defaults: DistributionDefaults,
});
export type DistributionSettings = z.infer<typeof DistributionSettings>;
