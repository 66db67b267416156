import { describe, expect, it } from 'vitest';
import { ApiError, isFieldError, parseProblem } from './api-error.ts';

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
    const error = parseProblem(400, { code: 42, field: ['x'], detail: '' });
    expect(error.code).toBe('unknown');
    expect(error.field).toBeUndefined();
    expect(error.detail).toBeUndefined();
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
