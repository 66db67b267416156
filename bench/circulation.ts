/**
 * `npm run bench:circulation -- [--seconds 5] [--httpSeconds 20] [--clients 32] [--http false]`
 *
 * The library module's decision engine in process (issue 5): a library with 50 borrower
 * groups, 40 material groups and 300 loan profiles, borrowers in one to three groups, and
 * decisions asked for random borrowers, material groups and transactions. Prints JSON:
 * decisions/s for the engine's answer (the borrower's groups already compiled, as the desk
 * does once per borrower), with the borrower's groups compiled on each call, and with the
 * full explanation built. Target: ≥ 1,000,000 decisions/s.
 *
 * Then the desk's check-out over HTTP against the real server (`main.ts`) on PostgreSQL
 * (DATABASE_URL, or the local server on 127.0.0.1): the same library configured through the
 * admin API, 2,000 borrowers and an item pool per client imported as CSV, and 32 clients
 * each in a loop checking an item out to a random borrower and returning it. Prints the
 * check-out request's p50/p95/p99 and requests/s. Target: p95 ≤ 10 ms at 32 clients.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { DeskDecision, LibrarySettings } from '@hylle/contracts';
import { decide, type Transaction } from '../apps/server/src/modules/library/domain/decide.ts';
import { explainDecision } from '../apps/server/src/modules/library/domain/explain.ts';
import { generatePolicy } from '../apps/server/src/modules/library/domain/generate-policy.ts';
import { borrowerMaskOf, compilePolicy } from '../apps/server/src/modules/library/domain/policy.ts';
import { benchAgent, createBenchDatabase, insertSession, request, startBenchServer, type Session } from './support/bench-server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    httpSeconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '32' },
    http: { type: 'string', default: 'true' },
    keep: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const size = { groups: 50, materialGroups: 40, profiles: 300, borrowers: 10_000 };
const { policy, borrowers } = generatePolicy(size);

const compileStarted = performance.now();
const compiled = compilePolicy(policy);
const compileMs = performance.now() - compileStarted;
const masks = borrowers.map((groups) => borrowerMaskOf(compiled, groups));
const materialGroupIds = policy.materialGroups.map((g) => g.id);
const transactions: Transaction[] = ['loan', 'loan', 'loan', 'reservation', 'ill'];

/** Runs `step` in rounds of 10,000 for the given time after a warm-up; returns calls per second. */
function rate(step: (i: number) => unknown): number {
  let sink = 0;
  const run = (ms: number) => {
    let calls = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) {
      for (let i = 0; i < 10_000; i += 1) if (step(calls + i)) sink += 1;
      calls += 10_000;
    }
    return calls;
  };
  run(500);
  const started = performance.now();
  const calls = run(seconds * 1000);
  const elapsed = (performance.now() - started) / 1000;
  if (sink < 0) console.error(sink);
  return Math.round(calls / elapsed);
}

const at = (i: number) => ({
  borrower: i % borrowers.length,
  materialGroupId: materialGroupIds[(i * 7) % materialGroupIds.length]!,
  transaction: transactions[i % transactions.length]!,
});
const allowedShare = (() => {
  let allowed = 0;
  for (let i = 0; i < 100_000; i += 1) {
    const c = at(i);
    if (decide(compiled, c.materialGroupId, masks[c.borrower]!, c.transaction).allowed) allowed += 1;
  }
  return allowed / 100_000;
})();

const decisionsPerSecond = rate((i) => {
  const c = at(i);
  return decide(compiled, c.materialGroupId, masks[c.borrower]!, c.transaction).allowed;
});
const withBorrowerGroups = rate((i) => {
  const c = at(i);
  return decide(compiled, c.materialGroupId, borrowerMaskOf(compiled, borrowers[c.borrower]!), c.transaction).allowed;
});
const withExplanation = rate((i) => {
  const c = at(i);
  const decision = decide(compiled, c.materialGroupId, masks[c.borrower]!, c.transaction);
  return explainDecision(compiled, decision, borrowers[c.borrower]!).outcome === 'allowed';
});

const inProcess = { decisionsPerSecond, withBorrowerGroupsCompiledPerSecond: withBorrowerGroups, withExplanationPerSecond: withExplanation };
const log = (message: string) => process.stderr.write(`[bench:circulation] ${message}\n`);
log(`in process: ${JSON.stringify(inProcess)}`);
const overHttp = values.http === 'false' ? null : await checkOutOverHttp();

console.log(
  JSON.stringify(
    {
      benchmark: 'circulation',
      cpus: os.cpus().length,
      node: process.version,
      library: size,
      compileMs: Math.round(compileMs * 100) / 100,
      allowedShare: Math.round(allowedShare * 1000) / 1000,
      inProcess,
      checkOutOverHttp: overHttp,
      targets: { decisionsPerSecond: 1_000_000, checkOutP95Ms: 10, clients: 32 },
    },
    null,
    2,
  ),
);

// ── The check-out API over HTTP ──────────────────────────────────────────────
async function checkOutOverHttp() {
  const clients = Number(values.clients);
  const seconds = Number(values.httpSeconds);
  const database = await createBenchDatabase('hylle_bench_circulation', 2);
  const db = database.pool;
  const app = await startBenchServer(database.url, { env: { HYLLE_STORE: 'no' } }).catch(async (error: unknown) => {
    await database.drop({ keep: false });
    throw error;
  });
  const call = <T>(session: Session, method: string, url: string, body?: unknown) => request<T>(app.port, session, method, url, body);
  const must = async <T>(promise: Promise<{ status: number; json: T }>, what: string): Promise<T> => {
    const response = await promise;
    if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.json)}`);
    return response.json;
  };
  try {
    // A library, its admin (written straight in: a sign-in needs a mailed code), configured through the API.
    const account = (await db.query<{ id: string }>(`INSERT INTO accounts (customer_number, name, organisation_number) VALUES ('B999001', 'Benkbibliotek', '974760673') RETURNING id`)).rows[0]!.id;
    const user = (await db.query<{ id: string }>(`INSERT INTO users (email, name, is_staff) VALUES ('benk@hylle.no', 'Benk', true) RETURNING id`)).rows[0]!.id;
    const session = await insertSession(db, user);
    await must(call(session, 'POST', `/api/backoffice/accounts/${account}/library`, { adminEmail: 'benk@hylle.no' }), 'enable');
    const url = `/api/libraries/${account}`;
    log('configuring the library through the admin API');
    let settings = await must(call<LibrarySettings>(session, 'GET', `${url}/settings`), 'settings');
    const groupIds = new Map<string, string>([['g0', settings.borrowerGroups[0]!.id]]);
    for (const group of policy.groups.slice(1)) {
      settings = await must(call<LibrarySettings>(session, 'POST', `${url}/borrower-groups`, { name: group.name, parentId: groupIds.get(group.parentId!) }), 'group');
      groupIds.set(group.id, settings.borrowerGroups.find((g) => g.name === group.name)!.id);
    }
    const materialGroupIds = new Map<string, string>();
    for (const group of policy.materialGroups) {
      settings = await must(call<LibrarySettings>(session, 'POST', `${url}/material-groups`, { name: group.name, maxLoans: group.maxLoans }), 'material group');
      materialGroupIds.set(group.id, settings.materialGroups.find((g) => g.name === group.name)!.id);
    }
    for (const p of policy.profiles) {
      const body = {
        name: p.name,
        loanDays: p.period.kind === 'days' ? p.period.days : null,
        renewals: p.renewals,
        renewalDays: p.renewalDays,
        allowsLoan: p.allowsLoan,
        allowsIll: p.allowsIll,
        allowsReservation: p.allowsReservation,
        borrowerGroupIds: [...new Set(p.borrowerGroupIds.map((id) => groupIds.get(id)!))],
        priority: p.priority,
      };
      await must(call(session, 'POST', `${url}/material-groups/${materialGroupIds.get(p.materialGroupId)}/profiles`, body), 'profile');
    }
    const borrowerCsv = borrowers.slice(0, 2000).map((groups, i) => `${100000 + i};Låner ${i};${[...new Set(groups.map((g) => policy.groups.find((x) => x.id === g)!.name))].join('|')};nei`);
    await must(call(session, 'POST', `${url}/borrowers/import`, { text: borrowerCsv.join('\n') }), 'borrowers');
    const itemsPerClient = 40;
    const itemCsv = Array.from({ length: clients * itemsPerClient }, (_, i) => `${700000 + i};Eksemplar ${i};${policy.materialGroups[i % policy.materialGroups.length]!.name};;`);
    await must(call(session, 'POST', `${url}/items/import`, { text: itemCsv.join('\n') }), 'items');
    const borrowerIds = (await db.query<{ id: string }>(`SELECT id FROM borrowers WHERE account_id = $1`, [account])).rows.map((r) => r.id);

    log(`check-out: ${clients} clients for ${seconds} s`);
    const latencies: number[] = [];
    const outcomes: Record<string, number> = {};
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const warmupEnds = performance.now() + 3000;
    const ends = warmupEnds + seconds * 1000;
    const desk = async (client: number) => {
      for (let turn = 0; performance.now() < ends; turn += 1) {
        const barcode = String(700000 + client * itemsPerClient + (turn % itemsPerClient));
        const began = performance.now();
        const lent = await call<DeskDecision>(session, 'POST', `${url}/desk/check-out`, { borrowerId: borrowerIds[Math.floor(random() * borrowerIds.length)], barcode });
        const took = performance.now() - began;
        const outcome = lent.status !== 200 ? `http_${lent.status}` : lent.json.allowed ? 'allowed' : (lent.json.explanation.reason ?? 'refused');
        if (began >= warmupEnds) {
          latencies.push(took);
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        }
        if (outcome === 'allowed') await call(session, 'POST', `${url}/desk/return`, { barcode });
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, i) => desk(i)));
    const sorted = latencies.sort((a, b) => a - b);
    const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
    return { clients, seconds, checkOuts: sorted.length, checkOutsPerSecond: Math.round(sorted.length / seconds), p50: at(50), p95: at(95), p99: at(99), outcomes };
  } finally {
    await app.stop();
    benchAgent.destroy();
    await database.drop({ keep: values.keep });
  }
}
