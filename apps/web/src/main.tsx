import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './shared/api-error.ts';
import { sessionQueryKey } from './shared/session.ts';
import { App } from './app.tsx';
import './shared/styles.css';
import './shared/purchasing/purchasing.css';
import './library/library.css';

const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors won't fix themselves by retrying; network blips and 5xx might.
      retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== sessionQueryKey[0]) reloadSessionIfItChanged(error);
    },
  }),
  mutationCache: new MutationCache({ onError: reloadSessionIfItChanged }),
});

/**
 * A 401 means the session ended elsewhere; account_changed means the user lost access to
 * the chosen account. Either way the session is reloaded: guarded pages then redirect to
 * sign-in, or the header shows the account the user now orders for.
 */
function reloadSessionIfItChanged(error: unknown) {
  if (error instanceof ApiError && (error.status === 401 || error.code === 'account_changed')) {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
