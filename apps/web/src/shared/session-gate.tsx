import type { ReactNode } from 'react';
import { nb } from './i18n/nb.ts';
import { LanguageProvider } from './i18n/language-context.tsx';
import { useSessionQuery } from './session.ts';

/**
 * Nothing renders before the session is known: the header, the language and every
 * access decision depend on it. Until then the text is the source language (nb).
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSessionQuery();
  if (session.data) {
    return <LanguageProvider fallback={session.data.store.defaultLanguage}>{children}</LanguageProvider>;
  }
  return (
    <main id="main" className="page gate">
      {session.isError ? (
        <div className="notice notice--error" role="alert">
          <h1>{nb['app.sessionFailed']}</h1>
          <button type="button" className="button" onClick={() => void session.refetch()}>
            {nb['app.retry']}
          </button>
        </div>
      ) : (
        <p className="loading" role="status">
          <span className="loading__spinner" aria-hidden="true" />
          {nb['app.loading']}
        </p>
      )}
    </main>
  );
}
