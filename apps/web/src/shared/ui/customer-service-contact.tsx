import { useT } from '../i18n/use-t.ts';
import { useSession } from '../session.ts';

/** `tel:` wants digits (and a leading +) only: "+47 22 00 00 00" → "+4722000000". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;
}

/** "Kundeservice: +47 22 00 00 00 · kundeservice@…", with links; wherever a text says "contact customer service". */
export function CustomerServiceContact({ className }: { className?: string }) {
  const t = useT();
  const { phone, email } = useSession().store.customerService;
  if (!phone && !email) return null;
  return (
    <p className={className ?? 'contact-line'}>
      {t('app.customerService')}:{' '}
      {phone ? <a href={telHref(phone)}>{phone}</a> : null}
      {phone && email ? ' · ' : null}
      {email ? <a href={`mailto:${email}`}>{email}</a> : null}
    </p>
  );
}
