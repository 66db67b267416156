/** Keys carry the account id so a switch of account can never show the previous one's data. */
export const accountKeys = {
  company: (accountId: string) => ['account', accountId, 'company'] as const,
  addresses: (accountId: string) => ['account', accountId, 'delivery-addresses'] as const,
  members: (accountId: string) => ['account', accountId, 'members'] as const,
  budgetCodes: (accountId: string) => ['account', accountId, 'budget-codes'] as const,
};
export const profileKey = ['me', 'profile'] as const;
