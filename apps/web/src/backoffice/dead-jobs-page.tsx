import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeadJob } from '@hylle/contracts';
import { apiGet, apiPost } from '../shared/api.ts';
import { useFormatDate } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { useStatus } from '../shared/ui/action-scope.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { backofficeKeys } from './backoffice-keys.ts';

export function DeadJobsPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('bo.deadJobs'));
  const status = useStatus();
  const jobs = useQuery({ queryKey: backofficeKeys.deadJobs, queryFn: ({ signal }) => apiGet<DeadJob[]>('/api/backoffice/jobs/dead', signal) });
  const retry = useMutation({
    mutationFn: (job: DeadJob) => apiPost<void>(`/api/backoffice/jobs/${job.id}/retry`),
    onSuccess: async () => {
      await jobs.refetch();
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll });
      status.show(t('jobs.retried'));
    },
  });

  return (
    <div className="stack">
      <h1>{t('bo.deadJobs')}</h1>
      <p className="lead">{t('jobs.intro')}</p>
      <StatusMessage message={status.message} />
      <FormError error={retry.error} />
      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <EmptyState title={t('jobs.empty')} />
      ) : (
        <TableScroll label={t('bo.deadJobs')}>
          <table className="table-stack">
            <caption className="visually-hidden">{t('bo.deadJobs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobs.kind')}</th>
                <th scope="col" className="numeric">
                  {t('jobs.attempts')}
                </th>
                <th scope="col">{t('jobs.lastError')}</th>
                <th scope="col">{t('jobs.createdAt')}</th>
                <th scope="col">{t('jobs.failedAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.map((job) => (
                <tr key={job.id}>
                  <th scope="row">
                    <code>{job.kind}</code>
                  </th>
                  <td data-label={t('jobs.attempts')} className="numeric">
                    {job.attempts}
                  </td>
                  <td data-label={t('jobs.lastError')} className="error-text">
                    {job.lastError}
                  </td>
                  <td data-label={t('jobs.createdAt')} className="nowrap">
                    {formatDate(job.createdAt)}
                  </td>
                  <td data-label={t('jobs.failedAt')} className="nowrap">
                    {formatDate(job.failedAt)}
                  </td>
                  <td>
                    <button type="button" className="button button--secondary" disabled={retry.isPending} onClick={() => {
                        status.begin();
                        retry.mutate(job);
                      }}>
                      {t('jobs.retry')}
                      <span className="visually-hidden"> ({job.kind})</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
