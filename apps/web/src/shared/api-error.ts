import type { Problem } from '@hylle/contracts';

/** A failed API call, carrying the server's stable problem code so the UI can localize it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly field: string | undefined;
  readonly requestId: string | undefined;

  constructor(problem: { status: number; code: string; title?: string; detail?: string; field?: string; requestId?: string }) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.field = problem.field;
    this.requestId = problem.requestId;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Turns any error body into an ApiError. Proxies and crashed servers answer with HTML or
 * nothing at all, so every field is optional and the status decides the fallback code.
 */
export function parseProblem(status: number, body: unknown, headerRequestId?: string | null): ApiError {
  const record: Partial<Record<keyof Problem, unknown>> =
    typeof body === 'object' && body !== null ? (body as Partial<Record<keyof Problem, unknown>>) : {};
  const code = stringOrUndefined(record.code) ?? fallbackCode(status);
  return new ApiError({
    status: typeof record.status === 'number' ? record.status : status,
    code,
    title: stringOrUndefined(record.title),
    detail: stringOrUndefined(record.detail),
    field: stringOrUndefined(record.field),
    requestId: stringOrUndefined(record.requestId) ?? headerRequestId ?? undefined,
  });
}

function fallbackCode(status: number): string {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal';
  return 'unknown';
}

/** True when the error belongs to the named form field (or to one of its sub-fields). */
export function isFieldError(error: unknown, field: string): error is ApiError {
  return error instanceof ApiError && error.field !== undefined && (error.field === field || error.field.startsWith(`${field}.`));
}
