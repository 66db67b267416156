import { NavLink } from 'react-router';
import { useT } from '../../shared/i18n/use-t.ts';

/** Ordrer, ERP-eksport and Importer ordrer: three pages of the same work, one step apart. */
export function OrdersTabs() {
  const t = useT();
  const links = [
    { to: '/backoffice/ordrer', label: t('boOrders.title'), end: true },
    { to: '/backoffice/ordrer/eksport', label: t('boOrders.export.title'), end: false },
    { to: '/backoffice/ordrer/import', label: t('boOrders.import.title'), end: false },
  ];
  return (
    <nav aria-label={t('boOrders.tabsLabel')} className="section-nav orders-tabs">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
