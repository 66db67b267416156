import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '@hylle/contracts';
import { apiPut } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { problemMessage } from '../problem-message.ts';
import { sessionQueryKey, useApplySession, useSession } from '../session.ts';

/**
 * Shown only to people who order for more than one customer account. Choosing in the list
 * changes nothing until "Bytt" is pressed (WCAG 3.2.2): arrowing through the options must
 * not switch account, empty caches and reload the page's data at every step.
 * Names only: buyers may not see customer numbers, and a list where some entries have
 * them and others don't is only confusing.
 */
export function AccountSwitcher() {
  const t = useT();
  const session = useSession();
  const applySession = useApplySession();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const selected = choice ?? session.currentAccountId ?? '';

  const switchAccount = useMutation({
    mutationFn: (accountId: string) => apiPut<SessionView>('/api/session/account', { accountId }),
    onSuccess: async (view) => {
      applySession(view);
      setChoice(null);
      // Everything cached belongs to the previous account: drop it and load afresh.
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      const name = view.memberships.find((m) => m.accountId === view.currentAccountId)?.accountName ?? '';
      setAnnouncement(t('app.switchedAccount', { name }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (switchAccount.isPending) return;
    setAnnouncement('');
    if (selected && selected !== session.currentAccountId) switchAccount.mutate(selected);
  };

  if (session.memberships.length < 2) return null;
  return (
    <form className="header-control account-switcher" onSubmit={submit}>
      <label htmlFor="account-switcher">{t('app.account')}</label>
      <span className="account-switcher__row">
        <select id="account-switcher" value={selected} onChange={(event) => setChoice(event.target.value)}>
          {session.memberships.map((m) => (
            <option key={m.accountId} value={m.accountId}>
              {m.accountName}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--on-dark button--small" aria-disabled={switchAccount.isPending || undefined}>
          {t('app.switchAccount')}
        </button>
      </span>
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
      {switchAccount.error ? (
        <span role="alert" className="header-error">
          {problemMessage(t, switchAccount.error)}
        </span>
      ) : null}
    </form>
  );
}
