/** The staff API of an account's budget codes. */
export function codesPath(accountId: string) {
  return `/api/backoffice/accounts/${encodeURIComponent(accountId)}/budget-codes`;
}

