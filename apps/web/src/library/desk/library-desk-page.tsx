import { useSearchParams } from 'react-router';
import type { Borrower } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { useLibraryDirectory } from '../use-library-directory.ts';
import { useLibrary } from '../use-library.ts';
import { BorrowerPanel } from './borrower-panel.tsx';
import { BorrowerSearch } from './borrower-search.tsx';
import { ItemsSection } from './items-section.tsx';
import { ReturnForm } from './return-form.tsx';

/** The borrower at the desk is in the address (?laaner=…): a reload or Back keeps them. */
const BORROWER_PARAM = 'laaner';

/**
 * Library → Desk: find the borrower, then lend, renew, reserve, book and ask for
 * inter-library loans for them, each answer with its reason; returns need no borrower.
 */
export function LibraryDeskPage() {
  const t = useT();
  const library = useLibrary();
  const directory = useLibraryDirectory(library.id);
  const [params, setParams] = useSearchParams();
  const borrowerId = params.get(BORROWER_PARAM);
  useDocumentTitle(t('libDesk.title'));

  const choose = (borrower: Pick<Borrower, 'id'>) => setParams({ [BORROWER_PARAM]: borrower.id });
  const close = () => {
    setParams({});
    document.getElementById('borrower-search-q')?.focus();
  };

  return (
    <div className="stack">
      <h1>{t('libDesk.title')}</h1>
      <p className="lead">{t('libDesk.lead')}</p>
      {directory.isPending ? (
        <Loading />
      ) : directory.isError ? (
        <QueryError error={directory.error} onRetry={() => void directory.refetch()} />
      ) : (
        <>
          <div className="desk-grid">
            <BorrowerSearch libraryId={library.id} directory={directory.data} onChoose={choose} />
            <ReturnForm libraryId={library.id} onOpenBorrower={(id) => choose({ id })} />
          </div>
          {borrowerId ? (
            <BorrowerPanel key={borrowerId} libraryId={library.id} borrowerId={borrowerId} directory={directory.data} onClose={close} />
          ) : (
            <EmptyState title={t('libDesk.noBorrowerTitle')}>
              <p>{t('libDesk.noBorrowerBody')}</p>
            </EmptyState>
          )}
          <ItemsSection libraryId={library.id} directory={directory.data} />
        </>
      )}
    </div>
  );
}
