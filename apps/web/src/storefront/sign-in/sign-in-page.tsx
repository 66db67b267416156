import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SessionView } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useApplySession, useSession } from '../../shared/session.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { CodeStep } from './code-step.tsx';
import { EmailStep } from './email-step.tsx';
import { isDevHost } from './is-dev-host.ts';
import { landingPath } from './safe-next.ts';

export function SignInPage() {
  const t = useT();
  const session = useSession();
  const applySession = useApplySession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [lastEmail, setLastEmail] = useState('');
  useDocumentTitle(t('signIn.title'));

  const signedIn = (view: SessionView) => {
    applySession(view);
    navigate(landingPath(params.get('next'), view.user?.isStaff === true), { replace: true });
  };

  const isStaff = session.user?.isStaff === true;
  return (
    <div className="narrow card">
      <h1>{t('signIn.title')}</h1>
      {session.user ? (
        <p>
          {t('signIn.alreadySignedIn', { email: session.user.email })}{' '}
          <Link to={landingPath(params.get('next'), isStaff)}>{isStaff && !params.get('next') ? t('home.goToBackoffice') : t('home.goToMyPage')}</Link>
        </p>
      ) : sentTo === null ? (
        <EmailStep
          initialEmail={lastEmail}
          onSent={(email) => {
            setLastEmail(email);
            setSentTo(email);
          }}
        />
      ) : (
        <CodeStep email={sentTo} onSignedIn={signedIn} onChangeEmail={() => setSentTo(null)} />
      )}
      {isDevHost(window.location.hostname, import.meta.env.DEV) ? (
        <p className="dev-link">
          <a href="/dev/mailbox">{t('app.devMailbox')}</a>
        </p>
      ) : null}
    </div>
  );
}
