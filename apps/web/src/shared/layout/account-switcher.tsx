import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '@hylle/contracts';
import { apiPut } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { problemMessage } from '../problem-message.ts';
import { sessionQueryKey, useApplySession, useSession } from '../session.ts';

/** Shown only to people who order for more than one customer account. */
export function AccountSwitcher() {
  const t = useT();
  const session = useSession();
  const applySession = useApplySession();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState('');

  const switchAccount = useMutation({
    mutationFn: (accountId: string) => apiPut<SessionView>('/api/session/account', { accountId }),
    onSuccess: async (view) => {
      applySession(view);
      // Everything cached belongs to the previous account: drop it and load afresh.
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      const name = view.memberships.find((m) => m.accountId === view.currentAccountId)?.accountName ?? '';
      setAnnouncement(t('app.switchedAccount', { name }));
    },
  });

  if (session.memberships.length < 2) return null;
  return (
    <div className="header-control">
      <label htmlFor="account-switcher">{t('app.account')}</label>
      <select
        id="account-switcher"
        value={session.currentAccountId ?? ''}
        disabled={switchAccount.isPending}
        onChange={(event) => switchAccount.mutate(event.target.value)}
      >
        {session.memberships.map((m) => (
          <option key={m.accountId} value={m.accountId}>
            {/* Buyers may not be shown the customer number; don't print empty brackets. */}
            {m.customerNumber ? `${m.accountName} (${m.customerNumber})` : m.accountName}
          </option>
        ))}
      </select>
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
      {switchAccount.error ? (
        <span role="alert" className="header-error">
          {problemMessage(t, switchAccount.error)}
        </span>
      ) : null}
    </div>
  );
}
