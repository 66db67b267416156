import { useSession } from '../../shared/session.ts';

/** Whose prices a catalogue answer shows: the current account, or a visitor's list prices. */
export function useViewer(): string {
  const session = useSession();
  if (!session.user) return 'visitor';
  return session.currentAccountId ? `account:${session.currentAccountId}` : `user:${session.user.id}`;
}
