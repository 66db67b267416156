import { useQuery } from '@tanstack/react-query';
import type { Profile } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { profileKey } from './account-query-keys.ts';
import { ProfileForm } from './profile-form.tsx';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';

export function ProfilePage() {
  const t = useT();
  useDocumentTitle(t('profile.title'));
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => apiGet<Profile>('/api/me/profile', signal) });
  return (
    <div className="stack">
      <h1>{t('profile.title')}</h1>
      {profile.isPending ? <Loading /> : profile.isError ? <QueryError error={profile.error} onRetry={() => void profile.refetch()} /> : <ProfileForm profile={profile.data} />}
      <SignOutEverywhere />
    </div>
  );
}
