import { useQuery } from '@tanstack/react-query';
import type { MyLibraries } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useSession } from '../shared/session.ts';
import { libraryKeys } from './library-keys.ts';

/**
 * The libraries the signed-in user is staff of, with their role. Asked once per user and
 * kept for a while: the header shows "Bibliotek" from it on every page, and staff roles
 * change rarely (a refused request reloads it, see LibraryLayout).
 */
export function useMyLibraries() {
  const { user } = useSession();
  return useQuery({
    queryKey: libraryKeys.mine(user?.id ?? 'none'),
    queryFn: ({ signal }) => apiGet<MyLibraries>('/api/libraries', signal),
    enabled: user !== null,
    staleTime: 5 * 60_000,
  });
}
