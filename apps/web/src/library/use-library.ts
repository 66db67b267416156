import { useOutletContext } from 'react-router';
import type { MyLibraries } from '@hylle/contracts';

/** The library a page belongs to, and the user's role there. */
export type CurrentLibrary = MyLibraries['libraries'][number];

/** The library of the page, as LibraryLayout found it among the user's libraries. */
export function useLibrary(): CurrentLibrary {
  return useOutletContext<CurrentLibrary>();
}
