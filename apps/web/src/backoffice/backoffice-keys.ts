export const backofficeKeys = {
  accounts: (q: string, offset: number) => ['backoffice', 'accounts', q, offset] as const,
  account: (id: string) => ['backoffice', 'account', id] as const,
  audit: (accountId: string | null) => ['backoffice', 'audit', accountId ?? 'all'] as const,
  deadJobs: ['backoffice', 'dead-jobs'] as const,
};
