import { z } from 'zod';
import { Address, addressFields, checkPostcode, Email, Id, Role } from './common.ts';

const optionalText = (max: number) => z.string().trim().max(max).default('');

export const Profile = z.object({
  email: z.string(),
  name: z.string(),
  phone: z.string(),
  newsletter: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

export const UpdateProfileBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    phone: z.string().trim().max(30).regex(/^[+0-9 ()-]*$/, 'Only digits, spaces and + ( ) -'),
    newsletter: z.boolean(),
  })
  .strict();

/** Company information as a member sees it; customerNumber is null for buyers. */
export const CompanyInfo = z.object({
  id: Id,
  name: z.string(),
  customerNumber: z.string().nullable(),
  organisationNumber: z.string(),
  customerReference: z.string().nullable(),
  postalAddress: Address.nullable(),
  payOnInvoiceAllowed: z.boolean(),
  role: Role,
});
export type CompanyInfo = z.infer<typeof CompanyInfo>;

export const DeliveryAddress = z.object({
  ...addressFields,
  id: Id,
  label: z.string(),
  recipient: z.string(),
});
export type DeliveryAddress = z.infer<typeof DeliveryAddress>;

export const DeliveryAddressBody = z
  .object({
    ...addressFields,
    label: z.string().trim().min(1).max(80),
    recipient: optionalText(120),
  })
  .strict()
  .superRefine(checkPostcode);
export type DeliveryAddressBody = z.infer<typeof DeliveryAddressBody>;

export const Member = z.object({
  userId: Id,
  email: z.string(),
  name: z.string(),
  role: Role,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof Member>;

export const InviteMemberBody = z
  .object({ email: Email, name: z.string().trim().min(1).max(120), role: Role })
  .strict();
export const ChangeRoleBody = z.object({ role: Role }).strict();
export const MemberParams = z.object({ userId: Id }).strict();
export const PostalAddressBody = z.object({ postalAddress: Address }).strict();
