import { useT } from '../i18n/use-t.ts';
import { problemMessage } from '../problem-message.ts';

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
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
