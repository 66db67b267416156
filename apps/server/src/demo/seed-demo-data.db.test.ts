import type { BorrowerList, BudgetCode, DeskDecision, DistributionSettings, LibrarySettings, MyLibraries } from '@hylle/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { demoStores } from './demo-data.ts';
import { demoSignIns, seedDemoData } from './seed-demo-data.ts';
import { demoLibraryDesk } from './seed-demo-library.ts';

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
    const list = (await staff.get('/api/backoffice/accounts')).json() as { items: { id: string; name: string; customerNumber: string }[] };
    expect(list.items.map((a) => a.name).sort()).toEqual(demo.accounts.map((a) => a.name).sort());

    // The librarian of two libraries sees both in the switcher.
    const twoAccounts = demoSignIns(country).find((p) => /; (admin|buyer) of/.test(p.who));
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

    // The main library runs the library module: the seed's three prioritised profiles for books, no warnings.
    const { libraries } = (await admin.get('/api/libraries')).json() as MyLibraries;
    expect(libraries).toEqual([{ id: expect.any(String), name: main.name, role: 'admin' }]);
    const settings = (await admin.get(`/api/libraries/${libraries[0]!.id}/settings`)).json() as LibrarySettings;
    expect(settings.materialGroups[0]!.profiles.map((p) => p.priority)).toEqual([1, 2, 3]);
    // Class sets have no profile for "All", so they cannot go out on inter-library loan: the one warning.
    const kits = settings.materialGroups.find((g) => g.bookable)!;
    expect(settings.warnings).toEqual([{ kind: 'no_ill', materialGroupId: kits.id }]);
    // Its desk clerk lends a book to an adult for 28 days.
    const desk = await t.signIn(demoLibraryDesk(country).email);
    const url = `/api/libraries/${libraries[0]!.id}`;
    const borrower = ((await desk.get(`${url}/borrowers?q=1001`)).json() as BorrowerList).items[0]!;
    const lent = (await desk.post(`${url}/desk/check-out`, { borrowerId: borrower.id, barcode: '0301001' })).json() as DeskDecision;
    expect(lent).toMatchObject({ allowed: true, explanation: { profile: { priority: 1 } } });
    expect(demoSignIns(country).map((p) => p.email)).toContain(demoLibraryDesk(country).email);
    // The other accounts do not run it, as staff see in the backoffice.
    const others = list.items.filter((a) => a.name !== main.name);
    for (const other of others) expect((await staff.get(`/api/backoffice/accounts/${other.id}/library`)).json()).toEqual({ enabled: false, admins: [] });
  });
});
