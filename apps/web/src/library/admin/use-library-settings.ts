import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LibrarySettings } from '@hylle/contracts';
import { apiGet } from '../../shared/api.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';

/** The library's rules as its admin sees them: the tree, material groups with their profiles, and the warnings. */
export function useLibrarySettings(libraryId: string) {
  return useQuery({
    queryKey: libraryKeys.settings(libraryId),
    queryFn: ({ signal }) => apiGet<LibrarySettings>(libraryApi(libraryId, '/settings'), signal),
  });
}

/**
 * Every change of the rules answers with the whole settings (warnings recomputed); storing
 * that answer shows the change and its warnings at once. The desk's directory names the
 * same groups, so it is refreshed too.
 */
export function useStoreSettings(libraryId: string) {
  const queryClient = useQueryClient();
  return (settings: LibrarySettings) => {
    queryClient.setQueryData(libraryKeys.settings(libraryId), settings);
    void queryClient.invalidateQueries({ queryKey: libraryKeys.directory(libraryId) });
  };
}
