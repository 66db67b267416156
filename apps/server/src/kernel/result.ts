/**
 * Expected failures are values, not exceptions (DESIGN §5.3). A use case returns
 * `ok(value)` or `err(code, …)`; routes map the code to HTTP through one table.
 */
export type Failure<C extends string = string> = {
  readonly ok: false;
  readonly code: C;
  readonly detail?: string;
  readonly field?: string;
};
export type Success<T> = { readonly ok: true; readonly value: T };
export type Result<T, C extends string = string> = Success<T> | Failure<C>;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

export const err = <C extends string>(
  code: C,
  detail?: string,
  field?: string,
): Failure<C> => ({ ok: false, code, ...(detail ? { detail } : {}), ...(field ? { field } : {}) });
