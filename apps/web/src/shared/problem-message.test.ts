import { describe, expect, it } from 'vitest';
import { parseProblem } from './api-error.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { translate, type Translate } from './i18n/translate.ts';
import { classifyFieldMessage, fieldErrorMessage, isShownAtField, mentionsCustomerService, problemMessage } from './problem-message.ts';

const tNb: Translate = (key, vars) => translate(nb, key, vars);
const tEn: Translate = (key, vars) => translate(en, key, vars);

describe('problemMessage', () => {
  it('localizes known codes', () => {
    expect(problemMessage(tNb, parseProblem(400, { code: 'code_expired', requestId: 'r1' }))).toBe(nb['errors.code_expired']);
    expect(problemMessage(tEn, parseProblem(409, { code: 'last_admin', requestId: 'r1' }))).toBe(en['errors.last_admin']);
    expect(problemMessage(tNb, parseProblem(429, { code: 'too_many_wrong_codes', requestId: 'r1' }))).toBe(nb['errors.too_many_wrong_codes']);
    expect(problemMessage(tNb, parseProblem(409, { code: 'account_changed', requestId: 'r1' }))).toBe(nb['errors.account_changed']);
    expect(problemMessage(tNb, parseProblem(403, { code: 'no_account', requestId: 'r1' }))).toBe(nb['errors.no_account']);
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

describe('classifyFieldMessage', () => {
  it('reads the messages the API sends', () => {
    expect(classifyFieldMessage('Too small: expected string to have >=1 characters')).toEqual({ kind: 'required' });
    expect(classifyFieldMessage('Invalid input: expected string, received undefined')).toEqual({ kind: 'required' });
    expect(classifyFieldMessage('Too big: expected string to have <=60 characters')).toEqual({ kind: 'tooLong', max: 60 });
    expect(classifyFieldMessage('A postcode in NO has four digits')).toEqual({ kind: 'postcodeDigits' });
    expect(classifyFieldMessage('Letters, digits, spaces and hyphens only')).toEqual({ kind: 'postcodeChars' });
    expect(classifyFieldMessage('Not a valid e-mail address')).toEqual({ kind: 'email' });
    expect(classifyFieldMessage('Only digits, spaces and + ( ) -')).toEqual({ kind: 'phone' });
    expect(classifyFieldMessage('A two-letter country code (ISO 3166)')).toEqual({ kind: 'country' });
    expect(classifyFieldMessage('The code has 6 digits')).toEqual({ kind: 'code' });
    expect(classifyFieldMessage('Something new')).toEqual({ kind: 'unknown' });
  });
});

describe('fieldErrorMessage', () => {
  const error = parseProblem(400, {
    code: 'validation',
    field: 'name',
    errors: [
      { field: 'name', message: 'Too small: expected string to have >=1 characters' },
      { field: 'customerReference', message: 'Too big: expected string to have <=60 characters' },
      { field: 'postalAddress.postalCode', message: 'A postcode in NO has four digits' },
      { field: 'postalAddress.city', message: 'Something the UI has no text for' },
      { field: 'firstAdmin.email', message: 'Not a valid e-mail address' },
    ],
    requestId: 'r',
  });

  it('gives every listed field its own specific message at once', () => {
    expect(fieldErrorMessage(tNb, error, 'name')).toBe('Fyll ut dette feltet.');
    expect(fieldErrorMessage(tNb, error, 'customerReference')).toBe('Teksten er for lang. Bruk høyst 60 tegn.');
    expect(fieldErrorMessage(tNb, error, 'postalAddress.postalCode')).toBe('Postnummeret har fire sifre.');
    expect(fieldErrorMessage(tNb, error, 'firstAdmin.email')).toBe(nb['errors.field.email']);
    expect(fieldErrorMessage(tNb, error, 'postalAddress.city')).toBe(nb['errors.field.generic']);
  });

  it('speaks about the named fields only', () => {
    expect(fieldErrorMessage(tNb, error, 'firstAdmin.name')).toBeUndefined();
    expect(fieldErrorMessage(tNb, error, 'postalAddress')).toBeUndefined();
  });

  it('says what a valid organisation number looks like in the store’s country', () => {
    const orgError = parseProblem(400, { code: 'invalid_organisation_number', field: 'organisationNumber', detail: 'A Norwegian organisation number has 9 digits' });
    expect(fieldErrorMessage(tNb, orgError, 'organisationNumber', { country: 'NO' })).toBe(nb['errors.orgNumber.NO']);
    expect(nb['errors.orgNumber.NO']).toMatch(/9 sifre/);
    expect(fieldErrorMessage(tEn, orgError, 'organisationNumber', { country: 'BE' })).toMatch(/10 digits and starts with 0 or 1/);
  });

  it('keeps a refusal code to its own field', () => {
    const mixed = parseProblem(400, {
      code: 'invalid_organisation_number',
      field: 'organisationNumber',
      errors: [
        { field: 'organisationNumber', message: 'A Norwegian organisation number has 9 digits and a valid check digit' },
        { field: 'firstAdmin.email', message: 'Not a valid e-mail address' },
      ],
    });
    expect(fieldErrorMessage(tNb, mixed, 'firstAdmin.email')).toBe(nb['errors.field.email']);
    const taken = parseProblem(409, { code: 'already_member', field: 'email', detail: 'kari@x.no is already a user of this account' });
    expect(fieldErrorMessage(tNb, taken, 'email')).toBe(nb['errors.already_member']);
  });
});

describe('isShownAtField', () => {
  const error = parseProblem(400, {
    code: 'validation',
    errors: [
      { field: 'name', message: 'x' },
      { field: 'postalAddress.city', message: 'y' },
    ],
  });

  it('is true only when the form shows every invalid field', () => {
    expect(isShownAtField(error, ['name', 'postalAddress.city'])).toBe(true);
    expect(isShownAtField(error, ['name'])).toBe(false);
    expect(isShownAtField(parseProblem(400, { code: 'validation' }), ['name'])).toBe(false);
  });
});

describe('mentionsCustomerService', () => {
  it('is true for texts that send the user to customer service', () => {
    expect(mentionsCustomerService(parseProblem(429, { code: 'too_many_wrong_codes', requestId: 'r' }))).toBe(true);
    expect(mentionsCustomerService(parseProblem(500, { code: 'internal', requestId: 'r' }))).toBe(true);
    expect(mentionsCustomerService(parseProblem(409, { code: 'last_admin', requestId: 'r' }))).toBe(false);
    expect(mentionsCustomerService(new Error('x'))).toBe(false);
  });
});
