import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './shared/api-error.ts';
import { sessionQueryKey } from './shared/session.ts';
import { App } from './app.tsx';
import './shared/styles.css';

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
      // A 401 means the session ended elsewhere: reload it so guarded pages redirect to sign-in.
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== sessionQueryKey[0]) {
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      }
    },
  }),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
