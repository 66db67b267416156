import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { AccountSummary } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { AccountsTable } from './accounts-table.tsx';
import { backofficeKeys } from './backoffice-keys.ts';
import { Pagination } from './pagination.tsx';

const PAGE_SIZE = 25;

interface AccountList {
  items: AccountSummary[];
  total: number;
}

export function AccountsPage() {
  const t = useT();
  useDocumentTitle(t('bo.accounts'));
  // Search and page live in the URL so a result list can be bookmarked and the back button works.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const [draft, setDraft] = useState(q);

  const accounts = useQuery({
    queryKey: backofficeKeys.accounts(q, offset),
    queryFn: ({ signal }) =>
      apiGet<AccountList>(`/api/backoffice/accounts?${new URLSearchParams({ q, limit: String(PAGE_SIZE), offset: String(offset) })}`, signal),
    placeholderData: keepPreviousData,
  });
  // The list on screen belongs to the previous search or page while the new one loads.
  const stale = accounts.isPlaceholderData && accounts.isFetching;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };

  return (
    <div className="stack">
      <div className="page-heading">
        <h1>{t('bo.accounts')}</h1>
        <Link to="/backoffice/accounts/new" className="button">
          {t('bo.newAccount')}
        </Link>
      </div>
      <form className="inline-form" role="search" aria-label={t('bo.accounts')} onSubmit={search}>
        <TextField id="account-search" type="search" label={t('bo.search')} hint={t('bo.searchHint')} value={draft} onChange={setDraft} />
        <button type="submit" className="button">
          {t('app.searchButton')}
        </button>
      </form>
      {/* A new search keeps the old list on screen (no jump), but says it is loading and marks the list stale. */}
      <p role="status" className={stale ? 'loading' : 'status-idle'}>
        {stale ? (
          <>
            <span className="loading__spinner" aria-hidden="true" />
            {t('bo.searching')}
          </>
        ) : null}
      </p>
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <div className={stale ? 'results results--stale' : 'results'} aria-busy={stale || undefined}>
          {accounts.data.items.length === 0 ? (
            <EmptyState title={t('bo.noAccounts')}>
              <p>{t('bo.noAccountsHint')}</p>
            </EmptyState>
          ) : (
            <div className="stack">
              <AccountsTable accounts={accounts.data.items} />
              <Pagination
                offset={offset}
                limit={PAGE_SIZE}
                total={accounts.data.total}
                onChange={(next) => setParams({ ...(q ? { q } : {}), ...(next > 0 ? { offset: String(next) } : {}) })}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
