import type { AccountDetail } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProduct, seedProducts } from '../../test-support/catalogue.ts';
import { anAddress, memberId, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { addCartLine } from './add-cart-line.ts';
import { checkOut, type Buyer } from './check-out.ts';
import { getCart } from './get-cart.ts';

/**
 * Checkout under concurrency and failure (CHK-4): on PostgreSQL in CI, each request on its
 * own connection. Fifty buyers against one code spend it exactly; one key makes one order;
 * a connection cut in the middle leaves nothing behind.
 */
let t: TestApp;
let library: AccountDetail;
let buyers: Buyer[];
let productId: string;
const book = aProduct({ title: 'Fellesbudsjettet', releaseDate: '2018-05-01' });

async function codeOf(code: string, totalMinor: number): Promise<string> {
  const rows = await t.database.db.execute<{ id: string }>(
    sql`INSERT INTO budget_codes (account_id, code, total_minor) VALUES (${library.id}, ${code}, ${totalMinor}) RETURNING id`,
  );
  return rows.rows[0]!.id;
}

async function fillCart(buyer: Buyer, budgetCodeId: string) {
  const added = await addCartLine(t.ctx, buyer, { productId, quantity: 1, budgetCodeId });
  if (!added.ok) throw new Error(`adding to the cart: ${added.code}`);
  return added.value.version;
}

function body(buyer: Buyer, version: string, key = `${buyer.userId}-${version}`) {
  return { idempotencyKey: key, cartVersion: version, deliveryAddressId: library.deliveryAddresses[0]!.id, requisition: '', orderReference: '', costCentre: '', payment: 'prepayment' as const };
}

async function ledgerOf(codeId: string) {
  const rows = await t.database.db.execute<{ spent: string; ledger: string | null; orders: string | null; n: number }>(sql`
    SELECT c.spent_minor AS spent,
           (SELECT sum(amount_minor) FROM budget_ledger_entries WHERE budget_code_id = c.id) AS ledger,
           (SELECT sum(line_gross_minor) FROM order_lines WHERE budget_code_id = c.id) AS orders,
           (SELECT count(DISTINCT order_id)::int FROM order_lines WHERE budget_code_id = c.id) AS n
    FROM budget_codes c WHERE c.id = ${codeId}`);
  const row = rows.rows[0]!;
  return { spent: Number(row.spent), ledger: Number(row.ledger ?? 0), orders: Number(row.orders ?? 0), orderCount: row.n };
}

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  const emails = Array.from({ length: 50 }, (_, i) => `innkjoper${i}@samtidig.no`);
  library = await seedAccount(t, staff, {
    name: 'Samtidig bibliotek',
    admin: { email: 'sjef@samtidig.no' },
    members: emails.map((email) => ({ email, role: 'buyer' as const })),
    addresses: [anAddress('Hovedbiblioteket')],
  });
  buyers = emails.map((email) => ({ accountId: library.id, userId: memberId(library, email), email, name: email }));
  productId = (await seedProducts(t, [book])).get(book.isbn)!;
}, 120_000);
afterAll(() => t.stop());

describe('checkout under concurrency and failure', () => {
  it('lets 50 buyers check out at once against one code: the ledger equals the orders to the øre', async () => {
    const fits = 20;
    const codeId = await codeOf('FELLES', fits * 39_900 + 1_234);
    const versions: string[] = [];
    for (const buyer of buyers) versions.push(await fillCart(buyer, codeId));
    const results = await Promise.all(buyers.map((buyer, i) => checkOut(t.ctx, buyer, body(buyer, versions[i]!))));
    const placed = results.filter((r) => r.ok);
    expect(placed).toHaveLength(fits);
    for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject({ code: 'budget_exceeded' });
    expect(await ledgerOf(codeId)).toEqual({ spent: fits * 39_900, ledger: fits * 39_900, orders: fits * 39_900, orderCount: fits });
    // Those who got an order have an empty cart; the others keep theirs, untouched.
    for (const [i, buyer] of buyers.entries()) {
      const cart = await getCart(t.ctx, buyer);
      expect(cart.ok && cart.value.lines.length, buyer.email).toBe(results[i]!.ok ? 0 : 1);
    }
  }, 120_000);

  it('makes exactly one order of one key used by several requests at once', async () => {
    const buyer = buyers[0]!;
    const codeId = await codeOf('EN-NØKKEL', 1_000_000);
    const version = await fillCart(buyer, codeId);
    const results = await Promise.all(Array.from({ length: 8 }, () => checkOut(t.ctx, buyer, body(buyer, version, 'samme-nøkkel-for-alle-åtte'))));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.value.order.id : '')));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && r.value.created)).toHaveLength(1);
    expect(await ledgerOf(codeId)).toMatchObject({ spent: 39_900, ledger: 39_900, orderCount: 1 });
  });

  it('leaves no order, no debit and the whole cart when the connection is cut in the middle of checkout', async () => {
    const buyer = buyers[1]!;
    const codeId = await codeOf('AVBRUTT', 1_000_000);
    const version = await fillCart(buyer, codeId);
    // The database connection dies as the budget is debited: after the order and its lines were written.
    const cut = t.database.kind === 'postgres' ? 'PERFORM pg_terminate_backend(pg_backend_pid());' : `RAISE EXCEPTION 'connection lost';`;
    await t.database.db.execute(
      sql.raw(`CREATE FUNCTION cut_checkout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.budget_code_id = '${codeId}' THEN ${cut} END IF; RETURN NEW; END $$`),
    );
    await t.database.db.execute(sql.raw('CREATE TRIGGER cut_checkout AFTER INSERT ON budget_ledger_entries FOR EACH ROW EXECUTE FUNCTION cut_checkout()'));
    const ordersBefore = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM orders WHERE account_id = ${library.id}`);
    try {
      await expect(checkOut(t.ctx, buyer, body(buyer, version, 'kuttet-forbindelse'))).rejects.toThrow();
    } finally {
      await t.database.db.execute(sql.raw('DROP TRIGGER cut_checkout ON budget_ledger_entries'));
      await t.database.db.execute(sql.raw('DROP FUNCTION cut_checkout()'));
    }
    const ordersAfter = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM orders WHERE account_id = ${library.id}`);
    expect(ordersAfter.rows[0]!.n).toBe(ordersBefore.rows[0]!.n);
    expect(await ledgerOf(codeId)).toEqual({ spent: 0, ledger: 0, orders: 0, orderCount: 0 });
    const cart = await getCart(t.ctx, buyer);
    expect(cart.ok && cart.value.lines.map((l) => l.budgetCodeId)).toEqual([codeId]);
    // The buyer's retry with the same key then goes through, once.
    const retried = await checkOut(t.ctx, buyer, body(buyer, version, 'kuttet-forbindelse'));
    expect(retried).toMatchObject({ ok: true, value: { created: true } });
    expect(await ledgerOf(codeId)).toMatchObject({ spent: 39_900, orderCount: 1 });
  });
});
