import type { ReactNode } from 'react';
import { useT } from '../shared/i18n/use-t.ts';
import { RequireUser } from '../shared/pages/require-user.tsx';
import { useSession } from '../shared/session.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';

/** Signed-out visitors are sent to sign in; signed-in customers get a plain explanation. */
export function RequireStaff({ children }: { children: ReactNode }) {
  return (
    <RequireUser>
      <StaffOnly>{children}</StaffOnly>
    </RequireUser>
  );
}

function StaffOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user?.isStaff) return children;
  return <NoAccess />;
}

function NoAccess() {
  const t = useT();
  const { store } = useSession();
  useDocumentTitle(t('bo.noAccessTitle'));
  return (
    <div className="narrow">
      <h1>{t('bo.noAccessTitle')}</h1>
      <p>{t('bo.noAccessBody', { store: store.name })}</p>
    </div>
  );
}
