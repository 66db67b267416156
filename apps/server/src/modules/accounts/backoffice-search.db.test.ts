import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  const actor = await seedStaff(t);
  await seedAccount(t, actor, { name: 'Fjordlys Bokkafé AS', admin: { email: 'ola@fjordlys.no', name: 'Ola Nordmann' } });
  await seedAccount(t, actor, { name: 'Ålesund bibliotek', admin: { email: 'siv@alesund.kommune.no', name: 'Siv Ødegård' } });
  staff = await t.signIn(actor.email);
});
afterAll(() => t.stop());

const names = async (q: string) =>
  ((await staff.get(`/api/backoffice/accounts?q=${encodeURIComponent(q)}`)).json() as { items: { name: string }[] }).items.map((a) => a.name);

describe('backoffice account search', () => {
  it('finds names without their accents, but keeps æ, ø and å apart from a, o and a', async () => {
    expect(await names('bokkafe')).toEqual(['Fjordlys Bokkafé AS']);
    expect(await names('BOKKAFÉ')).toEqual(['Fjordlys Bokkafé AS']);
    expect(await names('ålesund')).toEqual(['Ålesund bibliotek']);
    expect(await names('alesund bib')).toEqual([]);
  });

  it('finds an account by the name or e-mail of one of its users', async () => {
    expect(await names('ola@fjordlys')).toEqual(['Fjordlys Bokkafé AS']);
    expect(await names('Ødegård')).toEqual(['Ålesund bibliotek']);
    expect(await names('siv')).toEqual(['Ålesund bibliotek']);
  });

  it('treats % and _ as the characters they are', async () => {
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });

  it('names every invalid field of a new account at once', async () => {
    const response = await staff.post('/api/backoffice/accounts', {
      name: '',
      organisationNumber: '964201110',
      customerReference: null,
      postalAddress: { line1: 'Gate 1', line2: '', postalCode: 'ABCDE', city: 'Oslo', country: 'NO' },
      payOnInvoiceAllowed: false,
      firstAdmin: { email: 'not-an-address', name: 'X' },
    });
    const problem = expectProblem(response, 400, 'validation') as { errors?: { field: string; message: string }[] };
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['firstAdmin.email', 'name', 'postalAddress.postalCode']);
    expect(problem.errors?.find((e) => e.field === 'postalAddress.postalCode')?.message).toBe('A postcode in NO has four digits');
  });

  it('refuses a Norwegian delivery address whose postcode is not four digits', async () => {
    const account = (await staff.get('/api/backoffice/accounts?q=Fjordlys')).json().items[0] as { id: string };
    const bad = { ...anAddress('Lageret'), postalCode: '12' };
    expectProblem(await staff.post(`/api/backoffice/accounts/${account.id}/delivery-addresses`, bad), 400, 'validation', 'postalCode');
    const foreign = { ...anAddress('Lager i Sverige'), postalCode: '411 01', country: 'SE' };
    expect((await staff.post(`/api/backoffice/accounts/${account.id}/delivery-addresses`, foreign)).statusCode).toBe(201);
  });
});

describe('the audit log', () => {
  it('names the account each change concerns', async () => {
    const log = (await staff.get('/api/backoffice/audit-log')).json() as { action: string; accountName: string | null }[];
    expect(log.find((e) => e.action === 'account.created' && e.accountName === 'Ålesund bibliotek')).toBeDefined();
  });
});

describe('the session', () => {
  it('tells the web app how to reach customer service', async () => {
    const session = (await t.client().get('/api/session')).json();
    expect(session.store.customerService).toEqual({ email: 'kundeservice@demo.hylle.no', phone: '+47 22 00 00 00' });
  });
});
