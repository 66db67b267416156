import type { AccountDetail, DeliveryAddressBody, Role } from '@hylle/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { addDeliveryAddress, addMember, createAccount } from '../modules/accounts/index.ts';
import { insertUser } from '../modules/identity/index.ts';
import { listDevMailbox, type StoredMail } from '../platform/dev-mailbox.repo.ts';
import type { TestApp } from './test-app.ts';

export type StaffActor = { kind: 'staff'; userId: string; email: string };

/** A member of the store's staff, made directly: staff are not made through the API. */
export async function seedStaff(t: TestApp, email = 'kari@hylle.test', name = 'Kari Kundeservice'): Promise<StaffActor> {
  const user = await t.database.db.transaction((tx) => insertUser(tx, { email, name, isStaff: true }));
  return { kind: 'staff', userId: user.id, email: user.email };
}

/** A valid Norwegian organisation number (modulus 11) made from an eight-digit prefix. */
export function norwegianOrganisationNumber(prefix: number): string {
  for (let p = prefix; ; p++) {
    const digits = String(p).padStart(8, '0').slice(-8);
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const check = 11 - (sum % 11);
    if (check !== 10) return `${digits}${check === 11 ? 0 : check}`;
  }
}

export const anAddress = (label: string, city = 'Bergen'): DeliveryAddressBody => ({
  label,
  recipient: 'Mottak',
  line1: `${label} 1`,
  line2: '',
  postalCode: '5003',
  city,
  country: 'NO',
});

let seeded = 0;

/**
 * A customer account made through the same use cases staff use (as the demo seed does):
 * its first admin, further members and delivery addresses. The welcome and invitation
 * mails are delivered before it returns.
 */
export async function seedAccount(
  t: TestApp,
  staff: StaffActor,
  account: {
    name: string;
    admin: { email: string; name?: string };
    members?: { email: string; name?: string; role: Role }[];
    addresses?: DeliveryAddressBody[];
    customerReference?: string | null;
  },
): Promise<AccountDetail> {
  seeded += 1;
  const created = await createAccount(t.ctx, staff, {
    name: account.name,
    organisationNumber: norwegianOrganisationNumber(91000000 + seeded * 101),
    customerReference: account.customerReference ?? null,
    postalAddress: { line1: 'Strandgaten 1', line2: '', postalCode: '5013', city: 'Bergen', country: 'NO' },
    payOnInvoiceAllowed: false,
    firstAdmin: { email: account.admin.email, name: account.admin.name ?? account.admin.email.split('@')[0]! },
  });
  if (!created.ok) throw new Error(`seeding account ${account.name}: ${created.code}`);
  const detail = { ...created.value, members: [...created.value.members], deliveryAddresses: [...created.value.deliveryAddresses] };
  for (const member of account.members ?? []) {
    const added = await addMember(t.ctx, staff, detail.id, { ...member, name: member.name ?? member.email.split('@')[0]! });
    if (!added.ok) throw new Error(`seeding member ${member.email}: ${added.code}`);
    detail.members.push(added.value);
  }
  for (const address of account.addresses ?? []) {
    const added = await addDeliveryAddress(t.ctx, staff, detail.id, address);
    if (!added.ok) throw new Error(`seeding address ${address.label}: ${added.code}`);
    detail.deliveryAddresses.push(added.value);
  }
  await t.worker.drain();
  return detail;
}

/** The user id of a member of a seeded account. */
export function memberId(account: AccountDetail, email: string): string {
  const member = account.members.find((m) => m.email === email);
  if (!member) throw new Error(`${email} is not a member of ${account.name}`);
  return member.userId;
}

/** Every mail the dev mailbox holds for the address, newest first, after the outbox has run. */
export async function mailsTo(t: TestApp, email: string): Promise<StoredMail[]> {
  await t.worker.drain();
  return (await listDevMailbox(t.database.db, 500)).filter((m) => m.to === email);
}

/** An RFC 9457 problem as Hylle sends it: the status, the stable code, and a request id. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string, field?: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as { status: number; code: string; requestId: string; field?: string };
  expect(body.status).toBe(status);
  expect(body.code).toBe(code);
  expect(body.requestId).toEqual(expect.any(String));
  expect(body.requestId.length).toBeGreaterThan(0);
  if (field !== undefined) expect(body.field).toBe(field);
  return body;
}
