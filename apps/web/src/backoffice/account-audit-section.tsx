import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { AuditTable } from './audit-table.tsx';
import { backofficeKeys } from './backoffice-keys.ts';

/** The account's own log; the page invalidates it after every change it makes, so it stays current. */
export function AccountAuditSection({ accountId }: { accountId: string }) {
  const t = useT();
  const audit = useQuery({
    queryKey: backofficeKeys.audit(accountId),
    queryFn: ({ signal }) => apiGet<AuditEntry[]>(`/api/backoffice/audit-log?accountId=${encodeURIComponent(accountId)}`, signal),
  });
  if (audit.isPending) return <Loading />;
  if (audit.isError) return <QueryError error={audit.error} onRetry={() => void audit.refetch()} />;
  return <AuditTable entries={audit.data} caption={t('bo.accountAudit')} />;
}
