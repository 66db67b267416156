import { NavLink, Outlet } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { isAccountAdmin, useSession } from '../shared/session.ts';

/** Sub-navigation for My page; each sub-page owns its h1 and document title. */
export function MyPageLayout() {
  const t = useT();
  const session = useSession();
  const hasAccount = session.currentAccountId !== null;
  return (
    <div className="with-sidebar">
      <nav aria-label={t('myPage.navLabel')} className="side-nav">
        <p className="side-nav__title" aria-hidden="true">
          {t('myPage.title')}
        </p>
        <ul>
          <li>
            <NavLink to="/min-side" end>
              {t('myPage.profile')}
            </NavLink>
          </li>
          {hasAccount ? (
            <>
              <li>
                <NavLink to="/min-side/bedrift">{t('myPage.company')}</NavLink>
              </li>
              <li>
                <NavLink to="/min-side/leveringsadresser">{t('myPage.addresses')}</NavLink>
              </li>
            </>
          ) : null}
          {isAccountAdmin(session) ? (
            <li>
              <NavLink to="/min-side/brukere">{t('myPage.members')}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="with-sidebar__content">
        <Outlet />
      </div>
    </div>
  );
}
