import { z } from 'zod';
import { Id } from './common.ts';
import { Amounts, AvailabilityStatus, PriceView } from './catalog.ts';
import { ExtraFieldValue } from './distribution.ts';

/** The cart (CHK-1): one per user and account, on the server. */

const codeOrNull = z.string().trim().toUpperCase().max(20).nullable();

/** The library's values for a line: budget code and distribution info (CHK-1, CHK-4, INT-1). */
export const CartLineValues = z
  .object({
    quantity: z.number().int('Whole copies').min(1, 'At least 1 copy').max(9999, 'At most 9999 copies'),
    lineReference: z.string().trim().max(60, 'At most 60 characters').default(''),
    budgetCodeId: Id.nullable().default(null),
    department: codeOrNull.default(null),
    shelfLocation: codeOrNull.default(null),
    materialType: codeOrNull.default(null),
    extraFields: z.array(ExtraFieldValue).max(20).default([]),
  })
  .strict();
export type CartLineValues = z.infer<typeof CartLineValues>;

/** A new line; values left out come from the buyer's distribution defaults. */
export const AddCartLineBody = z
  .object({
    productId: Id,
    quantity: z.number().int('Whole copies').min(1, 'At least 1 copy').max(9999, 'At most 9999 copies').default(1),
    lineReference: z.string().trim().max(60, 'At most 60 characters').optional(),
    budgetCodeId: Id.nullable().optional(),
    department: codeOrNull.optional(),
    shelfLocation: codeOrNull.optional(),
    materialType: codeOrNull.optional(),
    extraFields: z.array(ExtraFieldValue).max(20).optional(),
  })
  .strict();
export type AddCartLineBody = z.infer<typeof AddCartLineBody>;

/** Changes one line: every value is replaced (PUT). */
export const UpdateCartLineBody = CartLineValues;
export type UpdateCartLineBody = z.infer<typeof UpdateCartLineBody>;

/** Why a line cannot be ordered as it stands. */
export const CartLineProblem = z.enum(['unavailable', 'no_price', 'budget_code_gone', 'distribution_invalid', 'required_field_missing']);
export type CartLineProblem = z.infer<typeof CartLineProblem>;

export const CartLine = z.object({
  id: Id,
  product: z.object({
    id: Id,
    isbn: z.string(),
    title: z.string(),
    contributor: z.string(),
    form: z.string(),
    coverUrl: z.string(),
    availability: AvailabilityStatus,
  }),
  quantity: z.number().int(),
  lineReference: z.string(),
  budgetCodeId: Id.nullable(),
  budgetCode: z.string().nullable(),
  department: z.string().nullable(),
  shelfLocation: z.string().nullable(),
  materialType: z.string().nullable(),
  extraFields: z.array(ExtraFieldValue),
  /** The price of one copy with the discount of the line's budget code or the account; null without a price. */
  price: PriceView.nullable(),
  /** The whole line; null without a price. */
  lineAmounts: Amounts.nullable(),
  problems: z.array(CartLineProblem),
});
export type CartLine = z.infer<typeof CartLine>;

/** What one budget code has left once this cart is ordered (CHK-4): on the discounted price, VAT included. */
export const CartBudget = z.object({
  budgetCodeId: Id,
  code: z.string(),
  remainingMinor: z.number().int(),
  inCartMinor: z.number().int(),
  remainingAfterCartMinor: z.number().int(),
});
export type CartBudget = z.infer<typeof CartBudget>;

export const VatTotal = z.object({ vatRateBp: z.number().int(), net: z.number().int(), vat: z.number().int(), gross: z.number().int() });
export type VatTotal = z.infer<typeof VatTotal>;

export const Cart = z.object({
  lines: z.array(CartLine),
  currency: z.string(),
  totals: Amounts,
  vatTotals: z.array(VatTotal),
  budgets: z.array(CartBudget),
  /** True when every line can be ordered as it stands. */
  orderable: z.boolean(),
  /** Changes whenever a line changes: checkout sends it back so the buyer orders what they reviewed. */
  version: z.string(),
});
export type Cart = z.infer<typeof Cart>;

/** Quick add (CHK-1): ISBNs one per line, optionally "ISBN;quantity" or "ISBN,quantity" as in a CSV. */
export const QuickAddBody = z
  .object({
    text: z.string().max(200_000, 'At most 200,000 characters'),
    budgetCodeId: Id.nullable().optional(),
    department: codeOrNull.optional(),
    shelfLocation: codeOrNull.optional(),
    materialType: codeOrNull.optional(),
  })
  .strict();
export type QuickAddBody = z.infer<typeof QuickAddBody>;

export const QuickAddReport = z.object({
  added: z.number().int(),
  notAdded: z.array(
    z.object({ line: z.number().int(), text: z.string(), reason: z.enum(['not_an_isbn', 'not_in_catalogue', 'unavailable', 'bad_quantity']) }),
  ),
  cart: Cart,
});
export type QuickAddReport = z.infer<typeof QuickAddReport>;
