/** The library's API: every address is below its id (the server checks the caller's role there). */
export const libraryApi = (libraryId: string, path = '') => `/api/libraries/${encodeURIComponent(libraryId)}${path}`;

/** The library's pages. */
export const libraryPages = {
  list: '/bibliotek',
  home: (libraryId: string) => `/bibliotek/${libraryId}`,
  desk: (libraryId: string) => `/bibliotek/${libraryId}/skranke`,
  borrower: (libraryId: string, borrowerId: string) => `/bibliotek/${libraryId}/skranke?laaner=${encodeURIComponent(borrowerId)}`,
  importCsv: (libraryId: string) => `/bibliotek/${libraryId}/import`,
  admin: (libraryId: string) => `/bibliotek/${libraryId}/admin`,
  tester: (libraryId: string) => `/bibliotek/${libraryId}/admin/test`,
};
