import { Outlet } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { ActionScope } from '../ui/action-scope.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { ScrollAndFocusOnNavigate } from './scroll-and-focus-on-navigate.tsx';

export function AppShell() {
  const t = useT();
  return (
    // One action scope per shell: a new action anywhere clears older messages and confirmations.
    <ActionScope>
      {/* First focusable element on every page, per WCAG 2.4.1 (bypass blocks). */}
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page">
        <ScrollAndFocusOnNavigate />
        <Outlet />
      </main>
      <SiteFooter />
    </ActionScope>
  );
}
