import { useQuery } from '@tanstack/react-query';
import type { BorrowerList } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { libraryApi } from './library-api.ts';
import { libraryKeys } from './library-keys.ts';

/** Borrowers by card number (exactly) or the start of a name; asks only once a search is sent. */
export function useBorrowerSearch(libraryId: string, q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: libraryKeys.borrowerSearch(libraryId, query),
    queryFn: ({ signal }) => apiGet<BorrowerList>(libraryApi(libraryId, `/borrowers?q=${encodeURIComponent(query)}`), signal),
    enabled: query !== '',
  });
}
