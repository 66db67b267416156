import type { AccountDetail } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, memberId, seedAccount, seedStaff, type StaffActor } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addDeliveryAddress } from './add-delivery-address.ts';
import type { AccountScope } from './actor.ts';

let t: TestApp;
let staff: StaffActor;
let library: AccountDetail;
let admin: TestClient;
let staffClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  staff = await seedStaff(t);
  library = await seedAccount(t, staff, {
    name: 'Fjellby bibliotek',
    admin: { email: 'astrid@fjellby.no', name: 'Astrid Admin' },
    members: [{ email: 'eirik@fjellby.no', name: 'Eirik', role: 'admin' }],
  });
  admin = await t.signIn('astrid@fjellby.no');
  staffClient = await t.signIn(staff.email);
});
afterAll(() => t.stop());

describe('admin rights are checked inside the change itself', () => {
  it('refuses a request made as admin by someone demoted since the request was scoped', async () => {
    // The scope as it was when the request came in; the demotion commits before the change runs.
    const staleScope: AccountScope = {
      kind: 'member',
      userId: memberId(library, 'eirik@fjellby.no'),
      email: 'eirik@fjellby.no',
      accountId: library.id,
      role: 'admin',
    };
    const demoted = await admin.put(`/api/account/members/${staleScope.userId}`, { role: 'buyer' });
    expect(demoted.statusCode).toBe(200);

    const result = await addDeliveryAddress(t.ctx, staleScope, library.id, anAddress('Bakdøra'));
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    const count = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM delivery_addresses WHERE account_id = ${library.id}`,
    );
    expect(count.rows[0]?.n).toBe(0);
  });
});

describe('the audit log holds customers’ changes too', () => {
  it('records who of the customer changed an address, the postal address and a role', async () => {
    expect((await admin.post('/api/account/delivery-addresses', anAddress('Hovedinngangen'))).statusCode).toBe(201);
    const postalAddress = { line1: 'Postboks 9', line2: '', postalCode: '5700', city: 'Voss', country: 'NO' };
    expect((await admin.put('/api/account/postal-address', { postalAddress })).statusCode).toBe(200);

    const log = await staffClient.get(`/api/backoffice/audit-log?accountId=${library.id}`);
    const entries = log.json() as { action: string; actorEmail: string; before: unknown; after: unknown }[];
    const byAdmin = entries.filter((e) => e.actorEmail === 'astrid@fjellby.no').map((e) => e.action);
    expect(byAdmin).toEqual(
      expect.arrayContaining(['delivery_address.added', 'account.postal_address_changed', 'member.role_changed']),
    );
    const postal = entries.find((e) => e.action === 'account.postal_address_changed');
    expect(postal?.before).toEqual({ postalAddress: { line1: 'Strandgaten 1', line2: '', postalCode: '5013', city: 'Bergen', country: 'NO' } });
    expect(postal?.after).toEqual({ postalAddress });
  });
});
