import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { libraryPages } from './library-api.ts';
import { useLibrary } from './use-library.ts';

/** The rules and imports are for the library's admins; desk staff are told so and sent back to the desk. */
export function RequireLibraryAdmin({ children }: { children: ReactNode }) {
  const library = useLibrary();
  if (library.role === 'admin') return children;
  return <AdminsOnly libraryId={library.id} />;
}

function AdminsOnly({ libraryId }: { libraryId: string }) {
  const t = useT();
  useDocumentTitle(t('library.adminsOnlyTitle'));
  return (
    <div className="narrow">
      <h1>{t('library.adminsOnlyTitle')}</h1>
      <p>{t('library.adminsOnlyBody')}</p>
      <p>
        <Link to={libraryPages.desk(libraryId)}>{t('library.toDesk')}</Link>
      </p>
    </div>
  );
}
