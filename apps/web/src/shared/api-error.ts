import type { FieldError, Problem } from '@hylle/contracts';

/** A failed API call, carrying the server's stable problem code so the UI can localize it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  /** The (first) field at fault, as the server names it. */
  readonly field: string | undefined;
  /** Every invalid field of the request, in the order the server lists them. */
  readonly errors: readonly FieldError[];
  readonly requestId: string | undefined;

  constructor(problem: {
    status: number;
    code: string;
    title?: string | undefined;
    detail?: string | undefined;
    field?: string | undefined;
    errors?: readonly FieldError[] | undefined;
    requestId?: string | undefined;
  }) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.field = problem.field;
    // A server that names one field but sends no list still has one invalid field.
    const errors = problem.errors ?? [];
    this.errors =
      errors.length > 0 || problem.field === undefined ? errors : [{ field: problem.field, message: problem.detail ?? '' }];
    this.requestId = problem.requestId;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The well-formed entries of a problem's `errors` list; anything else is dropped. */
export function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const errors: FieldError[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { field, message } = item as Record<string, unknown>;
    const name = stringOrUndefined(field);
    if (name === undefined) continue;
    errors.push({ field: name, message: typeof message === 'string' ? message : '' });
  }
  return errors;
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
    errors: parseFieldErrors(record.errors),
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
  return error instanceof ApiError && error.errors.some((entry) => entry.field === field || entry.field.startsWith(`${field}.`));
}

/** The server's message for one field, or undefined when that field is not at fault. */
export function fieldError(error: unknown, field: string): FieldError | undefined {
  return error instanceof ApiError ? error.errors.find((entry) => entry.field === field) : undefined;
}
