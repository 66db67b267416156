import type { AccountDetail, CreateAccountBody } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { insertAccount } from './accounts.repo.ts';
import { auditChange, type Actor } from './actor.ts';
import { findOrInsertUser } from '../identity/index.ts';
import { normaliseOrganisationNumber } from './domain/organisation-number.ts';
import { loadAccountDetail } from './get-account-detail.ts';
import { welcomeMail } from './mail-texts.ts';
import { insertMembership } from './memberships.repo.ts';
import { CUSTOMER_NUMBERS, takeNextNumber } from './number-series.repo.ts';

/**
 * Staff open a customer account (ACC-5): the next customer number from the series, the
 * company data, and its first admin, who gets a welcome e-mail.
 */
export async function createAccount(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'staff' }>,
  body: CreateAccountBody,
): Promise<Result<AccountDetail, 'invalid_organisation_number'>> {
  return inTransaction(ctx.db, async (tx) => {
    const { store } = ctx.config;
    const organisationNumber = normaliseOrganisationNumber(store.country, body.organisationNumber);
    if (!organisationNumber.ok) return organisationNumber;

    const customerNumber = `${store.customerNumberSeries.prefix}${await takeNextNumber(tx, CUSTOMER_NUMBERS)}`;
    const account = await insertAccount(tx, {
      customerNumber,
      name: body.name,
      organisationNumber: organisationNumber.value,
      customerReference: body.customerReference || null,
      postalAddress: body.postalAddress,
      payOnInvoiceAllowed: body.payOnInvoiceAllowed,
    });
    const admin = await findOrInsertUser(tx, body.firstAdmin);
    await insertMembership(tx, { accountId: account.id, userId: admin.id, role: 'admin' });
    await enqueueMail(tx, {
      to: admin.email,
      ...welcomeMail[store.defaultLanguage]({
        accountName: account.name,
        storeName: store.name,
        signInUrl: `${ctx.config.publicUrl}/logg-inn`,
        invitedBy: null,
        customerNumber,
      }),
    }, ctx.clock.now());
    const detail = await loadAccountDetail(tx, account.id);
    if (!detail) throw new Error(`account ${account.id} vanished inside its own transaction`);
    await auditChange(tx, actor, { action: 'account.created', accountId: account.id, before: null, after: detail }, ctx.clock.now());
    return ok(detail);
  });
}
