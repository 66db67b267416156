import { NavLink } from 'react-router';

export type SideNavLink = { to: string; label: string; end?: boolean };

/** The sub-navigation beside My page and the backoffice. */
export function SideNav({ label, title, links }: { label: string; title: string; links: SideNavLink[] }) {
  return (
    <nav aria-label={label} className="side-nav">
      <p className="side-nav__title" aria-hidden="true">
        {title}
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
