import { z } from 'zod';
import { Address, Email, Id } from './common.ts';
import { DeliveryAddress, Member } from './accounts.ts';

export const AccountSummary = z.object({
  id: Id,
  customerNumber: z.string(),
  name: z.string(),
  organisationNumber: z.string(),
  customerReference: z.string().nullable(),
  memberCount: z.number().int(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const AccountDetail = z.object({
  id: Id,
  customerNumber: z.string(),
  name: z.string(),
  organisationNumber: z.string(),
  customerReference: z.string().nullable(),
  postalAddress: Address.nullable(),
  payOnInvoiceAllowed: z.boolean(),
  createdAt: z.string(),
  deliveryAddresses: z.array(DeliveryAddress),
  members: z.array(Member),
});
export type AccountDetail = z.infer<typeof AccountDetail>;

export const ListAccountsQuery = z
  .object({
    q: z.string().trim().max(100).default(''),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const AccountList = z.object({ items: z.array(AccountSummary), total: z.number().int() });

const companyFields = {
  name: z.string().trim().min(1).max(160),
  organisationNumber: z.string().trim().min(1).max(20),
  customerReference: z.string().trim().max(60).nullable(),
  postalAddress: Address.nullable(),
  payOnInvoiceAllowed: z.boolean(),
};

export const CreateAccountBody = z
  .object({
    ...companyFields,
    firstAdmin: z.object({ email: Email, name: z.string().trim().min(1).max(120) }).strict(),
  })
  .strict();
export type CreateAccountBody = z.infer<typeof CreateAccountBody>;

/** Every field optional: staff change what they change, the rest stays. */
export const UpdateAccountBody = z.object(companyFields).partial().strict();
export type UpdateAccountBody = z.infer<typeof UpdateAccountBody>;

export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actorEmail: z.string(),
  action: z.string(),
  accountId: Id.nullable(),
  /** The account's name now (null for changes that concern no account). */
  accountName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    accountId: Id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const DeadJob = z.object({
  id: Id,
  kind: z.string(),
  attempts: z.number().int(),
  lastError: z.string(),
  createdAt: z.string(),
  failedAt: z.string(),
});
export type DeadJob = z.infer<typeof DeadJob>;

export const AccountMemberParams = z.object({ id: Id, userId: Id }).strict();
export const AccountAddressParams = z.object({ id: Id, addressId: Id }).strict();
