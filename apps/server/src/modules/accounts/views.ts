import type { CompanyInfo, DeliveryAddress, Member, Role } from '@hylle/contracts';
import type { AccountRow } from './accounts.repo.ts';
import type { DeliveryAddressRow } from './delivery-addresses.repo.ts';

/** Rows to the shapes of the API contracts. */
export const toDeliveryAddress = (row: DeliveryAddressRow): DeliveryAddress => ({
  id: row.id,
  label: row.label,
  recipient: row.recipient,
  line1: row.line1,
  line2: row.line2,
  postalCode: row.postalCode,
  city: row.city,
  country: row.country,
});

export const toMember = (row: { userId: string; email: string; name: string; role: Role; joinedAt: Date }): Member => ({
  ...row,
  joinedAt: row.joinedAt.toISOString(),
});

/** Buyers see the company, not its customer number (S4: admins see the customer number). */
export const toCompanyInfo = (row: AccountRow, role: Role): CompanyInfo => ({
  id: row.id,
  name: row.name,
  customerNumber: role === 'admin' ? row.customerNumber : null,
  organisationNumber: row.organisationNumber,
  customerReference: row.customerReference,
  postalAddress: row.postalAddress ?? null,
  payOnInvoiceAllowed: row.payOnInvoiceAllowed,
  role,
});
