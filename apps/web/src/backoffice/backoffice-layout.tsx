import { NavLink, Outlet } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';

export function BackofficeLayout() {
  const t = useT();
  return (
    <div className="with-sidebar">
      <nav aria-label={t('bo.navLabel')} className="side-nav">
        <p className="side-nav__title" aria-hidden="true">
          {t('bo.title')}
        </p>
        <ul>
          <li>
            <NavLink to="/backoffice" end>
              {t('bo.accounts')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/backoffice/accounts/new">{t('bo.newAccount')}</NavLink>
          </li>
          <li>
            <NavLink to="/backoffice/jobs">{t('bo.deadJobs')}</NavLink>
          </li>
          <li>
            <NavLink to="/backoffice/audit-log">{t('bo.auditLog')}</NavLink>
          </li>
        </ul>
      </nav>
      <div className="with-sidebar__content">
        <Outlet />
      </div>
    </div>
  );
}
