import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t.ts';
import { isShownAtField, problemMessage } from '../problem-message.ts';

interface Props {
  error: unknown;
  /** Field paths this form shows errors beside; those errors need no second announcement. */
  fields?: readonly string[];
}

/**
 * Form-level error, announced at once (role=alert) because the user is waiting for the result.
 * When the error belongs to a field instead, focus moves to that field so keyboard and
 * screen-reader users land on the message (it is linked with aria-describedby).
 */
export function FormError({ error, fields = [] }: Props) {
  const t = useT();
  const anchor = useRef<HTMLDivElement>(null);
  const atField = isShownAtField(error, fields);

  useEffect(() => {
    if (!error || !atField) return;
    const invalid = anchor.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [error, atField]);

  return (
    <div ref={anchor} className="form-error-anchor">
      {error && !atField ? (
        <p className="notice notice--error" role="alert">
          {problemMessage(t, error)}
        </p>
      ) : null}
    </div>
  );
}
