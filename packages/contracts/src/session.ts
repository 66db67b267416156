import { z } from 'zod';
import { Email, Id, Language, Role } from './common.ts';

export const Membership = z.object({
  accountId: Id,
  accountName: z.string(),
  /** Only admins see the customer number (S4); null for buyers. */
  customerNumber: z.string().nullable(),
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

export const StoreInfo = z.object({
  name: z.string(),
  country: z.enum(['NO', 'BE']),
  currency: z.enum(['NOK', 'EUR']),
  timeZone: z.string(),
  languages: z.array(Language),
  defaultLanguage: Language,
  customerManagesDeliveryAddresses: z.boolean(),
  /** How customers reach the supplier's customer service; shown wherever a page says "contact customer service". */
  customerService: z.object({ email: z.string(), phone: z.string() }),
});
export type StoreInfo = z.infer<typeof StoreInfo>;

export const SessionUser = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  isStaff: z.boolean(),
});

/** What the web app needs to draw the header: who is signed in, for which account. */
export const SessionView = z.object({
  user: SessionUser.nullable(),
  memberships: z.array(Membership),
  currentAccountId: Id.nullable(),
  csrfToken: z.string(),
  store: StoreInfo,
});
export type SessionView = z.infer<typeof SessionView>;

export const RequestCodeBody = z.object({ email: Email }).strict();
export const VerifyCodeBody = z
  .object({ email: Email, code: z.string().trim().regex(/^\d{6}$/, 'The code has 6 digits') })
  .strict();
export const SwitchAccountBody = z.object({ accountId: Id }).strict();
