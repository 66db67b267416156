import type { AppContext } from '../platform/context.ts';
import type { Database } from '../platform/db.ts';
import { addDeliveryAddress, addMember, anyAccountExists, changePriceTerms, createAccount } from '../modules/accounts/index.ts';
import { insertUser } from '../modules/identity/index.ts';
import type { StoreCountry } from '../store-config.ts';
import { demoStores, type DemoAccount } from './demo-data.ts';
import { seedDemoBudgets } from './seed-demo-budgets.ts';
import { seedDemoDistribution } from './seed-demo-distribution.ts';
import { demoLibraryDesk, seedDemoLibrary } from './seed-demo-library.ts';

/** Sign-in addresses of the demo people, for the start banner. */
export function demoSignIns(country: StoreCountry): { email: string; who: string }[] {
  const { staff, accounts } = demoStores[country];
  const people = new Map<string, string>([[staff.email, `${staff.name} (staff, backoffice)`]]);
  for (const account of accounts) {
    for (const m of account.members) {
      const role = m.role === 'admin' ? 'admin' : 'buyer';
      const earlier = people.get(m.email);
      people.set(m.email, earlier ? `${earlier}; ${role} of ${account.name}` : `${m.name}: ${role} of ${account.name}`);
    }
  }
  const main = accounts.find((a) => a.key === 'main');
  const libraryAdmin = main?.members.find((m) => m.role === 'admin');
  if (main && libraryAdmin) {
    people.set(libraryAdmin.email, `${people.get(libraryAdmin.email)}; library admin`);
    const desk = demoLibraryDesk(country);
    people.set(desk.email, `${desk.name}: library desk of ${main.name}`);
  }
  return [...people].map(([email, who]) => ({ email, who }));
}

/**
 * Fills an empty store with the demo data, through the same use cases staff use, so the
 * demo obeys every rule the product does. Does nothing when any account exists. All of it
 * is one transaction (each use case's own becomes a savepoint), so a start interrupted
 * half-way leaves no half a demo behind.
 */
export async function seedDemoData(ctx: AppContext): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    if (await anyAccountExists(tx)) return false;
    // The use cases open "their" transaction on this one: drizzle nests it as a savepoint.
    const demo = demoStores[ctx.config.store.country];
    await seedInto({ ...ctx, db: tx as unknown as Database }, demo.accounts, await insertUser(tx, { ...demo.staff, isStaff: true }));
    return true;
  });
}

async function seedInto(ctx: AppContext, accounts: DemoAccount[], staffUser: { id: string; email: string }): Promise<void> {
  const staff = { kind: 'staff' as const, userId: staffUser.id, email: staffUser.email };
  for (const demo of accounts) {
    const [first, ...others] = demo.members;
    if (!first) continue;
    const created = await createAccount(ctx, staff, {
      name: demo.name,
      organisationNumber: demo.organisationNumber,
      customerReference: demo.customerReference,
      postalAddress: demo.postalAddress,
      payOnInvoiceAllowed: demo.payOnInvoiceAllowed,
      firstAdmin: { email: first.email, name: first.name },
    });
    if (!created.ok) throw new Error(`demo account ${demo.name}: ${created.code} ${created.detail ?? ''}`);
    const priced = await changePriceTerms(ctx, staff, created.value.id, demo.priceTerms);
    if (!priced.ok) throw new Error(`demo price terms of ${demo.name}: ${priced.code}`);
    for (const address of demo.deliveryAddresses) {
      const added = await addDeliveryAddress(ctx, staff, created.value.id, address);
      if (!added.ok) throw new Error(`demo address ${address.label}: ${added.code}`);
    }
    for (const member of others) {
      const added = await addMember(ctx, staff, created.value.id, member);
      if (!added.ok) throw new Error(`demo member ${member.email}: ${added.code}`);
    }
    await seedDemoDistribution(ctx, created.value, demo);
    await seedDemoBudgets(ctx, staff, created.value.id, demo);
    await seedDemoLibrary(ctx, staff, created.value.id, demo);
  }
}
