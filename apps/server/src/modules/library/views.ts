import type { LoanProfile } from '@hylle/contracts';
import type { LoanProfileConfig } from './domain/policy.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export const toLoanProfileView = (p: LoanProfileConfig): LoanProfile => ({
  id: p.id,
  materialGroupId: p.materialGroupId,
  name: p.name,
  loanDays: p.period.kind === 'days' ? p.period.days : null,
  yearlyReturnDate: p.period.kind === 'yearly' ? `${pad(p.period.month)}-${pad(p.period.day)}` : null,
  renewals: p.renewals,
  renewalDays: p.renewalDays,
  allowsLoan: p.allowsLoan,
  allowsIll: p.allowsIll,
  allowsReservation: p.allowsReservation,
  borrowerGroupIds: [...p.borrowerGroupIds],
  priority: p.priority,
});
