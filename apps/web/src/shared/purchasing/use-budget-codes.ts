import { useQuery } from '@tanstack/react-query';
import type { BudgetCode } from '@hylle/contracts';
import { accountKeys } from '../../my-page/account-query-keys.ts';
import { apiGet } from '../api.ts';
import { useMemberAccountId } from './use-member-account.ts';

/** The account's budget codes with what remains of each (CHK-4); the same query as My page → Budsjett. */
export function useBudgetCodes() {
  const accountId = useMemberAccountId() ?? '';
  return useQuery({
    queryKey: accountKeys.budgetCodes(accountId),
    queryFn: ({ signal }) => apiGet<BudgetCode[]>('/api/account/budget-codes', signal),
    enabled: accountId !== '',
  });
}
