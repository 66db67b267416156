import { useT } from '../i18n/use-t.ts';
import { useSession } from '../session.ts';
import { CustomerServiceContact } from '../ui/customer-service-contact.tsx';

export function SiteFooter() {
  const t = useT();
  const { store } = useSession();
  return (
    <footer className="site-footer">
      <p>{t('app.footer', { store: store.name })}</p>
      <CustomerServiceContact className="site-footer__contact" />
    </footer>
  );
}
