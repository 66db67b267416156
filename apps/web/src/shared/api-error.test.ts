import { describe, expect, it } from 'vitest';
import { ApiError, fieldError, isFieldError, parseFieldErrors, parseProblem } from './api-error.ts';

describe('parseProblem', () => {
  it('reads a Hylle problem document', () => {
    const error = parseProblem(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation',
      detail: 'Not a valid e-mail address',
      field: 'postalAddress.city',
      requestId: 'req-1',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation', field: 'postalAddress.city', requestId: 'req-1', detail: 'Not a valid e-mail address' });
  });

  it('keeps every invalid field the server lists, in its order', () => {
    const error = parseProblem(400, {
      code: 'validation',
      field: 'organisationNumber',
      errors: [
        { field: 'organisationNumber', message: 'Too small: expected string to have >=1 characters' },
        { field: 'postalAddress.postalCode', message: 'A postcode in NO has four digits' },
        { field: 'firstAdmin.email', message: 'Not a valid e-mail address' },
      ],
    });
    expect(error.errors.map((e) => e.field)).toEqual(['organisationNumber', 'postalAddress.postalCode', 'firstAdmin.email']);
    expect(fieldError(error, 'postalAddress.postalCode')?.message).toBe('A postcode in NO has four digits');
    expect(fieldError(error, 'postalAddress')).toBeUndefined();
  });

  it('treats a lone field as a list of one (older servers, refusals like already_member)', () => {
    const error = parseProblem(409, { code: 'already_member', detail: 'kari@x.no is already a user', field: 'email' });
    expect(error.errors).toEqual([{ field: 'email', message: 'kari@x.no is already a user' }]);
    expect(parseProblem(400, { code: 'validation' }).errors).toEqual([]);
  });

  it('falls back to a code from the status when the body is not a problem', () => {
    expect(parseProblem(502, '<html>Bad gateway</html>').code).toBe('internal');
    expect(parseProblem(429, undefined).code).toBe('rate_limited');
    expect(parseProblem(404, null).code).toBe('not_found');
    expect(parseProblem(418, {}).code).toBe('unknown');
  });

  it('takes the request id from the header when the body has none', () => {
    expect(parseProblem(500, undefined, 'hdr-7').requestId).toBe('hdr-7');
  });

  it('ignores fields of the wrong type', () => {
    const error = parseProblem(400, { code: 42, field: ['x'], detail: '', errors: 'nope' });
    expect(error.code).toBe('unknown');
    expect(error.field).toBeUndefined();
    expect(error.detail).toBeUndefined();
    expect(error.errors).toEqual([]);
  });
});

describe('parseFieldErrors', () => {
  it('drops malformed entries and keeps the good ones', () => {
    expect(parseFieldErrors([{ field: 'name', message: 'x' }, { field: '' }, null, 'name', { message: 'no field' }, { field: 'city', message: 3 }])).toEqual([
      { field: 'name', message: 'x' },
      { field: 'city', message: '' },
    ]);
    expect(parseFieldErrors(undefined)).toEqual([]);
  });
});

describe('isFieldError', () => {
  it('matches the field and its sub-fields only', () => {
    const error = parseProblem(400, { code: 'validation', field: 'postalAddress.city' });
    expect(isFieldError(error, 'postalAddress')).toBe(true);
    expect(isFieldError(error, 'postalAddress.city')).toBe(true);
    expect(isFieldError(error, 'postal')).toBe(false);
    expect(isFieldError(new Error('x'), 'postalAddress')).toBe(false);
  });
});
