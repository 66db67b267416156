import { Outlet } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { SideNav, type SideNavLink } from '../shared/layout/side-nav.tsx';
import { isAccountAdmin, useSession } from '../shared/session.ts';

/** Sub-navigation for My page; each sub-page owns its h1 and document title. */
export function MyPageLayout() {
  const t = useT();
  const session = useSession();
  const hasAccount = session.currentAccountId !== null;
  const links: SideNavLink[] = [
    { to: '/min-side', label: t('myPage.profile'), end: true },
    ...(hasAccount
      ? [
          { to: '/min-side/bestillinger', label: t('orders.navLabel') },
          { to: '/min-side/bedrift', label: t('myPage.company') },
          { to: '/min-side/leveringsadresser', label: t('myPage.addresses') },
          { to: '/min-side/budsjett', label: t('myPage.budget') },
          { to: '/min-side/fordeling', label: t('distribution.navLabel') },
        ]
      : []),
    ...(isAccountAdmin(session) ? [{ to: '/min-side/brukere', label: t('myPage.members') }] : []),
  ];
  return (
    <div className="with-sidebar">
      <SideNav label={t('myPage.navLabel')} title={t('myPage.title')} links={links} />
      <div className="with-sidebar__content">
        <Outlet />
      </div>
    </div>
  );
}
