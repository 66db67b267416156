import { NavLink } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { libraryPages } from './library-api.ts';
import { useMyLibraries } from './use-my-libraries.ts';

/** "Bibliotek" in the main navigation, for staff of at least one library; nobody else needs to see the module. */
export function LibraryNavLink() {
  const t = useT();
  const libraries = useMyLibraries();
  if (!libraries.data || libraries.data.libraries.length === 0) return null;
  return (
    <li>
      <NavLink to={libraryPages.list}>{t('library.nav')}</NavLink>
    </li>
  );
}
