import { ApiError } from '../../shared/api-error.ts';

/**
 * The server answers 503 search_not_ready for the few seconds its index loads after a
 * start: keep asking, once a second, for half a minute. Other errors follow the app's rule
 * (client errors never, the rest twice).
 */
export function retrySearch(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.code === 'search_not_ready') return failureCount < 30;
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2;
}

export function searchRetryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.code === 'search_not_ready') return 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
