import { Link, useLocation } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { currentMembership, useSession } from '../shared/session.ts';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';

export function HomePage() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const membership = currentMembership(session);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true && !session.user;
  useDocumentTitle(session.store.name);

  return (
    <div className="stack">
      <StatusMessage message={signedOut ? t('app.signedOut') : ''} />
      <section className="hero">
        <h1>{t('home.title', { store: session.store.name })}</h1>
        <p className="lead">{t('home.lead')}</p>
        {session.user ? (
          <>
            {membership ? <p>{t('home.signedInLead', { account: membership.customerNumber ? `${membership.accountName} (${membership.customerNumber})` : membership.accountName })}</p> : null}
            {session.user.isStaff ? (
              <Link to="/backoffice" className="button">
                {t('home.goToBackoffice')}
              </Link>
            ) : (
              <Link to="/min-side" className="button">
                {t('home.goToMyPage')}
              </Link>
            )}
          </>
        ) : (
          <Link to="/logg-inn" className="button">
            {t('home.signInCta')}
          </Link>
        )}
      </section>
      <p className="notice notice--info">{t('home.catalogSoon')}</p>
    </div>
  );
}
