import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session.ts';

/** Pages behind sign-in send visitors to /logg-inn and remember where they were going. */
export function RequireUser({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/logg-inn?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
