import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import type { AccountDetail } from '@hylle/contracts';
import { DeliveryAddressManager } from '../shared/account-admin/delivery-address-manager.tsx';
import { InviteMemberForm } from '../shared/account-admin/invite-member-form.tsx';
import { MemberTable } from '../shared/account-admin/member-table.tsx';
import { apiGet } from '../shared/api.ts';
import { useFormatDate } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { ApiError } from '../shared/api-error.ts';
import { useActionScope } from '../shared/ui/action-scope.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { AccountAuditSection } from './account-audit-section.tsx';
import { AccountCompanyForm } from './account-company-form.tsx';
import { backofficeKeys } from './backoffice-keys.ts';
import { BudgetCodesSection } from './budget-codes-section.tsx';
import { LibraryModuleSection } from './library-module-section.tsx';
import { PriceTermsSection } from './price-terms-section.tsx';

export function AccountDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const queryClient = useQueryClient();
  const account = useQuery({
    queryKey: backofficeKeys.account(id),
    queryFn: ({ signal }) => apiGet<AccountDetail>(`/api/backoffice/accounts/${encodeURIComponent(id)}`, signal),
  });
  if (account.isError && account.error instanceof ApiError && account.error.status === 404) return <AccountNotFound />;
  if (account.isPending || account.isError) {
    return (
      <div className="stack">
        <h1>{t('bo.accounts')}</h1>
        {account.isPending ? <Loading /> : <QueryError error={account.error} onRetry={() => void account.refetch()} />}
      </div>
    );
  }
  // Every change on this page shows in the account's log, the global log and (names, user
  // counts) the account lists, so all of them are refreshed along with the account.
  const refresh = () =>
    Promise.all([
      account.refetch(),
      queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll }),
      queryClient.invalidateQueries({ queryKey: backofficeKeys.accountLists }),
    ]);
  return <AccountDetailContent account={account.data} refresh={refresh} />;
}

/** An unknown or removed account: say so, and offer the way back to the list. */
function AccountNotFound() {
  const t = useT();
  useDocumentTitle(t('bo.accountNotFound'));
  return (
    <div className="stack">
      <h1>{t('bo.accountNotFound')}</h1>
      <p>{t('bo.accountNotFoundBody')}</p>
      <p>
        <Link to="/backoffice" className="button">
          {t('bo.backToList')}
        </Link>
      </p>
    </div>
  );
}

function AccountDetailContent({ account, refresh }: { account: AccountDetail; refresh: () => Promise<unknown> }) {
  const t = useT();
  const formatDate = useFormatDate();
  const location = useLocation();
  const scope = useActionScope();
  // "Created" is news until the first change on the page; then it would only be in the way.
  const [shownInGeneration] = useState(scope.current);
  const created = (location.state as { created?: boolean } | null)?.created === true && scope.generation === shownInGeneration;
  const basePath = `/api/backoffice/accounts/${account.id}`;
  useDocumentTitle(`${account.name} (${account.customerNumber})`);

  return (
    <div className="stack">
      <p>
        <Link to="/backoffice">← {t('bo.backToList')}</Link>
      </p>
      <StatusMessage message={created ? t('bo.created') : ''} />
      <div className="page-heading">
        <h1>
          {account.name} <span className="muted">({account.customerNumber})</span>
        </h1>
        <p className="muted">{t('bo.createdAt', { date: formatDate(account.createdAt, false) })}</p>
      </div>
      <nav aria-label={account.name} className="section-nav">
        <ul>
          <li>
            <a href="#company">{t('bo.companyData')}</a>
          </li>
          <li>
            <a href="#prices">{t('prices.title')}</a>
          </li>
          <li>
            <a href="#budgets">{t('budget.title')}</a>
          </li>
          <li>
            <a href="#addresses">{t('addresses.title')}</a>
          </li>
          <li>
            <a href="#members">{t('members.title')}</a>
          </li>
          <li>
            <a href="#library-module">{t('library.module.title')}</a>
          </li>
          <li>
            <a href="#audit">{t('bo.accountAudit')}</a>
          </li>
        </ul>
      </nav>

      <section id="company" className="section" aria-labelledby="company-title" tabIndex={-1}>
        <h2 id="company-title">{t('bo.companyData')}</h2>
        <AccountCompanyForm key={account.id} account={account} />
      </section>

      <section id="prices" className="section" aria-labelledby="prices-title" tabIndex={-1}>
        <h2 id="prices-title">{t('prices.title')}</h2>
        <PriceTermsSection accountId={account.id} />
      </section>

      <section id="budgets" className="section" aria-labelledby="budgets-title" tabIndex={-1}>
        <h2 id="budgets-title">{t('budget.title')}</h2>
        <BudgetCodesSection accountId={account.id} />
      </section>

      <section id="addresses" className="section" aria-labelledby="addresses-title" tabIndex={-1}>
        <h2 id="addresses-title">{t('addresses.title')}</h2>
        <DeliveryAddressManager headingLevel={3} basePath={basePath} addresses={account.deliveryAddresses} canEdit onChanged={refresh} />
      </section>

      <section id="members" className="section" aria-labelledby="members-title" tabIndex={-1}>
        <h2 id="members-title">{t('members.title')}</h2>
        <MemberTable basePath={basePath} members={account.members} canEdit caption={t('members.title')} onChanged={refresh} />
        <InviteMemberForm
          headingLevel={3}
          basePath={basePath}
          title={t('bo.addMember')}
          hint={t('bo.addMemberHint')}
          submitLabel={t('bo.addMember')}
          successMessage={(member) => t('bo.memberAdded', { name: member.name })}
          onAdded={refresh}
        />
      </section>

      <section id="library-module" className="section" aria-labelledby="library-module-title" tabIndex={-1}>
        <h2 id="library-module-title">{t('library.module.title')}</h2>
        <LibraryModuleSection accountId={account.id} />
      </section>

      <section id="audit" className="section" aria-labelledby="audit-title" tabIndex={-1}>
        <h2 id="audit-title">{t('bo.accountAudit')}</h2>
        <AccountAuditSection accountId={account.id} />
      </section>
    </div>
  );
}
