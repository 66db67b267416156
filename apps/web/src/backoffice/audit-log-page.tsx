import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { AuditTable } from './audit-table.tsx';
import { backofficeKeys } from './backoffice-keys.ts';

export function AuditLogPage() {
  const t = useT();
  useDocumentTitle(t('bo.auditLog'));
  const audit = useQuery({
    queryKey: backofficeKeys.audit(null),
    queryFn: ({ signal }) => apiGet<AuditEntry[]>('/api/backoffice/audit-log?limit=200', signal),
  });
  return (
    <div className="stack">
      <h1>{t('bo.auditLog')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <AuditTable entries={audit.data} caption={t('bo.auditLog')} showAccount />
      )}
    </div>
  );
}
