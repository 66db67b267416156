export const backofficeKeys = {
  /** Prefix of every account list (any search, any page). */
  accountLists: ['backoffice', 'accounts'] as const,
  accounts: (q: string, offset: number) => ['backoffice', 'accounts', q, offset] as const,
  account: (id: string) => ['backoffice', 'account', id] as const,
  /** Prefix of every audit list: the global log and each account's. */
  auditAll: ['backoffice', 'audit'] as const,
  audit: (accountId: string | null) => ['backoffice', 'audit', accountId ?? 'all'] as const,
  deadJobs: ['backoffice', 'dead-jobs'] as const,
  priceTerms: (accountId: string) => ['backoffice', 'price-terms', accountId] as const,
  budgetCodes: (accountId: string) => ['backoffice', 'budget-codes', accountId] as const,
  libraryModule: (accountId: string) => ['backoffice', 'library-module', accountId] as const,
  /** Prefix of every page of one code's ledger. */
  budgetLedgerAll: (accountId: string, codeId: string) => ['backoffice', 'budget-ledger', accountId, codeId] as const,
  budgetLedger: (accountId: string, codeId: string, page: number) => ['backoffice', 'budget-ledger', accountId, codeId, page] as const,
  /** Prefix of every page of the import history. */
  catalogueImportLists: ['backoffice', 'catalogue-imports'] as const,
  catalogueImports: (offset: number) => ['backoffice', 'catalogue-imports', offset] as const,
  catalogueImport: (id: string) => ['backoffice', 'catalogue-import', id] as const,
  importProblems: (id: string, offset: number) => ['backoffice', 'catalogue-import', id, 'problems', offset] as const,
};
