import type { AccountDetail, Borrower, BorrowerDetail, CsvImportReport, DeskDecision, LibraryDirectory, LibrarySettings, Loan } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { dateOf, dayOfChecked } from './domain/calendar-days.ts';

/**
 * The circulation desk through the API (issue 5): borrowers and items from CSV, lending with
 * the loan limit, renewing to the limit, reservations, returns, bookings and inter-library
 * loans, each with its decision; two desks lending the last allowed loan at once.
 */
let t: TestApp;
let storvik: AccountDetail;
let admin: TestClient;
let desk: TestClient;
let otherLibrary: TestClient;
let url: string;
let today: string;
const borrowers = new Map<string, Borrower>();
const plus = (days: number) => dateOf(dayOfChecked(today) + days);

async function post<T>(client: TestClient, path: string, body: unknown, status = 200): Promise<T> {
  const response = await client.post(`${url}${path}`, body);
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const lend = (card: string, barcode: string, client = desk) => post<DeskDecision>(client, '/desk/check-out', { borrowerId: borrowers.get(card)!.id, barcode });

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  storvik = await seedAccount(t, staff, { name: 'Storvik bibliotek', admin: { email: 'ingrid@storvik.no' }, addresses: [anAddress('Hovedbiblioteket')] });
  const fjordby = await seedAccount(t, staff, { name: 'Fjordby bibliotek', admin: { email: 'anne@fjordby.no' }, addresses: [anAddress('Fjordby')] });
  const kari = await t.signIn('kari@hylle.test');
  await kari.post(`/api/backoffice/accounts/${storvik.id}/library`, { adminEmail: 'ingrid@storvik.no' });
  await kari.post(`/api/backoffice/accounts/${fjordby.id}/library`, { adminEmail: 'anne@fjordby.no' });
  admin = await t.signIn('ingrid@storvik.no');
  otherLibrary = await t.signIn('anne@fjordby.no');
  url = `/api/libraries/${storvik.id}`;
  let settings = (await admin.get(`${url}/settings`)).json() as LibrarySettings;
  const group = (name: string) => settings.borrowerGroups.find((g) => g.name === name)!.id;
  for (const [name, parent] of [['Biblioteker', 'Alle'], ['Personer', 'Alle'], ['Barn', 'Personer'], ['Voksne', 'Personer']] as const) {
    settings = await post<LibrarySettings>(admin, '/borrower-groups', { name, parentId: group(parent) }, 201);
  }
  settings = await post<LibrarySettings>(admin, '/material-groups', { name: 'Bøker', maxLoans: 2 }, 201);
  const books = settings.materialGroups.find((g) => g.name === 'Bøker')!.id;
  const profile = { renewalDays: 14, allowsLoan: true, allowsIll: false, allowsReservation: true };
  await post(admin, `/material-groups/${books}/profiles`, { ...profile, name: 'Voksne', loanDays: 28, renewals: 2, borrowerGroupIds: [group('Voksne')] }, 201);
  await post(admin, `/material-groups/${books}/profiles`, { ...profile, name: 'Alle', loanDays: 14, renewals: 1, allowsIll: true, borrowerGroupIds: [group('Alle')] }, 201);
  settings = await post<LibrarySettings>(admin, '/material-groups', { name: 'Klassesett', bookable: true, preparationDays: 2, maxBookingDays: 14 }, 201);
  const kits = settings.materialGroups.find((g) => g.name === 'Klassesett')!.id;
  await post(admin, `/material-groups/${kits}/profiles`, { ...profile, allowsReservation: false, name: 'Alle', loanDays: 14, renewals: 0, renewalDays: 0, borrowerGroupIds: [group('Alle')] }, 201);
  expect((await admin.put(`${url}/staff`, { email: 'skranke@storvik.no', role: 'desk' })).statusCode).toBe(204);
  desk = await t.signIn('skranke@storvik.no');
  today = ((await desk.get(`${url}/directory`)).json() as LibraryDirectory).today;
});
afterAll(() => t.stop());

describe('borrowers and items from CSV', () => {
  it('imports nothing from a file with a bad line or an unknown group, and says which lines', async () => {
    const report = await post<CsvImportReport>(admin, '/borrowers/import', { text: 'kortnummer;navn;grupper;sperret\nK1;Ola Nordmann;Voksne;nei\nK2;;Barn;nei\nK3;Kari;Pensjonister;nei\n' });
    expect(report).toEqual({ added: 0, updated: 0, problems: [{ line: 3, message: 'The name must be 1–120 characters' }] });
    const unknown = await post<CsvImportReport>(admin, '/borrowers/import', { text: 'K1;Ola Nordmann;Voksne;nei\nK3;Kari;Pensjonister;nei' });
    expect(unknown.problems).toEqual([{ line: 2, message: 'No borrower group is called "Pensjonister"' }]);
    expect(((await desk.get(`${url}/borrowers?q=Ola`)).json() as { items: unknown[] }).items).toEqual([]);
  });

  it('adds borrowers and items, updates them on a second import, and finds them at the desk', async () => {
    const text = 'K1;Ola Nordmann;Voksne;nei\nK2;Kari Liten;Barn;nei\nK3;Per Sperret;Voksne;ja\nL1;Fjordby bibliotek;Biblioteker;nei\nK4;Siri Voksen;Voksne|Biblioteker;nei';
    expect(await post<CsvImportReport>(admin, '/borrowers/import', { text })).toEqual({ added: 5, updated: 0, problems: [] });
    expect(await post<CsvImportReport>(admin, '/borrowers/import', { text: 'K2;Kari Liten Hansen;Barn;nei' })).toEqual({ added: 0, updated: 1, problems: [] });
    const items = 'strekkode;tittel;materialgruppe;avdeling;hylle\nB1;Sult;Bøker;VOKSEN;SKJØNN\nB2;Markens grøde;Bøker;VOKSEN;\nB3;Pan;Bøker;;\nB4;Victoria;Bøker;;\nB5;Mysterier;Bøker;;\nS1;Klassesett Sult;Klassesett;SKOLE;';
    expect(await post<CsvImportReport>(admin, '/items/import', { text: items })).toEqual({ added: 6, updated: 0, problems: [] });
    for (const card of ['K1', 'K2', 'K3', 'L1', 'K4']) {
      const found = (await desk.get(`${url}/borrowers?q=${card}`)).json() as { items: Borrower[] };
      borrowers.set(card, found.items[0]!);
    }
    expect(borrowers.get('K2')).toMatchObject({ name: 'Kari Liten Hansen', groups: [{ name: 'Barn' }], blocked: false });
    expect(((await desk.get(`${url}/borrowers?q=kari`)).json() as { items: Borrower[] }).items.map((b) => b.cardNumber)).toEqual(['K2']);
    expect((await desk.get(`${url}/items?barcode=B1`)).json()).toMatchObject({ title: 'Sult', materialGroup: { name: 'Bøker' }, status: 'available' });
    expectProblem(await desk.get(`${url}/items?barcode=NOPE`), 404, 'not_found', 'barcode');
  });
});

describe('lending (rules 7, 9, 11, 13)', () => {
  it('lends under the first matching profile, stores the decision and refuses the item twice', async () => {
    const first = await lend('K1', 'B1');
    expect(first.allowed).toBe(true);
    expect(first.loan).toMatchObject({ item: { barcode: 'B1' }, loanedOn: today, dueOn: plus(28), renewalsUsed: 0, decision: { profile: { name: 'Voksne', priority: 1 } } });
    expect(first.explanation.matchedGroup).toMatchObject({ name: 'Voksne', through: { name: 'Voksne' } });
    expectProblem(await desk.post(`${url}/desk/check-out`, { borrowerId: borrowers.get('K2')!.id, barcode: 'B1' }), 409, 'item_on_loan', 'barcode');
    const child = await lend('K2', 'B5');
    expect(child.loan).toMatchObject({ dueOn: plus(14), decision: { profile: { name: 'Alle' }, matchedGroup: { name: 'Alle', through: { name: 'Barn' } } } });
  });

  it('refuses at the loan limit with the count and the maximum, and writes nothing', async () => {
    expect((await lend('K1', 'B2')).allowed).toBe(true);
    const full = await lend('K1', 'B3');
    expect(full).toMatchObject({ allowed: false, loan: null, explanation: { reason: 'loan_limit_reached', facts: { loans: 2, maxLoans: 2 } } });
    expect((await desk.get(`${url}/items?barcode=B3`)).json()).toMatchObject({ status: 'available' });
  });

  it('counts loans on hold and with an unpaid replacement charge against the limit (rule 11)', async () => {
    const detail = (await desk.get(`${url}/borrowers/${borrowers.get('K1')!.id}`)).json() as BorrowerDetail;
    const b1 = detail.loans.find((l) => l.item.barcode === 'B1');
    const b2 = detail.loans.find((l) => l.item.barcode === 'B2');
    await t.database.db.execute(sql`UPDATE loans SET status = 'on_hold' WHERE id = ${b1!.id}`);
    await post<Loan>(desk, '/desk/return', { barcode: 'B2' });
    await t.database.db.execute(sql`UPDATE loans SET replacement_unpaid = true WHERE id = ${b2!.id}`);
    expect((await lend('K1', 'B3')).explanation).toMatchObject({ reason: 'loan_limit_reached', facts: { loans: 2 } });
    await t.database.db.execute(sql`UPDATE loans SET replacement_unpaid = false WHERE id = ${b2!.id}`);
    expect((await lend('K1', 'B3')).allowed).toBe(true);
  });

  it('refuses a blocked borrower, explaining which profile would have applied', async () => {
    expect((await lend('K3', 'B4')).explanation).toMatchObject({ reason: 'borrower_blocked', profile: { name: 'Voksne' } });
  });
});

describe('renewals and reservations (rule 10)', () => {
  it('renews to the limit and then explains the refusal', async () => {
    const loan = ((await desk.get(`${url}/borrowers/${borrowers.get('K1')!.id}`)).json() as BorrowerDetail).loans.find((l) => l.item.barcode === 'B3')!;
    const once = await post<DeskDecision>(desk, '/desk/renew', { loanId: loan.id });
    expect(once.loan).toMatchObject({ dueOn: plus(28 + 14), renewalsUsed: 1, decision: { transaction: 'renewal' } });
    expect((await post<DeskDecision>(desk, '/desk/renew', { loanId: loan.id })).loan).toMatchObject({ dueOn: plus(28 + 28), renewalsUsed: 2 });
    const refused = await post<DeskDecision>(desk, '/desk/renew', { loanId: loan.id });
    expect(refused).toMatchObject({ allowed: false, explanation: { reason: 'renewals_used_up', facts: { renewalsUsed: 2, renewals: 2 } }, loan: { dueOn: plus(56), renewalsUsed: 2 } });
  });

  it('will not renew an item another borrower has reserved', async () => {
    const reserved = await post<DeskDecision>(desk, '/desk/reserve', { borrowerId: borrowers.get('K4')!.id, barcode: 'B5' });
    expect(reserved).toMatchObject({ allowed: true, explanation: { profile: { name: 'Voksne' } } });
    expect(reserved.reservationId).toBeTruthy();
    expectProblem(await desk.post(`${url}/desk/reserve`, { borrowerId: borrowers.get('K4')!.id, barcode: 'B5' }), 409, 'already_reserved', 'barcode');
    const childLoan = ((await desk.get(`${url}/borrowers/${borrowers.get('K2')!.id}`)).json() as BorrowerDetail).loans[0]!;
    expect((await post<DeskDecision>(desk, '/desk/renew', { loanId: childLoan.id })).explanation.reason).toBe('reserved_by_other');
  });

  it('takes items back once, and refuses to renew a returned loan', async () => {
    const returned = await post<Loan>(desk, '/desk/return', { barcode: 'B5' });
    expect(returned).toMatchObject({ status: 'returned', returnedOn: today });
    expectProblem(await desk.post(`${url}/desk/return`, { barcode: 'B5' }), 409, 'not_on_loan', 'barcode');
    expectProblem(await desk.post(`${url}/desk/renew`, { loanId: returned.id }), 409, 'loan_closed', 'loanId');
    // The reserving borrower lends it next, and the reservation is fulfilled.
    expect((await lend('K4', 'B5')).allowed).toBe(true);
    expect(((await desk.get(`${url}/borrowers/${borrowers.get('K4')!.id}`)).json() as BorrowerDetail).reservations).toEqual([]);
  });
});

describe('bookings and inter-library loans (rules 8, 12)', () => {
  it('books a bookable item from today plus the preparation days, and refuses an overlap', async () => {
    const library = borrowers.get('L1')!.id;
    const early = await post<DeskDecision>(desk, '/desk/book', { borrowerId: library, barcode: 'S1', start: plus(1), end: plus(5) });
    expect(early.explanation).toMatchObject({ reason: 'booking_too_early', facts: { earliestStart: plus(2) } });
    const booked = await post<DeskDecision>(desk, '/desk/book', { borrowerId: library, barcode: 'S1', start: plus(2), end: plus(8) });
    expect(booked.booking).toMatchObject({ startsOn: plus(2), endsOn: plus(8), blockedFrom: today });
    const clash = await post<DeskDecision>(desk, '/desk/book', { borrowerId: borrowers.get('K4')!.id, barcode: 'S1', start: plus(10), end: plus(12) });
    expect(clash.explanation).toMatchObject({ reason: 'booking_overlaps', facts: { otherStart: plus(2), otherEnd: plus(8) } });
    expect((await post<DeskDecision>(desk, '/desk/book', { borrowerId: library, barcode: 'B4', start: plus(2), end: plus(3) })).explanation.reason).toBe('not_bookable');
  });

  it('will not lend a booked item into its booking, except to the borrower who booked it', async () => {
    const other = await lend('K4', 'S1');
    expect(other).toMatchObject({ allowed: false, explanation: { reason: 'item_booked', facts: { blockedFrom: today, otherStart: plus(2), otherEnd: plus(8) } } });
    const own = await lend('L1', 'S1');
    expect(own).toMatchObject({ allowed: true, loan: { dueOn: plus(14) } });
    // Out until then, it cannot be booked again from the day after tomorrow.
    const later = await post<DeskDecision>(desk, '/desk/book', { borrowerId: borrowers.get('K4')!.id, barcode: 'S1', start: plus(12), end: plus(13) });
    expect(later.explanation).toMatchObject({ reason: 'booking_overlaps_loan', facts: { dueDate: plus(14) } });
    await post<Loan>(desk, '/desk/return', { barcode: 'S1' });
  });

  it('registers an inter-library loan request with the decision of the first profile for All', async () => {
    const request = await post<DeskDecision>(desk, '/desk/ill', { borrowerId: borrowers.get('L1')!.id, barcode: 'B4' });
    expect(request).toMatchObject({ allowed: true, explanation: { transaction: 'ill', profile: { name: 'Alle' } } });
    expect(request.illRequestId).toBeTruthy();
    const kit = await post<DeskDecision>(desk, '/desk/ill', { borrowerId: borrowers.get('L1')!.id, barcode: 'S1' });
    expect(kit).toMatchObject({ allowed: false, explanation: { reason: 'not_allowed_by_profile' } });
  });
});

describe('two desks at once', () => {
  it('lend the last allowed loan to one borrower exactly once', async () => {
    // Siri (K4) has B5 out; Bøker allows two. Two desks lend her B2 and B4 at the same moment, round after round.
    const second = await t.signIn('ingrid@storvik.no', { ip: '10.9.9.9' });
    for (let round = 0; round < 6; round += 1) {
      const [a, b] = await Promise.all([lend('K4', 'B2', desk), lend('K4', 'B4', second)]);
      expect([a.allowed, b.allowed].sort()).toEqual([false, true]);
      const [made, refused] = a.allowed ? [a, b] : [b, a];
      expect(refused.explanation).toMatchObject({ reason: 'loan_limit_reached', facts: { loans: 2, maxLoans: 2 } });
      const detail = (await desk.get(`${url}/borrowers/${borrowers.get('K4')!.id}`)).json() as BorrowerDetail;
      expect(detail.loans).toHaveLength(2);
      expect(detail.borrower.openLoans).toBe(2);
      await post<Loan>(desk, '/desk/return', { barcode: made.loan!.item.barcode });
    }
  });
});

describe('who may use the desk', () => {
  it('keeps other libraries out and the desk away from imports', async () => {
    expectProblem(await otherLibrary.get(`${url}/borrowers?q=K1`), 404, 'not_found');
    expectProblem(await otherLibrary.post(`${url}/desk/check-out`, { borrowerId: borrowers.get('K1')!.id, barcode: 'B4' }), 404, 'not_found');
    expectProblem(await desk.post(`${url}/items/import`, { text: 'X1;Tittel;Bøker;;' }), 403, 'forbidden');
    const otherUrl = `/api/libraries/${(await otherLibrary.get('/api/libraries')).json().libraries[0].id}`;
    expectProblem(await otherLibrary.post(`${otherUrl}/desk/check-out`, { borrowerId: borrowers.get('K1')!.id, barcode: 'B4' }), 404, 'not_found', 'borrowerId');
  });
});
