import type { ReactNode } from 'react';
import { useT } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';

/** Staff and freshly created users may have no customer account; say so instead of failing. */
export function RequireAccount({ title, children }: { title: string; children: (accountId: string) => ReactNode }) {
  const t = useT();
  const { currentAccountId } = useSession();
  if (!currentAccountId) {
    return (
      <div className="stack">
        <h1>{title}</h1>
        <EmptyState title={t('myPage.noAccount')} />
      </div>
    );
  }
  return children(currentAccountId);
}
