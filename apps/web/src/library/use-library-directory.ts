import { useQuery } from '@tanstack/react-query';
import type { LibraryDirectory } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { libraryApi } from './library-api.ts';
import { libraryKeys } from './library-keys.ts';

/** The names the desk needs (borrower groups, material groups) and the library's today. */
export function useLibraryDirectory(libraryId: string) {
  return useQuery({
    queryKey: libraryKeys.directory(libraryId),
    queryFn: ({ signal }) => apiGet<LibraryDirectory>(libraryApi(libraryId, '/directory'), signal),
  });
}
