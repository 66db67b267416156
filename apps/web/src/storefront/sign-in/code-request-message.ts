import { ApiError } from '../../shared/api-error.ts';
import { useT } from '../../shared/i18n/use-t.ts';

/**
 * Asking for codes has its own limit (a handful per address per quarter of an hour); the
 * generic "too many attempts" would not tell the user what to do, this says how long to wait.
 */
export function useCodeRequestMessage(): (error: unknown) => string | undefined {
  const t = useT();
  return (error) => (error instanceof ApiError && error.code === 'rate_limited' ? t('signIn.rateLimited') : undefined);
}
