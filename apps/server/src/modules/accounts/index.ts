/** The accounts module: customer accounts, members and roles, delivery addresses. */
import type { MembershipDirectory } from '../identity/index.ts';
import { membershipsOfUser } from './memberships.repo.ts';

export { accountRoutes } from './account.routes.ts';
export { backofficeRoutes } from './backoffice.routes.ts';
export { accountScope, claimedAccount } from './account-scope.ts';
export { mayAdminister, type Actor } from './actor.ts';
export { createAccount } from './create-account.ts';
export { addMember } from './add-member.ts';
export { addDeliveryAddress } from './add-delivery-address.ts';
export { ensureNumberSeries, takeNextNumber, CUSTOMER_NUMBERS } from './number-series.repo.ts';
export { accountExists, anyAccountExists } from './accounts.repo.ts';
export { priceTermColumns, priceTermsForMember, type PriceTermsRow } from './price-terms.repo.ts';
export { changePriceTerms } from './change-price-terms.ts';

export const membershipDirectory: MembershipDirectory = { membershipsOf: membershipsOfUser };
export { findAccountWithDeliveryAddress, findDeliveryAddress, listDeliveryAddresses, type DeliveryAddressRow } from './delivery-addresses.repo.ts';
export { findAccount, type AccountRow } from './accounts.repo.ts';
export { listMembers } from './memberships.repo.ts';
export type { AddressJson } from './accounts.schema.ts';
/** The accounts and memberships tables, for other modules' joins (orders show their account's name; the cart reads terms with its budget codes). */
export { accounts, memberships } from './accounts.schema.ts';
export { findPriceTerms } from './price-terms.repo.ts';
export { findAccountByCustomerNumber } from './accounts.repo.ts';
export { findMemberRole } from './memberships.repo.ts';
