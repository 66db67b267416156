import { useQueryClient } from '@tanstack/react-query';
import { DISTRIBUTION_LISTS, codesOfList } from '../shared/distribution/distribution-lists.ts';
import { distributionSettingsKey, useDistributionSettings } from '../shared/distribution/use-distribution-settings.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { isAccountAdmin, useSession } from '../shared/session.ts';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { DistributionCodeList } from './distribution-code-list.tsx';
import { DistributionDefaultsForm } from './distribution-defaults-form.tsx';
import { DistributionFieldsSection } from './distribution-fields-section.tsx';
import { RequireAccount } from './require-account.tsx';

/**
 * Distribution info (INT-1): every member sets their own defaults for new cart lines; the
 * account's admins keep the code lists and extra fields, which buyers read.
 */
export function DistributionPage() {
  const t = useT();
  useDocumentTitle(t('distribution.title'));
  return (
    <RequireAccount title={t('distribution.title')}>{(accountId) => <DistributionContent key={accountId} accountId={accountId} />}</RequireAccount>
  );
}

function DistributionContent({ accountId }: { accountId: string }) {
  const t = useT();
  const session = useSession();
  const queryClient = useQueryClient();
  const canEdit = isAccountAdmin(session);
  const accountName = session.memberships.find((membership) => membership.accountId === accountId)?.accountName ?? '';
  const settings = useDistributionSettings();
  // Awaited by the sections, so a status message follows fresh data.
  const refresh = () => queryClient.invalidateQueries({ queryKey: distributionSettingsKey(accountId) });

  return (
    <div className="stack">
      <h1>{t('distribution.title')}</h1>
      <p className="lead">{t('distribution.intro', { account: accountName })}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <DistributionDefaultsForm accountId={accountId} settings={settings.data} onSaved={refresh} />
          {/* Wrapped: a notice sets its own margin, which would undo the stack's spacing. */}
          <div>
            <p className="notice notice--info">{canEdit ? t('distribution.adminNote') : t('distribution.readOnlyNote')}</p>
          </div>
          {DISTRIBUTION_LISTS.map((list) => (
            <DistributionCodeList key={list} list={list} codes={codesOfList(settings.data.codes, list)} canEdit={canEdit} onChanged={refresh} />
          ))}
          <DistributionFieldsSection fields={settings.data.fields} canEdit={canEdit} onChanged={refresh} />
        </>
      )}
    </div>
  );
}
