import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { CatalogImportList } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { backofficeKeys } from './backoffice-keys.ts';
import { isImportActive } from './catalogue-import-view.tsx';
import { CatalogueUpload } from './catalogue-upload.tsx';
import { ImportHistoryTable } from './import-history-table.tsx';
import { Pagination } from './pagination.tsx';

const PAGE_SIZE = 20;

/** The catalogue in the backoffice: its size, uploads of ONIX and CSV files, and their history. */
export function CataloguePage() {
  const t = useT();
  const format = useFormatters();
  useDocumentTitle(t('bo.catalogue'));
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const list = useQuery({
    queryKey: backofficeKeys.catalogueImports(offset),
    queryFn: ({ signal }) => apiGet<CatalogImportList>(`/api/backoffice/catalogue/imports?limit=${PAGE_SIZE}&offset=${offset}`, signal),
    placeholderData: keepPreviousData,
    // Imports started elsewhere (another tab, the command line) show their progress here too.
    refetchInterval: (query) => (query.state.data?.items.some((item) => isImportActive(item.status)) ? 2000 : false),
  });

  return (
    <div className="stack">
      <h1>{t('bo.catalogue')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      {list.data ? (
        <dl className="facts card catalogue-facts">
          <div>
            <dt>{t('catalogue.size')}</dt>
            <dd>{format.count(list.data.products)}</dd>
          </div>
          <div>
            <dt>{t('catalogue.importsTotal')}</dt>
            <dd>{format.count(list.data.total)}</dd>
          </div>
        </dl>
      ) : null}

      <section className="card section" aria-labelledby="upload-title">
        <h2 id="upload-title">{t('catalogue.uploadTitle')}</h2>
        <CatalogueUpload />
      </section>

      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('catalogue.history')}</h2>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState title={t('catalogue.historyEmpty')} />
        ) : (
          <div className={list.isPlaceholderData ? 'results results--stale stack' : 'results stack'} aria-busy={list.isPlaceholderData || undefined}>
            <ImportHistoryTable items={list.data.items} />
            {list.data.total > PAGE_SIZE ? (
              <Pagination offset={offset} limit={PAGE_SIZE} total={list.data.total} onChange={(next) => setParams(next > 0 ? { offset: String(next) } : {})} />
            ) : null}
          </div>
        )}
      </section>
    </div>
  );
}
