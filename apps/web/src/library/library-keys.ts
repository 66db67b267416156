/**
 * Query keys of the library module. Each carries the library's id, so a user who is staff of
 * two libraries never sees one library's borrowers or rules on the other's pages; everything of
 * a library shares one prefix. The user's own libraries are keyed by user, for the same reason.
 */
export const libraryKeys = {
  mine: (userId: string) => ['library', 'mine', userId] as const,
  all: (libraryId: string) => ['library', libraryId] as const,
  settings: (libraryId: string) => ['library', libraryId, 'settings'] as const,
  directory: (libraryId: string) => ['library', libraryId, 'directory'] as const,
  /** Prefix of every borrower search and detail: a change to a borrower refreshes them all. */
  borrowers: (libraryId: string) => ['library', libraryId, 'borrowers'] as const,
  borrowerSearch: (libraryId: string, q: string) => ['library', libraryId, 'borrowers', 'search', q] as const,
  borrower: (libraryId: string, borrowerId: string) => ['library', libraryId, 'borrowers', 'detail', borrowerId] as const,
  item: (libraryId: string, barcode: string) => ['library', libraryId, 'items', barcode] as const,
};
