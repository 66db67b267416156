/**
 * `npm run bench:circulation -- [--seconds 5]`
 *
 * The library module's decision engine in process (issue 5): a library with 50 borrower
 * groups, 40 material groups and 300 loan profiles, borrowers in one to three groups, and
 * decisions asked for random borrowers, material groups and transactions. Prints JSON:
 * decisions/s for the engine's answer (the borrower's groups already compiled, as the desk
 * does once per borrower), with the borrower's groups compiled on each call, and with the
 * full explanation built. Target: ≥ 1,000,000 decisions/s.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { decide, type Transaction } from '../apps/server/src/modules/library/domain/decide.ts';
import { explainDecision } from '../apps/server/src/modules/library/domain/explain.ts';
import { generatePolicy } from '../apps/server/src/modules/library/domain/generate-policy.ts';
import { borrowerMaskOf, compilePolicy } from '../apps/server/src/modules/library/domain/policy.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } });
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

console.log(
  JSON.stringify(
    {
      benchmark: 'circulation',
      cpus: os.cpus().length,
      node: process.version,
      library: size,
      compileMs: Math.round(compileMs * 100) / 100,
      allowedShare: Math.round(allowedShare * 1000) / 1000,
      inProcess: { decisionsPerSecond, withBorrowerGroupsCompiledPerSecond: withBorrowerGroups, withExplanationPerSecond: withExplanation },
      targets: { decisionsPerSecond: 1_000_000 },
    },
    null,
    2,
  ),
);
