import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineageOf, type BorrowerGroupNode } from './borrower-group-tree.ts';
import { dateOf, dayOfChecked, isLeapYear } from './calendar-days.ts';
import { dueDayOf } from './circulation-rules.ts';
import { decide } from './decide.ts';
import { explainDecision } from './explain.ts';
import { borrowerMaskOf, compilePolicy, type LibraryPolicy } from './policy.ts';
import { policyWarnings } from './policy-checks.ts';

/** A random tree (each group's parent is an earlier one), a material group with profiles at distinct priorities, and a borrower. */
const aPolicy = fc.integer({ min: 1, max: 80 }).chain((size) =>
  fc
    .record({
      parents: fc.array(fc.nat(), { minLength: size - 1, maxLength: size - 1 }),
      profiles: fc.uniqueArray(fc.record({ groups: fc.uniqueArray(fc.nat({ max: size - 1 }), { maxLength: 4 }), allows: fc.boolean(), priority: fc.integer({ min: 1, max: 1000 }) }), {
        maxLength: 12,
        selector: (p: { priority: number }) => p.priority,
      }),
      borrower: fc.uniqueArray(fc.nat({ max: size - 1 }), { maxLength: 3 }),
    })
    .map(({ parents, profiles, borrower }) => {
      const groups: BorrowerGroupNode[] = [{ id: 'g0', name: 'Alle', parentId: null }];
      parents.forEach((p, i) => groups.push({ id: `g${i + 1}`, name: `G${i + 1}`, parentId: `g${p % (i + 1)}` }));
      const policy: LibraryPolicy = {
        groups,
        materialGroups: [{ id: 'm', name: 'M', description: '', bookable: null, maxLoans: null }],
        profiles: profiles.map((p, i) => ({
          id: `p${i}`,
          materialGroupId: 'm',
          name: `P${i}`,
          period: { kind: 'days', days: 14 },
          renewals: 0,
          renewalDays: 0,
          allowsLoan: p.allows,
          allowsIll: p.allows,
          allowsReservation: false,
          borrowerGroupIds: p.groups.map((g) => `g${g}`),
          priority: p.priority,
        })),
      };
      return { policy, borrower: borrower.map((g) => `g${g}`) };
    }),
);

/** The rule as written, without masks: the first profile by priority with a group in the borrower's groups or their ancestors. */
function oracle(policy: LibraryPolicy, borrowerGroupIds: string[]) {
  const byId = new Map(policy.groups.map((g) => [g.id, g]));
  const theirs = new Set(borrowerGroupIds.flatMap((id) => lineageOf(byId, id).map((g) => g.id)));
  return [...policy.profiles].sort((a, b) => a.priority - b.priority).find((p) => p.borrowerGroupIds.some((g) => theirs.has(g)));
}

describe('the decision engine, whatever the tree', () => {
  it('honours priority order: the winner is the first profile sharing a group, and it alone decides', () => {
    fc.assert(
      fc.property(aPolicy, ({ policy, borrower }) => {
        const compiled = compilePolicy(policy);
        const decision = decide(compiled, 'm', borrowerMaskOf(compiled, borrower), 'loan');
        const expected = oracle(policy, borrower);
        expect(decision.profile?.config.id).toBe(expected?.id);
        expect(decision.allowed).toBe(expected?.allowsLoan ?? false);
        const explanation = explainDecision(compiled, decision, borrower);
        const decided = explanation.trace.findIndex((s) => s.outcome === 'decided');
        expect(explanation.trace.slice(0, Math.max(decided, 0)).every((s) => s.outcome === 'no_shared_group')).toBe(true);
        if (decided >= 0) expect(explanation.trace.slice(decided + 1).every((s) => s.outcome === 'not_consulted')).toBe(true);
        expect(explanation.trace.map((s) => s.priority)).toEqual([...explanation.trace.map((s) => s.priority)].sort((a, b) => a - b));
        if (expected) {
          // The matched group is one of the winner's, on the lineage of the group it was reached through.
          const byId = new Map(policy.groups.map((g) => [g.id, g]));
          const matched = explanation.matchedGroup!;
          expect(expected.borrowerGroupIds).toContain(matched.id);
          expect(borrower).toContain(matched.through!.id);
          expect(lineageOf(byId, matched.through!.id).map((g) => g.id)).toContain(matched.id);
        }
      }),
    );
  });

  it('lets the first profile with "All" alone decide an inter-library loan', () => {
    fc.assert(
      fc.property(aPolicy, ({ policy, borrower }) => {
        const compiled = compilePolicy(policy);
        const decision = decide(compiled, 'm', borrowerMaskOf(compiled, borrower), 'ill');
        const first = [...policy.profiles].sort((a, b) => a.priority - b.priority).find((p) => p.borrowerGroupIds.includes('g0'));
        expect(decision.profile?.config.id).toBe(first?.id);
        expect(decision.refusal).toBe(first ? (first.allowsIll ? null : 'not_allowed_by_profile') : 'not_available_for_ill');
      }),
    );
  });

  it('warns "shadowed" exactly for the profiles no borrower can ever reach', () => {
    fc.assert(
      fc.property(aPolicy, ({ policy }) => {
        const shadowed = new Set(policyWarnings(policy).flatMap((w) => (w.kind === 'shadowed' ? [w.profileId] : [])));
        // Every borrower is a set of groups; a profile is reachable when some single group reaches it (more groups only add earlier matches).
        const reachable = new Set(policy.groups.flatMap((g) => oracle(policy, [g.id])?.id ?? []));
        for (const p of policy.profiles) {
          if (p.borrowerGroupIds.length === 0) continue;
          expect(shadowed.has(p.id)).toBe(!reachable.has(p.id));
        }
      }),
    );
  });
});

describe('yearly return dates', () => {
  it('fall strictly after the loan date, within a year, on the month-day or 28 February for the 29th', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (offset, month, rawDay) => {
        const day = Math.min(rawDay, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
        const loan = dayOfChecked('1990-01-01') + offset;
        const due = dueDayOf({ kind: 'yearly', month, day }, loan);
        expect(due).toBeGreaterThan(loan);
        expect(due - loan).toBeLessThanOrEqual(366);
        const [y, m, d] = dateOf(due).split('-').map(Number) as [number, number, number];
        expect(m).toBe(month);
        expect(d).toBe(month === 2 && day === 29 && !isLeapYear(y) ? 28 : day);
      }),
    );
  });
});
