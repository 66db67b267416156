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

export const Address = z
  .object({
    line1: line(120),
    line2: z.string().trim().max(120).default(''),
    postalCode: z.string().trim().min(1).max(12),
    city: line(80),
    country: z.string().trim().toUpperCase().length(2),
  })
  .strict();
export type Address = z.infer<typeof Address>;

/** RFC 9457 problem document as Hylle sends it. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  field: z.string().optional(),
  requestId: z.string(),
});
export type Problem = z.infer<typeof Problem>;

export const IdParams = z.object({ id: Id }).strict();
