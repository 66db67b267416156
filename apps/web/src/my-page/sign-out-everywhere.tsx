import { useT } from '../shared/i18n/use-t.ts';
import { FormError } from '../shared/ui/form-error.tsx';
import { useSignOut } from '../shared/use-sign-out.ts';

export function SignOutEverywhere() {
  const t = useT();
  const signOut = useSignOut(true);
  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title" className="card__title">
        {t('security.title')}
      </h2>
      <p className="muted">{t('security.signOutEverywhereHint')}</p>
      <FormError error={signOut.error} />
      <button type="button" className="button button--secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('security.signOutEverywhere')}
      </button>
    </section>
  );
}
