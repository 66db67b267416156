import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CatalogImport, ImportProblem } from '@hylle/contracts';
import { ApiError } from '../shared/api-error.ts';
import { apiGet } from '../shared/api.ts';
import { useFormatDate, useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { backofficeKeys } from './backoffice-keys.ts';
import {
  IMPORT_SOURCE_KEYS,
  ImportCounts,
  ImportReadProgress,
  ImportStatusBadge,
  isImportActive,
  KEPT_PROBLEMS,
  useFailureText,
  FORMAT_NAMES,
} from './catalogue-import-view.tsx';
import { Pagination } from './pagination.tsx';

const PAGE_SIZE = 50;

/** One import: what it did, and every record it skipped with the line and the reason. */
export function ImportDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const item = useQuery({
    queryKey: backofficeKeys.catalogueImport(id),
    queryFn: ({ signal }) => apiGet<CatalogImport>(`/api/backoffice/catalogue/imports/${encodeURIComponent(id)}`, signal),
    refetchInterval: (query) => (isImportActive(query.state.data?.status) ? 1000 : false),
  });
  if (item.isError && item.error instanceof ApiError && item.error.status === 404) return <ImportNotFound />;
  if (item.isPending || item.isError) {
    return (
      <div className="stack">
        <h1>{t('bo.catalogue')}</h1>
        {item.isPending ? <Loading /> : <QueryError error={item.error} onRetry={() => void item.refetch()} />}
      </div>
    );
  }
  return <ImportDetail item={item.data} />;
}

function ImportNotFound() {
  const t = useT();
  useDocumentTitle(t('catalogue.importNotFound'));
  return (
    <div className="stack">
      <h1>{t('catalogue.importNotFound')}</h1>
      <p>{t('catalogue.importNotFoundBody')}</p>
      <p>
        <Link to="/backoffice/catalogue" className="button">
          {t('catalogue.backToCatalogue')}
        </Link>
      </p>
    </div>
  );
}

function ImportDetail({ item }: { item: CatalogImport }) {
  const t = useT();
  const format = useFormatters();
  const formatDate = useFormatDate();
  const failureText = useFailureText();
  useDocumentTitle(item.fileName);
  const active = isImportActive(item.status);

  const facts: [string, string][] = [
    [t('catalogue.format'), FORMAT_NAMES[item.format]],
    [t('catalogue.source'), t(IMPORT_SOURCE_KEYS[item.source])],
    [t('catalogue.startedBy'), item.startedBy ?? '—'],
    [t('catalogue.fileSize'), item.totalBytes !== null ? format.bytes(item.totalBytes) : '—'],
    [t('catalogue.uploadedAt'), formatDate(item.createdAt)],
    [t('catalogue.startedAt'), item.startedAt ? formatDate(item.startedAt) : '—'],
    [t('catalogue.finishedAt'), item.finishedAt ? formatDate(item.finishedAt) : '—'],
  ];

  return (
    <div className="stack">
      <p>
        <Link to="/backoffice/catalogue">← {t('catalogue.backToCatalogue')}</Link>
      </p>
      <div className="page-heading">
        <h1 className="break-word">{item.fileName}</h1>
        <ImportStatusBadge status={item.status} />
      </div>
      {item.status === 'failed' ? (
        <div className="notice notice--error">
          <p>{failureText(item)}</p>
        </div>
      ) : null}
      <section className="card section" aria-labelledby="import-summary-title">
        <h2 id="import-summary-title">{t('catalogue.summary')}</h2>
        {active ? <ImportReadProgress id="import-detail-progress" item={item} /> : null}
        <ImportCounts item={item} />
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-labelledby="problems-title">
        <h2 id="problems-title">{t('catalogue.problems')}</h2>
        <ImportProblems item={item} />
      </section>
    </div>
  );
}

function ImportProblems({ item }: { item: CatalogImport }) {
  const t = useT();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const active = isImportActive(item.status);
  const problems = useQuery({
    queryKey: [...backofficeKeys.importProblems(item.id, offset), item.skipped],
    queryFn: ({ signal }) =>
      apiGet<{ items: ImportProblem[]; total: number }>(`/api/backoffice/catalogue/imports/${encodeURIComponent(item.id)}/problems?limit=${PAGE_SIZE}&offset=${offset}`, signal),
    placeholderData: keepPreviousData,
  });
  if (problems.isPending) return <Loading />;
  if (problems.isError) return <QueryError error={problems.error} onRetry={() => void problems.refetch()} />;
  const { items, total } = problems.data;
  if (total === 0 && items.length === 0) return <EmptyState title={active ? t('catalogue.problemsNoneYet') : t('catalogue.problemsEmpty')} />;
  const kept = Math.min(total, KEPT_PROBLEMS);
  return (
    <div className={problems.isPlaceholderData ? 'results results--stale stack' : 'results stack'} aria-busy={problems.isPlaceholderData || undefined}>
      <p>{t('catalogue.problemsIntro')}</p>
      {total > KEPT_PROBLEMS ? (
        <p className="notice notice--info">{t('catalogue.problemsCapped', { kept: format.count(KEPT_PROBLEMS), total: format.count(total) })}</p>
      ) : null}
      <TableScroll label={t('catalogue.problems')}>
        <table className="table-stack problem-table">
          <caption className="visually-hidden">{t('catalogue.problems')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('catalogue.problemLine')}
              </th>
              <th scope="col">{t('catalogue.problemReference')}</th>
              <th scope="col">{t('catalogue.problemReason')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((problem, index) => (
              <tr key={`${offset + index}`}>
                <td data-label={t('catalogue.problemLine')} className="numeric">
                  {problem.line ?? '—'}
                </td>
                <th scope="row" className="break-word">
                  {problem.reference || '—'}
                </th>
                <td data-label={t('catalogue.problemReason')} className="break-word">
                  {problem.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {kept > PAGE_SIZE ? (
        <Pagination offset={offset} limit={PAGE_SIZE} total={kept} onChange={(next) => setParams(next > 0 ? { offset: String(next) } : {}, { preventScrollReset: true })} />
      ) : null}
    </div>
  );
}
