import { useT } from '../i18n/use-t.ts';
import { mentionsCustomerService, problemMessage } from '../problem-message.ts';
import { CustomerServiceContact } from './customer-service-contact.tsx';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** Shown in place of data that failed to load; the retry keeps the user on the page. */
export function QueryError({ error, onRetry }: Props) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{problemMessage(t, error)}</p>
      {mentionsCustomerService(error) ? <CustomerServiceContact /> : null}
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
