import type { LibraryPolicy, LoanProfileConfig, MaterialGroupConfig } from './policy.ts';

/**
 * The example of the seed (003): All → Libraries; All → Persons → Children, Adults; and a
 * material group with three prioritised profiles, "Adults" first, "Libraries" second, "All"
 * last. Shared by the engine's tests and the benchmark's smallest case.
 */
export const exampleGroups = [
  { id: 'all', name: 'Alle', parentId: null },
  { id: 'libraries', name: 'Bibliotek', parentId: 'all' },
  { id: 'persons', name: 'Personer', parentId: 'all' },
  { id: 'children', name: 'Barn', parentId: 'persons' },
  { id: 'adults', name: 'Voksne', parentId: 'persons' },
];

export const books: MaterialGroupConfig = { id: 'books', name: 'Bøker', description: '', bookable: null, maxLoans: 3 };

export const profile = (overrides: Partial<LoanProfileConfig> & Pick<LoanProfileConfig, 'id' | 'priority'>): LoanProfileConfig => ({
  materialGroupId: books.id,
  name: overrides.id,
  period: { kind: 'days', days: 28 },
  renewals: 2,
  renewalDays: 14,
  allowsLoan: true,
  allowsIll: false,
  allowsReservation: true,
  borrowerGroupIds: [],
  ...overrides,
});

export const examplePolicy: LibraryPolicy = {
  groups: exampleGroups,
  materialGroups: [books],
  profiles: [
    profile({ id: 'adults-profile', priority: 1, borrowerGroupIds: ['adults'] }),
    profile({ id: 'libraries-profile', priority: 2, borrowerGroupIds: ['libraries'], period: { kind: 'days', days: 60 }, allowsReservation: false }),
    profile({ id: 'all-profile', priority: 3, borrowerGroupIds: ['all'], period: { kind: 'days', days: 14 }, renewals: 1, renewalDays: 7, allowsIll: true }),
  ],
};
