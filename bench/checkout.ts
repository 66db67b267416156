/**
 * `npm run bench:checkout -- [--seconds 20] [--buyers 48] [--accounts 12] [--orders 200000] [--processes 1] [--overviewClients 1,8]`
 *
 * The purchasing loop under load, over HTTP, on PostgreSQL (DATABASE_URL, or the local
 * server on 127.0.0.1), against the real server (`main.ts`):
 *
 * 1. Checkout: concurrent buyers, spread over several accounts, each in a loop adds five
 *    lines to the cart (one request each, with a budget code) and checks out with the cart
 *    version the last add returned. Prints checkouts/s and p50/p95/p99 of the checkout
 *    request and of the whole round (five adds + checkout). Target (issue 4): ≥ 200 checkouts/s.
 * 2. The order overview: one account with 200,000 orders (about five lines each, seeded in
 *    SQL), queried by members with the overview's filters. Target: p95 ≤ 25 ms.
 *
 * Sessions are written straight into the database (a sign-in needs a mailed code); every
 * other step goes through the API as the web app would send it.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchAgent, createBenchDatabase, insertSession, request, root, startBenchServer } from './support/bench-server.ts';
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    buyers: { type: 'string', default: '48' },
    accounts: { type: 'string', default: '12' },
    orders: { type: 'string', default: '200000' },
    titles: { type: 'string', default: '5000' },
    processes: { type: 'string', default: '1' },
    overviewClients: { type: 'string', default: '1,8' },
    keep: { type: 'boolean', default: false },
    /** Write a CPU profile of the server to this folder (use with --processes 1). */
    profile: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const buyerCount = Number(values.buyers);
const accountCount = Number(values.accounts);
const orderCount = Number(values.orders);
const log = (message: string) => process.stderr.write(`[bench:checkout] ${message}\n`);
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
const round = (n: number) => Math.round(n * 10) / 10;
const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
};

function run(command: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command.join(' ')} exited with ${code}: ${out}`))));
  });
}

/** `--orders 0`: the checkout load only. */
class Skip extends Error {}

// ── The database and the catalogue ───────────────────────────────────────────
const database = await createBenchDatabase('hylle_bench_checkout', 4);
const db = database.pool;
const env = { DATABASE_URL: database.url };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-bench-checkout-'));
const result: Record<string, unknown> = { benchmark: 'checkout', cpus: os.cpus().length, webProcesses: Number(values.processes) };

try {
  const file = path.join(work, 'catalogue.xml');
  const today = new Date().toISOString().slice(0, 10);
  await run(['scripts/generate-catalogue.ts', '--titles', values.titles, '--out', file, '--store', 'no', '--seed', '11', '--today', today], {});
  log(`importing ${values.titles} titles`);
  await run(['apps/server/src/import-catalogue.ts', '--quiet', file], { ...env, LOG_LEVEL: 'warn' });

  const app = await startBenchServer(database.url, {
    processes: values.processes,
    nodeArgs: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [],
  });
  const { port } = app;
  try {

    // ── Accounts, buyers with sessions, a budget code each ──────────────────
    const products = (await db.query<{ id: string }>(`SELECT id FROM products WHERE availability <> 'out_of_print' AND list_price_minor IS NOT NULL AND currency = 'NOK'`)).rows.map((r) => r.id);
    const sessionFor = (userId: string, accountId: string) => insertSession(db, userId, accountId);
    const makeAccount = async (i: number) => {
      const account = (
        await db.query<{ id: string }>(
          `INSERT INTO accounts (customer_number, name, organisation_number, pay_on_invoice_allowed) VALUES ($1, $2, '974760673', true) RETURNING id`,
          [`B${900000 + i}`, `Benkbibliotek ${i}`],
        )
      ).rows[0]!.id;
      const address = (
        await db.query<{ id: string }>(`INSERT INTO delivery_addresses (account_id, label, line1, postal_code, city, country) VALUES ($1, 'Hovedbiblioteket', 'Storgata 1', '0155', 'Oslo', 'NO') RETURNING id`, [account])
      ).rows[0]!.id;
      const code = (
        await db.query<{ id: string }>(`INSERT INTO budget_codes (account_id, code, total_minor, standard_discount_bp) VALUES ($1, 'FIKSJON', 900000000000, 2500) RETURNING id`, [account])
      ).rows[0]!.id;
      return { account, address, code };
    };
    const makeBuyer = async (accountId: string, label: string) => {
      const user = (await db.query<{ id: string }>(`INSERT INTO users (email, name) VALUES ($1, $2) RETURNING id`, [`${label}@benk.no`, label])).rows[0]!.id;
      await db.query(`INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, 'buyer')`, [accountId, user]);
      return { user, session: await sessionFor(user, accountId) };
    };
    const accounts = [];
    for (let i = 0; i < accountCount; i++) accounts.push(await makeAccount(i));
    const buyers: (Awaited<ReturnType<typeof makeAccount>> & Awaited<ReturnType<typeof makeBuyer>>)[] = [];
    for (let i = 0; i < buyerCount; i++) {
      const home = accounts[i % accounts.length]!;
      buyers.push({ ...home, ...(await makeBuyer(home.account, `kjoper${i}`)) });
    }

    // ── 1. Checkout load ────────────────────────────────────────────────────
    log(`checkout: ${buyerCount} buyers over ${accountCount} accounts for ${seconds} s`);
    const checkoutMs: number[] = [];
    const roundMs: number[] = [];
    const addMs: number[] = [];
    const failures: Record<string, number> = {};
    let seed = 99;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const warmupEnds = performance.now() + 3000;
    const ends = warmupEnds + seconds * 1000;
    const buyerLoop = async (buyer: (typeof buyers)[number]) => {
      while (performance.now() < ends) {
        const roundStarted = performance.now();
        let version = '';
        let failed = false;
        for (let line = 0; line < 5; line++) {
          const started = performance.now();
          const added = await request(port, buyer.session, 'POST', '/api/cart/lines', {
            productId: products[Math.floor(random() * products.length)],
            quantity: 1 + Math.floor(random() * 3),
            budgetCodeId: buyer.code,
          });
          if (performance.now() >= warmupEnds) addMs.push(performance.now() - started);
          if (added.status !== 201) {
            failures[`add ${added.status}`] = (failures[`add ${added.status}`] ?? 0) + 1;
            failed = true;
            break;
          }
          version = (added.json as { version: string }).version;
        }
        if (failed) {
          await request(port, buyer.session, 'DELETE', '/api/cart');
          continue;
        }
        const started = performance.now();
        const placed = await request(port, buyer.session, 'POST', '/api/checkout', {
          idempotencyKey: randomUUID(),
          cartVersion: version,
          deliveryAddressId: buyer.address,
          requisition: 'Benk',
          payment: 'invoice',
        });
        const now = performance.now();
        if (placed.status !== 201) {
          failures[`checkout ${placed.status}`] = (failures[`checkout ${placed.status}`] ?? 0) + 1;
          await request(port, buyer.session, 'DELETE', '/api/cart');
          continue;
        }
        if (now >= warmupEnds && now <= ends) {
          checkoutMs.push(now - started);
          roundMs.push(now - roundStarted);
        }
      }
    };
    await Promise.all(buyers.map(buyerLoop));
    const ledger = (
      await db.query<{ orders: string; ledger: string }>(
        `SELECT (SELECT coalesce(sum(total_gross_minor), 0) FROM orders) AS orders, (SELECT coalesce(sum(amount_minor), 0) FROM budget_ledger_entries) AS ledger`,
      )
    ).rows[0]!;
    result.checkout = {
      buyers: buyerCount,
      accounts: accountCount,
      seconds,
      checkoutsPerSecond: round(checkoutMs.length / seconds),
      checkoutRequest: stats(checkoutMs),
      addLineRequest: stats(addMs),
      wholeRound: stats(roundMs),
      failures,
      ledgerEqualsOrders: ledger.orders === ledger.ledger,
    };
    log(`checkout: ${JSON.stringify(result.checkout)}`);

    // ── 2. The order overview of an account with many orders ────────────────
    if (orderCount === 0) throw new Skip();
    log(`overview: seeding ${orderCount} orders`);
    const big = await makeAccount(accountCount + 1);
    const members: Awaited<ReturnType<typeof makeBuyer>>[] = [];
    for (let i = 0; i < 6; i++) members.push(await makeBuyer(big.account, `stor${i}`));
    const seedStarted = performance.now();
    await db.query(`SELECT setseed(0.42)`);
    await db.query(
      `INSERT INTO orders (order_number, account_id, placed_by_user_id, placed_by_name, channel, status, payment, requisition, delivery_address, currency,
                           total_net_minor, total_vat_minor, total_gross_minor, placed_on, placed_at, title_search)
       SELECT 'S' || g, $1, ($2::uuid[])[1 + g % 6], 'Kjøper ' || (g % 6), (ARRAY['web','web','web','phone','email','edi'])[1 + g % 6],
              (ARRAY['processing','shipped','partially_delivered','invoiced','invoiced','invoiced','cancelled'])[1 + g % 7], 'invoice',
              (ARRAY['Voksenavdeling','Barneavdeling','Ungdom','Filial Nord','Fagbøker'])[1 + g % 5],
              '{"label":"Hovedbiblioteket","recipient":"","line1":"Storgata 1","line2":"","postalCode":"0155","city":"Oslo","country":"NO"}'::jsonb, 'NOK',
              100000, 0, 100000, (current_date - (g % 1500)), now() - (g || ' minutes')::interval, ''::tsvector
       FROM generate_series(1, $3::int) g`,
      [big.account, members.map((m) => m.user), orderCount],
    );
    await db.query(
      `INSERT INTO order_lines (order_id, account_id, line_no, product_id, isbn, title, quantity, delivered_quantity, status, vat_rate_bp, discount_bp,
                                unit_list_gross_minor, unit_gross_minor, line_net_minor, line_vat_minor, line_gross_minor)
       SELECT o.id, o.account_id, n, p.id, p.isbn, p.title, 1, 0, 'processing', 0, 0, 20000, 20000, 20000, 0, 20000
       FROM orders o CROSS JOIN generate_series(1, 5) n
       JOIN LATERAL (SELECT id, isbn, title FROM products OFFSET (abs(hashtext(o.id::text || n)) % ${Number(values.titles)}) LIMIT 1) p ON true
       WHERE o.account_id = $1`,
      [big.account],
    );
    await db.query(
      `UPDATE orders o SET title_search = to_tsvector('simple', (SELECT string_agg(title, ' ') FROM order_lines l WHERE l.order_id = o.id)) WHERE o.account_id = $1`,
      [big.account],
    );
    await db.query('ANALYZE');
    const seeded = round((performance.now() - seedStarted) / 1000);
    const sample = (await db.query<{ isbn: string; title: string }>(`SELECT isbn, title FROM order_lines WHERE account_id = $1 LIMIT 200`, [big.account])).rows;
    const word = (title: string) => title.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4) ?? title.split(' ')[0]!;
    const queries: Record<string, () => string> = {
      all: () => `page=${1 + Math.floor(random() * 5)}`,
      mine: () => 'mine=true',
      buyer: () => `buyer=${members[Math.floor(random() * members.length)]!.user}`,
      status: () => `status=${['processing', 'shipped', 'invoiced', 'cancelled'][Math.floor(random() * 4)]}`,
      date_range: () => {
        const from = new Date(Date.now() - Math.floor(random() * 1400) * 86_400_000).toISOString().slice(0, 10);
        return `from=${from}&to=${new Date(Date.parse(from) + 30 * 86_400_000).toISOString().slice(0, 10)}`;
      },
      requisition: () => `requisition=${encodeURIComponent(['voksen', 'barn', 'filial', 'fag'][Math.floor(random() * 4)]!)}`,
      title: () => `title=${encodeURIComponent(word(sample[Math.floor(random() * sample.length)]!.title))}`,
      isbn: () => `title=${sample[Math.floor(random() * sample.length)]!.isbn}`,
      combined: () => `status=invoiced&requisition=voksen&from=${new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10)}`,
    };
    const kinds = Object.keys(queries);
    // One librarian at a time (the latency a user sees), then several at once (the load).
    const measureOverview = async (clients: number) => {
      const overview: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, []]));
      const overviewErrors: Record<string, number> = {};
      const overviewWarm = performance.now() + 2000;
      const overviewEnds = overviewWarm + seconds * 1000;
      let turn = 0;
      const reader = async (member: (typeof members)[number]) => {
        while (performance.now() < overviewEnds) {
          const kind = kinds[turn++ % kinds.length]!;
          const started = performance.now();
          const response = await request(port, member.session, 'GET', `/api/orders?${queries[kind]!()}`);
          if (response.status !== 200) overviewErrors[kind] = (overviewErrors[kind] ?? 0) + 1;
          else if (performance.now() >= overviewWarm) overview[kind]!.push(performance.now() - started);
        }
      };
      await Promise.all(Array.from({ length: clients }, (_, i) => reader(members[i % members.length]!)));
      const all = Object.values(overview).flat();
      return {
        clients,
        all: { ...stats(all), rps: Math.round(all.length / seconds) },
        byFilter: Object.fromEntries(kinds.map((k) => [k, stats(overview[k]!)])),
        errors: overviewErrors,
      };
    };
    const runs = [];
    for (const clients of values.overviewClients.split(',').map(Number)) runs.push(await measureOverview(clients));
    result.overview = { orders: orderCount, lines: orderCount * 5, seedSeconds: seeded, runs };
  } catch (error) {
    if (!(error instanceof Skip)) throw error;
  } finally {
    await app.stop();
  }
} finally {
  benchAgent.destroy();
  fs.rmSync(work, { recursive: true, force: true });
  await database.drop({ keep: values.keep });
}
result.targets = { checkoutsPerSecond: 200, overviewP95Ms: 25 };
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
