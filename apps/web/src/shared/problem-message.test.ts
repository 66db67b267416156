import { describe, expect, it } from 'vitest';
import { parseProblem } from './api-error.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { translate, type Translate } from './i18n/translate.ts';
import { fieldErrorMessage, isShownAtField, problemMessage } from './problem-message.ts';

const tNb: Translate = (key, vars) => translate(nb, key, vars);
const tEn: Translate = (key, vars) => translate(en, key, vars);

describe('problemMessage', () => {
  it('localizes known codes', () => {
    expect(problemMessage(tNb, parseProblem(400, { code: 'code_expired', requestId: 'r1' }))).toBe(nb['errors.code_expired']);
    expect(problemMessage(tEn, parseProblem(409, { code: 'last_admin', requestId: 'r1' }))).toBe(en['errors.last_admin']);
  });

  it('falls back to detail plus the request id for unknown codes', () => {
    const message = problemMessage(tEn, parseProblem(409, { code: 'brand_new', detail: 'Something specific', requestId: 'r9' }));
    expect(message).toBe('Something specific Quote reference r9 if you contact customer service.');
  });

  it('always shows the request id for server errors', () => {
    expect(problemMessage(tEn, parseProblem(500, { code: 'internal', requestId: 'r5' }))).toContain('r5');
  });

  it('handles non-API errors', () => {
    expect(problemMessage(tNb, new TypeError('boom'))).toBe(nb['errors.generic']);
  });
});

describe('fieldErrorMessage', () => {
  const error = parseProblem(400, { code: 'validation', field: 'firstAdmin.email', requestId: 'r' });

  it('speaks about the named field only', () => {
    expect(fieldErrorMessage(tNb, error, 'firstAdmin.email')).toBe(nb['errors.field.email']);
    expect(fieldErrorMessage(tNb, error, 'firstAdmin.name')).toBeUndefined();
  });

  it('prefers a specific code over the generic field text', () => {
    const orgError = parseProblem(400, { code: 'invalid_organisation_number', field: 'organisationNumber' });
    expect(fieldErrorMessage(tNb, orgError, 'organisationNumber')).toBe(nb['errors.invalid_organisation_number']);
  });

  it('uses a generic text for fields without their own', () => {
    const cityError = parseProblem(400, { code: 'validation', field: 'postalAddress.city' });
    expect(fieldErrorMessage(tNb, cityError, 'postalAddress.city')).toBe(nb['errors.field.generic']);
    expect(isShownAtField(cityError, ['postalAddress.city'])).toBe(true);
    expect(isShownAtField(cityError, ['name'])).toBe(false);
  });
});
