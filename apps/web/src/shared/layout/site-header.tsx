import { Link, NavLink } from 'react-router';
import { LibraryNavLink } from '../../library/library-nav-link.tsx';
import { useT } from '../i18n/use-t.ts';
import { useSession } from '../session.ts';
import { useSignOut } from '../use-sign-out.ts';
import { AccountSwitcher } from './account-switcher.tsx';
import { CartLink } from './cart-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SearchForm } from './search-form.tsx';

export function SiteHeader() {
  const t = useT();
  const session = useSession();
  const signOut = useSignOut();
  const { user } = session;

  return (
    <header className="site-header">
      <div className="site-header__top">
        <Link to="/" className="site-header__brand">
          {session.store.name}
        </Link>
        <SearchForm />
        <nav aria-label={t('app.mainNav')} className="site-nav">
          <ul>
            {user?.isStaff ? (
              <li>
                <NavLink to="/backoffice">{t('app.backoffice')}</NavLink>
              </li>
            ) : null}
            {user ? <LibraryNavLink /> : null}
            <li>
              <NavLink to="/min-side">{t('app.myPage')}</NavLink>
            </li>
            <li>
              <CartLink />
            </li>
            {user ? null : (
              <li>
                <NavLink to="/logg-inn">{t('app.signIn')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </div>
      <div className="site-header__bar">
        {user ? (
          <div className="site-header__user">
            <span className="site-header__name">{t('app.signedInAs', { name: user.name || user.email })}</span>
            <button type="button" className="button button--link-on-dark" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
              {t('app.signOut')}
            </button>
          </div>
        ) : (
          <span />
        )}
        <div className="site-header__controls">
          {user ? <AccountSwitcher /> : null}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
