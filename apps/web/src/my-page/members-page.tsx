import { useQuery } from '@tanstack/react-query';
import type { Member } from '@hylle/contracts';
import { InviteMemberForm } from '../shared/account-admin/invite-member-form.tsx';
import { MemberTable } from '../shared/account-admin/member-table.tsx';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { isAccountAdmin, useSession } from '../shared/session.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { accountKeys } from './account-query-keys.ts';
import { RequireAccount } from './require-account.tsx';

export function MembersPage() {
  const t = useT();
  const session = useSession();
  useDocumentTitle(t('members.title'));
  return (
    <RequireAccount title={t('members.title')}>
      {(accountId) =>
        isAccountAdmin(session) ? (
          <MembersContent accountId={accountId} />
        ) : (
          <div className="stack">
            <h1>{t('members.title')}</h1>
            <EmptyState title={t('myPage.adminOnly')} />
          </div>
        )
      }
    </RequireAccount>
  );
}

function MembersContent({ accountId }: { accountId: string }) {
  const t = useT();
  const session = useSession();
  const members = useQuery({
    queryKey: accountKeys.members(accountId),
    queryFn: ({ signal }) => apiGet<Member[]>('/api/account/members', signal),
  });
  return (
    <div className="stack">
      <h1>{t('members.title')}</h1>
      <p className="lead">{t('members.intro')}</p>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <MemberTable
          basePath="/api/account"
          members={members.data}
          canEdit
          currentUserId={session.user?.id}
          caption={t('members.title')}
          onChanged={() => members.refetch()}
        />
      )}
      <InviteMemberForm
        headingLevel={2}
        basePath="/api/account"
        title={t('members.invite')}
        hint={t('members.inviteHint')}
        submitLabel={t('members.sendInvite')}
        successMessage={(member) => t('members.invited', { name: member.name })}
        onAdded={() => members.refetch()}
      />
    </div>
  );
}
