import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Membership, SessionView } from '@hylle/contracts';
import { apiGet, setCsrfToken } from './api.ts';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(signal: AbortSignal): Promise<SessionView> {
  const view = await apiGet<SessionView>('/api/session', signal);
  setCsrfToken(view.csrfToken);
  return view;
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 60_000 });
}

/** The session as loaded by the gate in app.tsx; every page below it can rely on it being there. */
export function useSession(): SessionView {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession used before the session was loaded');
  return data;
}

/**
 * Sign-in and account switching answer with a fresh SessionView (and a fresh CSRF token);
 * storing it directly saves a round trip and avoids a request with a stale token.
 */
export function useApplySession() {
  const queryClient = useQueryClient();
  return (view: SessionView) => {
    setCsrfToken(view.csrfToken);
    queryClient.setQueryData(sessionQueryKey, view);
  };
}

export function currentMembership(session: SessionView): Membership | undefined {
  return session.memberships.find((m) => m.accountId === session.currentAccountId);
}

export function isAccountAdmin(session: SessionView): boolean {
  return currentMembership(session)?.role === 'admin';
}
