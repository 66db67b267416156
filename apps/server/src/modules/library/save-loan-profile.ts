import type { LoanProfileBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeRules } from './change-rules.ts';
import { checkLoanProfile } from './domain/policy-checks.ts';
import type { LoanProfileConfig } from './domain/policy.ts';
import { findMaterialGroup, insertLoanProfile, listBorrowerGroups, listLoanProfiles, toMaterialGroupConfig, updateLoanProfile } from './policy.repo.ts';

function periodOf(body: LoanProfileBody): Result<LoanProfileConfig['period'], 'invalid_loan_profile'> {
  if ((body.loanDays === null) === (body.yearlyReturnDate === null)) {
    return err('invalid_loan_profile', 'Give either loan days or a yearly return date, not both', 'loanDays');
  }
  if (body.loanDays !== null) return ok({ kind: 'days', days: body.loanDays });
  const [month, day] = body.yearlyReturnDate!.split('-').map(Number) as [number, number];
  return ok({ kind: 'yearly', month, day });
}

/** Saves a profile of a material group (rules 3, 4): new when `profileId` is null. */
export function saveLoanProfile(ctx: AppContext, libraryId: string, materialGroupId: string, profileId: string | null, body: LoanProfileBody) {
  return changeRules(ctx, libraryId, async (tx) => {
    const group = await findMaterialGroup(tx, libraryId, materialGroupId);
    if (!group) return err('not_found', 'No such material group');
    const siblings = (await listLoanProfiles(tx, libraryId)).filter((p) => p.materialGroupId === materialGroupId);
    const existing = profileId === null ? undefined : siblings.find((p) => p.id === profileId);
    if (profileId !== null && !existing) return err('not_found', 'No such loan profile');
    const period = periodOf(body);
    if (!period.ok) return period;
    const groups = new Map((await listBorrowerGroups(tx, libraryId)).map((g) => [g.id, g]));
    const priority = body.priority ?? existing?.priority ?? Math.max(0, ...siblings.map((p) => p.priority)) + 1;
    const candidate: LoanProfileConfig = {
      id: profileId ?? 'new',
      materialGroupId,
      name: body.name,
      period: period.value,
      renewals: body.renewals,
      renewalDays: body.renewalDays,
      allowsLoan: body.allowsLoan,
      allowsIll: body.allowsIll,
      allowsReservation: body.allowsReservation,
      borrowerGroupIds: body.borrowerGroupIds,
      priority,
    };
    const checked = checkLoanProfile(candidate, { materialGroup: toMaterialGroupConfig(group), siblings, groups });
    if (!checked.ok) return checked;
    if (profileId === null) await insertLoanProfile(tx, libraryId, checked.value, ctx.clock.now());
    else await updateLoanProfile(tx, libraryId, checked.value, ctx.clock.now());
    return ok(null);
  });
}
