import type { AccountDetail } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccount } from './accounts.repo.ts';
import { listDeliveryAddresses } from './delivery-addresses.repo.ts';
import { listMembers } from './memberships.repo.ts';
import { toDeliveryAddress, toMember } from './views.ts';

export async function loadAccountDetail(tx: Tx, accountId: string): Promise<AccountDetail | undefined> {
  const account = await findAccount(tx, accountId);
  if (!account) return undefined;
  return {
    id: account.id,
    customerNumber: account.customerNumber,
    name: account.name,
    organisationNumber: account.organisationNumber,
    customerReference: account.customerReference,
    postalAddress: account.postalAddress ?? null,
    payOnInvoiceAllowed: account.payOnInvoiceAllowed,
    createdAt: account.createdAt.toISOString(),
    deliveryAddresses: (await listDeliveryAddresses(tx, accountId)).map(toDeliveryAddress),
    members: (await listMembers(tx, accountId)).map(toMember),
  };
}

/** The customer card in the backoffice: company data, addresses and users together. */
export async function getAccountDetail(ctx: AppContext, accountId: string): Promise<Result<AccountDetail, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const detail = await loadAccountDetail(tx, accountId);
    return detail ? ok(detail) : err('not_found', 'No such account');
  });
}
