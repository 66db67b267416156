import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { CustomerServiceContact } from '../shared/ui/customer-service-contact.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';

/** Staff and freshly created users may have no customer account; say so instead of failing. */
export function RequireAccount({ title, children }: { title: string; children: (accountId: string) => ReactNode }) {
  const t = useT();
  const { currentAccountId, user } = useSession();
  if (!currentAccountId) {
    return (
      <div className="stack">
        <h1>{title}</h1>
        <EmptyState title={t('myPage.noAccount')}>
          <CustomerServiceContact />
          {user?.isStaff ? (
            <p>
              <Link to="/backoffice">{t('home.goToBackoffice')}</Link>
            </p>
          ) : null}
        </EmptyState>
      </div>
    );
  }
  return children(currentAccountId);
}
