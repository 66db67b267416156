import { Outlet } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { SideNav } from '../shared/layout/side-nav.tsx';

export function BackofficeLayout() {
  const t = useT();
  return (
    <div className="with-sidebar">
      <SideNav
        label={t('bo.navLabel')}
        title={t('bo.title')}
        links={[
          { to: '/backoffice', label: t('bo.accounts'), end: true },
          { to: '/backoffice/accounts/new', label: t('bo.newAccount') },
          { to: '/backoffice/ordrer', label: t('boOrders.title') },
          { to: '/backoffice/catalogue', label: t('bo.catalogue') },
          { to: '/backoffice/jobs', label: t('bo.deadJobs') },
          { to: '/backoffice/audit-log', label: t('bo.auditLog') },
        ]}
      />
      <div className="with-sidebar__content">
        <Outlet />
      </div>
    </div>
  );
}
