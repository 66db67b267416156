import { useQuery } from '@tanstack/react-query';
import type { DistributionSettings } from '@hylle/contracts';
import { apiGet } from '../api.ts';
import { useSession } from '../session.ts';

/** Carries the account id, so a switch of account can never show the previous one's lists. */
export const distributionSettingsKey = (accountId: string) => ['account', accountId, 'distribution'] as const;

/**
 * The current account's distribution lists (INT-1) and the signed-in member's own defaults:
 * My page keeps them, the cart fills its lines in from them. Idle without a current account.
 */
export function useDistributionSettings() {
  const accountId = useSession().currentAccountId ?? '';
  return useQuery({
    queryKey: distributionSettingsKey(accountId),
    queryFn: ({ signal }) => apiGet<DistributionSettings>('/api/account/distribution', signal),
    enabled: accountId !== '',
  });
}
