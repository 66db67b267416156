import { Link, Outlet, useParams } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { SideNav, type SideNavLink } from '../shared/layout/side-nav.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { libraryPages } from './library-api.ts';
import type { CurrentLibrary } from './use-library.ts';
import { useMyLibraries } from './use-my-libraries.ts';

/**
 * One library's pages: the desk for all its staff, import and the rules for its admins. The
 * library must be one of the user's; its name and the user's role go to the pages below.
 */
export function LibraryLayout() {
  const t = useT();
  const { libraryId = '' } = useParams();
  const libraries = useMyLibraries();
  if (libraries.isPending) return <Loading />;
  if (libraries.isError) return <QueryError error={libraries.error} onRetry={() => void libraries.refetch()} />;
  const library = libraries.data.libraries.find((candidate) => candidate.id === libraryId);
  if (!library) return <NotStaff />;

  const links: SideNavLink[] = [
    { to: libraryPages.desk(library.id), label: t('libDesk.title') },
    ...(library.role === 'admin'
      ? [
          { to: libraryPages.importCsv(library.id), label: t('libDesk.import.nav') },
          { to: libraryPages.admin(library.id), label: t('libAdmin.rules.nav'), end: true },
          { to: `${libraryPages.admin(library.id)}/lanergrupper`, label: t('libAdmin.groups.nav') },
          { to: libraryPages.tester(library.id), label: t('libAdmin.tester.nav') },
        ]
      : []),
  ];
  return (
    <div className="with-sidebar">
      <SideNav label={t('library.navLabel', { library: library.name })} title={library.name} links={links} />
      <div className="with-sidebar__content">
        <Outlet context={library satisfies CurrentLibrary} />
      </div>
    </div>
  );
}

/** An address of a library the user is not (or no longer) staff of. */
function NotStaff() {
  const t = useT();
  useDocumentTitle(t('library.notStaffTitle'));
  return (
    <div className="narrow">
      <h1>{t('library.notStaffTitle')}</h1>
      <p>{t('library.notStaffBody')}</p>
      <p>
        <Link to={libraryPages.list}>{t('library.toMyLibraries')}</Link>
      </p>
    </div>
  );
}
