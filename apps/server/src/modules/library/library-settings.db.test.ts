import type { AccountDetail, LibrarySettings, PolicyTestResult } from '@hylle/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

/**
 * The library's administrator configures borrower groups, a material group and three
 * prioritised profiles through the API (issue 5, rules 1–5, 13), and the policy tester
 * answers with the new rules at once.
 */
let t: TestApp;
let storvik: AccountDetail;
let kari: TestClient;
let ingrid: TestClient;
let anne: TestClient;
let settings: LibrarySettings;
let url: string;

const groupId = (name: string) => settings.borrowerGroups.find((g) => g.name === name)!.id;
async function expectSettings(response: Awaited<ReturnType<TestClient['post']>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  settings = response.json() as LibrarySettings;
  return settings;
}
const tester = async (body: object) => {
  const response = await ingrid.post(`${url}/policy-test`, { date: '2026-03-10', ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PolicyTestResult;
};

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  storvik = await seedAccount(t, staff, { name: 'Storvik bibliotek', admin: { email: 'ingrid@storvik.no', name: 'Ingrid Hovland' }, addresses: [anAddress('Hovedbiblioteket')] });
  const fjordby = await seedAccount(t, staff, { name: 'Fjordby bibliotek', admin: { email: 'anne@fjordby.no' }, addresses: [anAddress('Fjordby')] });
  kari = await t.signIn('kari@hylle.test');
  expect((await kari.post(`/api/backoffice/accounts/${storvik.id}/library`, { adminEmail: 'ingrid@storvik.no' })).statusCode).toBe(201);
  expect((await kari.post(`/api/backoffice/accounts/${fjordby.id}/library`, { adminEmail: 'anne@fjordby.no' })).statusCode).toBe(201);
  ingrid = await t.signIn('ingrid@storvik.no');
  anne = await t.signIn('anne@fjordby.no');
  url = `/api/libraries/${storvik.id}`;
});
afterAll(() => t.stop());

describe('the borrower-group tree (rule 1)', () => {
  it('starts with "Alle" and grows the example tree', async () => {
    await expectSettings(await ingrid.get(`${url}/settings`));
    expect(settings.borrowerGroups.map((g) => [g.name, g.parentId])).toEqual([['Alle', null]]);
    await expectSettings(await ingrid.post(`${url}/borrower-groups`, { name: 'Biblioteker', parentId: groupId('Alle') }), 201);
    await expectSettings(await ingrid.post(`${url}/borrower-groups`, { name: 'Personer', parentId: groupId('Alle') }), 201);
    await expectSettings(await ingrid.post(`${url}/borrower-groups`, { name: 'Barn', parentId: groupId('Personer') }), 201);
    await expectSettings(await ingrid.post(`${url}/borrower-groups`, { name: 'Voksne', parentId: groupId('Personer') }), 201);
    expect(settings.borrowerGroups.map((g) => g.name)).toEqual(['Alle', 'Biblioteker', 'Personer', 'Barn', 'Voksne']);
  });

  it('refuses a cycle, a second root, a taken name and deleting what is used, and changes nothing', async () => {
    const before = settings;
    expectProblem(await ingrid.put(`${url}/borrower-groups/${groupId('Personer')}`, { name: 'Personer', parentId: groupId('Barn') }), 409, 'cycle', 'parentId');
    expectProblem(await ingrid.put(`${url}/borrower-groups/${groupId('Barn')}`, { name: 'Barn', parentId: null }), 409, 'root_fixed', 'parentId');
    expectProblem(await ingrid.post(`${url}/borrower-groups`, { name: 'voksne', parentId: groupId('Alle') }), 409, 'name_taken', 'name');
    expectProblem(await ingrid.delete(`${url}/borrower-groups/${groupId('Personer')}`), 409, 'group_in_use');
    expectProblem(await ingrid.delete(`${url}/borrower-groups/${groupId('Alle')}`), 409, 'root_fixed');
    const after = await expectSettings(await ingrid.get(`${url}/settings`));
    expect(after.borrowerGroups).toEqual(before.borrowerGroups);
  });

  it('renames, moves and deletes an unused group', async () => {
    await expectSettings(await ingrid.post(`${url}/borrower-groups`, { name: 'Skoler', parentId: groupId('Personer') }), 201);
    await expectSettings(await ingrid.put(`${url}/borrower-groups/${groupId('Skoler')}`, { name: 'Skolene', parentId: groupId('Alle') }));
    expect(settings.borrowerGroups.find((g) => g.name === 'Skolene')?.parentId).toBe(groupId('Alle'));
    await expectSettings(await ingrid.delete(`${url}/borrower-groups/${groupId('Skolene')}`));
    expect(settings.borrowerGroups.map((g) => g.name)).not.toContain('Skolene');
  });
});

describe('material groups and prioritised loan profiles (rules 2–5)', () => {
  let books: string;
  const profile = (name: string, groups: string[], overrides: object = {}) => ({
    name,
    loanDays: 28,
    renewals: 2,
    renewalDays: 14,
    allowsLoan: true,
    allowsIll: false,
    allowsReservation: true,
    borrowerGroupIds: groups.map(groupId),
    ...overrides,
  });

  it('takes the seed’s three profiles in priority order, with no warning', async () => {
    await expectSettings(await ingrid.post(`${url}/material-groups`, { name: 'Bøker', description: 'Bøker for utlån', maxLoans: 3 }), 201);
    books = settings.materialGroups[0]!.id;
    expect(settings.warnings).toEqual([{ kind: 'no_ill', materialGroupId: books }]);
    await expectSettings(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Voksne', ['Voksne'])), 201);
    await expectSettings(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Biblioteker', ['Biblioteker'], { loanDays: 60, allowsReservation: false })), 201);
    await expectSettings(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Alle', ['Alle'], { loanDays: 14, allowsIll: true })), 201);
    expect(settings.materialGroups[0]!.profiles.map((p) => [p.name, p.priority])).toEqual([
      ['Voksne', 1],
      ['Biblioteker', 2],
      ['Alle', 3],
    ]);
    expect(settings.warnings).toEqual([]);
  });

  it('answers the policy tester with the profile, the matched group and the trace', async () => {
    const child = await tester({ materialGroupId: books, borrowerGroupIds: [groupId('Barn')], transaction: 'loan' });
    expect(child).toMatchObject({ allowed: true, dueDate: '2026-03-24' });
    expect(child.explanation.profile).toMatchObject({ name: 'Alle', priority: 3 });
    expect(child.explanation.matchedGroup).toMatchObject({ name: 'Alle', through: { name: 'Barn' } });
    expect(child.explanation.trace.map((s) => [s.name, s.outcome])).toEqual([
      ['Voksne', 'no_shared_group'],
      ['Biblioteker', 'no_shared_group'],
      ['Alle', 'decided'],
    ]);
    const adult = await tester({ materialGroupId: books, borrowerGroupIds: [groupId('Voksne')], transaction: 'loan' });
    expect(adult.explanation.profile?.name).toBe('Voksne');
    const ill = await tester({ materialGroupId: books, borrowerGroupIds: [groupId('Biblioteker')], transaction: 'ill' });
    expect(ill).toMatchObject({ allowed: true, explanation: { profile: { name: 'Alle' } } });
    const reservation = await tester({ materialGroupId: books, borrowerGroupIds: [groupId('Biblioteker')], transaction: 'reservation' });
    expect(reservation).toMatchObject({ allowed: false, explanation: { reason: 'not_allowed_by_profile', profile: { name: 'Biblioteker' } } });
  });

  it('applies a new order at once, and warns of the profiles it shadows', async () => {
    const [adults, libraries, all] = settings.materialGroups[0]!.profiles.map((p) => p.id);
    await expectSettings(await ingrid.put(`${url}/material-groups/${books}/profile-order`, { profileIds: [all, adults, libraries] }));
    expect(settings.materialGroups[0]!.profiles.map((p) => [p.name, p.priority])).toEqual([
      ['Alle', 1],
      ['Voksne', 2],
      ['Biblioteker', 3],
    ]);
    expect(settings.warnings).toEqual([
      { kind: 'shadowed', materialGroupId: books, profileId: adults, byProfileIds: [all] },
      { kind: 'shadowed', materialGroupId: books, profileId: libraries, byProfileIds: [all] },
    ]);
    const adult = await tester({ materialGroupId: books, borrowerGroupIds: [groupId('Voksne')], transaction: 'loan' });
    expect(adult.explanation.profile?.name).toBe('Alle');
    expectProblem(await ingrid.put(`${url}/material-groups/${books}/profile-order`, { profileIds: [all, adults] }), 400, 'invalid_order', 'profileIds');
    await expectSettings(await ingrid.put(`${url}/material-groups/${books}/profile-order`, { profileIds: [adults, libraries, all] }));
  });

  it('refuses what contradicts the rules, naming the field', async () => {
    const [adults] = settings.materialGroups[0]!.profiles;
    expectProblem(await ingrid.put(`${url}/material-groups/${books}`, { name: 'Bøker', bookable: true }), 409, 'bookable_with_reservation', 'bookable');
    expectProblem(await ingrid.post(`${url}/material-groups`, { name: 'Klassesett', bookable: true, maxLoans: 2 }), 409, 'bookable_with_loan_limit', 'maxLoans');
    expectProblem(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Dobbel', ['Barn'], { priority: 1 })), 409, 'priority_taken', 'priority');
    expectProblem(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Begge', ['Barn'], { yearlyReturnDate: '06-15' })), 400, 'invalid_loan_profile', 'loanDays');
    expectProblem(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Tom', [], { renewals: 1, renewalDays: 0 })), 400, 'invalid_loan_profile', 'renewalDays');
    expectProblem(await ingrid.put(`${url}/material-groups/${books}/profiles/${adults!.id}`, profile('Voksne', ['Voksne'], { loanDays: 0 })), 400, 'validation');
    expectProblem(await ingrid.post(`${url}/material-groups`, { name: 'bøker' }), 409, 'name_taken', 'name');
  });

  it('keeps a profile for nobody, with a warning, and a yearly profile', async () => {
    await expectSettings(await ingrid.post(`${url}/material-groups/${books}/profiles`, profile('Semester', [], { loanDays: null, yearlyReturnDate: '02-29' })), 201);
    const semester = settings.materialGroups[0]!.profiles.find((p) => p.name === 'Semester')!;
    expect(semester).toMatchObject({ priority: 4, loanDays: null, yearlyReturnDate: '02-29', borrowerGroupIds: [] });
    expect(settings.warnings).toContainEqual({ kind: 'applies_to_nobody', materialGroupId: books, profileId: semester.id });
    await expectSettings(await ingrid.delete(`${url}/material-groups/${books}/profiles/${semester.id}`));
    expect(settings.warnings).toEqual([]);
  });
});

describe('who may see and change a library', () => {
  it('hides it from other libraries’ staff and shop users, and keeps the desk out of the rules', async () => {
    expectProblem(await anne.get(`${url}/settings`), 404, 'not_found');
    expectProblem(await anne.post(`${url}/borrower-groups`, { name: 'Inntrenger', parentId: settings.borrowerGroups[0]!.id }), 404, 'not_found');
    expectProblem(await kari.get(`${url}/settings`), 404, 'not_found');
    expect((await ingrid.put(`${url}/staff`, { email: 'desk@storvik.no', name: 'Skranke', role: 'desk' })).statusCode).toBe(204);
    const desk = await t.signIn('desk@storvik.no');
    expectProblem(await desk.get(`${url}/settings`), 403, 'forbidden');
    expect((await desk.get('/api/libraries')).json()).toEqual({ libraries: [{ id: storvik.id, name: 'Storvik bibliotek', role: 'desk' }] });
    expectProblem(await ingrid.post(`/api/backoffice/accounts/${storvik.id}/library`, { adminEmail: 'x@storvik.no' }), 403, 'forbidden');
    expectProblem(await ingrid.get(`/api/backoffice/accounts/${storvik.id}/library`), 403, 'forbidden');
    expect((await kari.get(`/api/backoffice/accounts/${storvik.id}/library`)).json()).toEqual({ enabled: true, admins: [{ email: 'ingrid@storvik.no', name: 'Ingrid Hovland' }] });
    expectProblem(await kari.get('/api/backoffice/accounts/00000000-0000-4000-8000-000000000000/library'), 404, 'not_found');
    // Switching it on is in the account's log, with who did it and for whom.
    const log = (await kari.get(`/api/backoffice/audit-log?accountId=${storvik.id}`)).json() as { action: string; actorEmail: string; after: unknown }[];
    expect(log.find((entry) => entry.action === 'library.enabled')).toMatchObject({ actorEmail: 'kari@hylle.test', after: { admin: 'ingrid@storvik.no' } });
    // The last administrator cannot make herself desk staff.
    expectProblem(await ingrid.put(`${url}/staff`, { email: 'ingrid@storvik.no', role: 'desk' }), 409, 'last_admin', 'role');
    expect((await ingrid.get(`${url}/settings`)).statusCode).toBe(200);
  });
});

describe('the API document', () => {
  it('lists the library’s configuration and desk, with the explanation of a decision', async () => {
    const spec = (await t.client().get('/api/docs/json')).json() as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
    for (const path of ['/api/libraries/{libraryId}/settings', '/api/libraries/{libraryId}/policy-test', '/api/libraries/{libraryId}/desk/check-out', '/api/libraries/{libraryId}/desk/renew']) {
      expect(Object.keys(spec.paths), path).toContain(path);
    }
    const answer = JSON.stringify(spec.paths['/api/libraries/{libraryId}/desk/check-out']!.post!.responses!['200']);
    for (const field of ['explanation', 'matchedGroup', 'trace', 'not_consulted']) expect(answer).toContain(field);
  });
});
