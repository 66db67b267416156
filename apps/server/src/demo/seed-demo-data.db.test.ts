import type { BudgetCode, DistributionSettings } from '@hylle/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { demoStores } from './demo-data.ts';
import { demoSignIns, seedDemoData } from './seed-demo-data.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe.each([
  ['NO', 'no'],
  ['BE', 'be'],
] as const)('the demo store of %s', (country, preset) => {
  it('is created once, through the rules of the product, and its people can sign in', async () => {
    t = await startTestApp({ HYLLE_STORE: preset });
    expect(await seedDemoData(t.ctx)).toBe(true);
    expect(await seedDemoData(t.ctx)).toBe(false);

    const demo = demoStores[country];
    const staff = await t.signIn(demo.staff.email);
    const list = (await staff.get('/api/backoffice/accounts')).json() as { items: { name: string; customerNumber: string }[] };
    expect(list.items.map((a) => a.name).sort()).toEqual(demo.accounts.map((a) => a.name).sort());

    // The librarian of two libraries sees both in the switcher.
    const twoAccounts = demoSignIns(country).find((p) => p.who.includes(';'));
    expect(twoAccounts).toBeDefined();
    const librarian = await t.signIn(twoAccounts!.email);
    expect((await librarian.get('/api/session')).json().memberships).toHaveLength(2);

    const main = demo.accounts.find((a) => a.key === 'main')!;
    const admin = await t.signIn(main.members[0]!.email);
    expect((await admin.get('/api/account/delivery-addresses')).json()).toHaveLength(3);

    // The main library has its distribution lists (INT-1) for its lines, one of each list at least.
    const distribution = (await admin.get('/api/account/distribution')).json() as DistributionSettings;
    expect(new Set(distribution.codes.map((c) => c.list))).toEqual(new Set(['department', 'shelf_location', 'material_type']));
    expect(distribution.codes.map((c) => c.code)).toContain(country === 'NO' ? 'VOKSEN' : 'VOLWASSENEN');
    expect(distribution.fields).toEqual([expect.objectContaining({ name: country === 'NO' ? 'Signatur' : 'Signatuur', required: false })]);
    // And its budget codes (CHK-4), nothing spent of them yet.
    const codes = (await admin.get('/api/account/budget-codes')).json() as BudgetCode[];
    expect(codes.map((c) => c.code).sort()).toEqual(country === 'NO' ? ['FAKTA', 'SKJØNN', 'UNGDOM'] : ['FICTIE', 'JEUGD', 'NON-FICTIE']);
    expect(codes.every((c) => c.spentMinor === 0 && c.remainingMinor === c.totalMinor)).toBe(true);
  });
});
