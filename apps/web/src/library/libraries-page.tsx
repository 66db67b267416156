import { Link, Navigate } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { libraryPages } from './library-api.ts';
import { useMyLibraries } from './use-my-libraries.ts';

/** "Bibliotek": straight to the desk of the user's one library, or a choice when there are several. */
export function LibrariesPage() {
  const t = useT();
  const { store } = useSession();
  const libraries = useMyLibraries();
  useDocumentTitle(t('library.listTitle'));
  if (libraries.isPending) return <Loading />;
  if (libraries.isError) return <QueryError error={libraries.error} onRetry={() => void libraries.refetch()} />;
  const list = libraries.data.libraries;
  if (list.length === 1) return <Navigate to={libraryPages.desk(list[0]!.id)} replace />;

  return (
    <div className="stack">
      <h1>{t('library.listTitle')}</h1>
      {list.length === 0 ? (
        <EmptyState title={t('library.noneTitle')}>
          <p>{t('library.noneBody', { store: store.name })}</p>
        </EmptyState>
      ) : (
        <>
          <p className="lead">{t('library.listLead')}</p>
          <ul className="card-list">
            {list.map((library) => (
              <li key={library.id} className="card">
                <h2 className="card__title">{library.name}</h2>
                <p className="muted">{t(`library.role.${library.role}`)}</p>
                <div className="button-row">
                  <Link className="button" to={libraryPages.desk(library.id)} aria-label={t('library.openDeskOf', { library: library.name })}>
                    {t('libDesk.title')}
                  </Link>
                  {library.role === 'admin' ? (
                    <Link className="button button--secondary" to={libraryPages.admin(library.id)} aria-label={t('library.openRulesOf', { library: library.name })}>
                      {t('libAdmin.rules.nav')}
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
