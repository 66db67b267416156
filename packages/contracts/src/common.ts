import { z } from 'zod';

/** Identifiers are UUIDs everywhere; a malformed id is a 404, never a 500. */
export const Id = z.uuid();

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Not a valid e-mail address' }));

export const Role = z.enum(['admin', 'buyer']);
export type Role = z.infer<typeof Role>;

export const Language = z.enum(['nb', 'nn', 'en', 'nl']);
export type Language = z.infer<typeof Language>;

const line = (max: number) => z.string().trim().min(1).max(max);

/** Countries whose postcodes are four digits (Norway, Belgium, Denmark). */
const FOUR_DIGIT_POSTCODES = new Set(['NO', 'BE', 'DK']);

/** The fields of a postal address, for schemas that add their own (delivery addresses). */
export const addressFields = {
  line1: line(120),
  line2: z.string().trim().max(120).default(''),
  postalCode: z
    .string()
    .trim()
    .min(1)
    .max(12)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, 'Letters, digits, spaces and hyphens only'),
  city: line(80),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'A two-letter country code (ISO 3166)'),
};

/** Postcodes the post would not deliver to: four digits in Norway, Belgium and Denmark. */
export function checkPostcode(address: { postalCode: string; country: string }, ctx: z.RefinementCtx): void {
  if (FOUR_DIGIT_POSTCODES.has(address.country) && !/^\d{4}$/.test(address.postalCode)) {
    ctx.addIssue({ code: 'custom', path: ['postalCode'], message: `A postcode in ${address.country} has four digits` });
  }
}

export const Address = z.object(addressFields).strict().superRefine(checkPostcode);
export type Address = z.infer<typeof Address>;

/** One invalid field of a request: its dotted path in the body and what is wrong with it. */
export const FieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/**
 * RFC 9457 problem document as Hylle sends it. `field` names the (first) field at fault;
 * a request with several invalid fields lists them all in `errors`.
 */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  field: z.string().optional(),
  errors: z.array(FieldError).optional(),
  requestId: z.string(),
});
export type Problem = z.infer<typeof Problem>;

export const IdParams = z.object({ id: Id }).strict();

/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not): a bad one is a 400, never a database error. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 9999;
  }, 'No such date');
