import { useT } from './i18n/use-t.ts';
import { fieldErrorMessage } from './problem-message.ts';
import { useSession } from './session.ts';

/** `(field) => message | undefined` for a form's last error, with the store's rules (country). */
export function useFieldErrors(error: unknown): (field: string) => string | undefined {
  const t = useT();
  const { store } = useSession();
  return (field) => fieldErrorMessage(t, error, field, { country: store.country });
}
