import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t.ts';
import { isShownAtField, mentionsCustomerService, problemMessage } from '../problem-message.ts';
import { CustomerServiceContact } from './customer-service-contact.tsx';

interface Props {
  error: unknown;
  /** Field paths this form shows errors beside; those errors need no second announcement. */
  fields?: readonly string[];
  /** A text of the page's own for this error, instead of the generic one for its code. */
  message?: string | undefined;
}

/**
 * Form-level error, announced at once (role=alert) because the user is waiting for the result.
 * When every error belongs to a field instead, focus moves to the first invalid field in
 * form order, so keyboard and screen-reader users land on its message (linked with
 * aria-describedby) and find the others below it.
 */
export function FormError({ error, fields = [], message }: Props) {
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
        <div className="notice notice--error" role="alert">
          <p>{message ?? problemMessage(t, error)}</p>
          {mentionsCustomerService(error) ? <CustomerServiceContact /> : null}
        </div>
      ) : null}
    </div>
  );
}
