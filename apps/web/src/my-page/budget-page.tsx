import { useQuery } from '@tanstack/react-query';
import type { BudgetCode } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { BudgetCodeTable } from '../shared/budget/budget-code-table.tsx';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { CustomerServiceContact } from '../shared/ui/customer-service-contact.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { accountKeys } from './account-query-keys.ts';
import { RequireAccount } from './require-account.tsx';

/** The current account's budget codes, read-only (CHK-4): customer service keeps them. */
export function BudgetPage() {
  const t = useT();
  useDocumentTitle(t('budget.pageTitle'));
  return <RequireAccount title={t('budget.pageTitle')}>{(accountId) => <BudgetContent accountId={accountId} />}</RequireAccount>;
}

function BudgetContent({ accountId }: { accountId: string }) {
  const t = useT();
  const session = useSession();
  const accountName = session.memberships.find((membership) => membership.accountId === accountId)?.accountName ?? '';
  const codes = useQuery({
    queryKey: accountKeys.budgetCodes(accountId),
    queryFn: ({ signal }) => apiGet<BudgetCode[]>('/api/account/budget-codes', signal),
  });
  return (
    <div className="stack">
      <h1>{t('budget.pageTitle')}</h1>
      <p className="lead">{t('budget.myIntro', { account: accountName })}</p>
      {codes.isPending ? (
        <Loading />
      ) : codes.isError ? (
        <QueryError error={codes.error} onRetry={() => void codes.refetch()} />
      ) : codes.data.length === 0 ? (
        <EmptyState title={t('budget.myEmpty')}>
          <p>{t('budget.myEmptyHint')}</p>
          <CustomerServiceContact />
        </EmptyState>
      ) : (
        <>
          <BudgetCodeTable codes={codes.data} caption={t('budget.caption', { account: accountName })} />
          {/* Wrapped: a notice sets its own margin, which would undo the stack's spacing. */}
          <div>
            <div className="notice notice--info">
              <p>{t('budget.readOnlyNote')}</p>
              <CustomerServiceContact />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
