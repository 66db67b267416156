import { useQuery } from '@tanstack/react-query';
import type { CompanyInfo } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { accountKeys } from './account-query-keys.ts';
import { CompanyFacts } from './company-facts.tsx';
import { PostalAddressSection } from './postal-address-section.tsx';
import { RequireAccount } from './require-account.tsx';

export function CompanyPage() {
  const t = useT();
  useDocumentTitle(t('company.title'));
  return <RequireAccount title={t('company.title')}>{(accountId) => <CompanyContent accountId={accountId} />}</RequireAccount>;
}

function CompanyContent({ accountId }: { accountId: string }) {
  const t = useT();
  const company = useQuery({ queryKey: accountKeys.company(accountId), queryFn: ({ signal }) => apiGet<CompanyInfo>('/api/account', signal) });
  return (
    <div className="stack">
      <h1>{t('company.title')}</h1>
      {company.isPending ? (
        <Loading />
      ) : company.isError ? (
        <QueryError error={company.error} onRetry={() => void company.refetch()} />
      ) : (
        <>
          <CompanyFacts company={company.data} />
          <PostalAddressSection company={company.data} />
        </>
      )}
    </div>
  );
}
