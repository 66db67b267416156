import { useT } from '../../shared/i18n/use-t.ts';
import { isShownAtField } from '../../shared/problem-message.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { orderErrorMessage } from './order-error-message.ts';

/**
 * A refused order action, in words that say what happened to the order. Errors shown beside
 * their fields are left to FormError (which moves focus to the first of them).
 */
export function OrderActionError({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  const t = useT();
  if (!error || isShownAtField(error, fields)) return <FormError error={error} fields={fields} />;
  return (
    <div className="form-error-anchor">
      <div className="notice notice--error" role="alert">
        <p>{orderErrorMessage(t, error)}</p>
      </div>
    </div>
  );
}
