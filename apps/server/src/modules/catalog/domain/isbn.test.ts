import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIsbn13,
  isbn10CheckDigit,
  isbn10To13,
  isbn13CheckDigit,
  parseIsbn,
  parseIsbn10,
  parseIsbn13,
  toIsbn10,
} from './isbn.ts';

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const isbn13 = fc.tuple(fc.constantFrom('978', '979'), digits(9)).map(([prefix, body]) => prefix + body + isbn13CheckDigit(prefix + body));
const isbn10 = digits(9).map((body) => body + isbn10CheckDigit(body));

describe('parseIsbn', () => {
  it('reads ISBN-13 with or without hyphens and spaces', () => {
    expect(parseIsbn('9780007232833')).toEqual({ ok: true, value: '9780007232833' });
    expect(parseIsbn('978-0-00-723283-3')).toEqual({ ok: true, value: '9780007232833' });
    expect(parseIsbn(' 978 0 00 723283 3 ')).toEqual({ ok: true, value: '9780007232833' });
    expect(parseIsbn('ISBN 978-0-00-723283-3')).toEqual({ ok: true, value: '9780007232833' });
  });

  it('turns ISBN-10 into ISBN-13, X check digit included', () => {
    expect(parseIsbn('0-00-723283-7')).toEqual({ ok: true, value: '9780007232833' });
    expect(parseIsbn('0-00-723283-X')).toEqual({ ok: false, reason: 'ISBN 000723283X has a wrong check digit' });
    expect(parseIsbn('0-8044-2957-x')).toEqual({ ok: true, value: '9780804429573' });
  });

  it('accepts EAN-13 that are not ISBNs (other prefixes)', () => {
    expect(parseIsbn('3019002489208')).toEqual({ ok: true, value: '3019002489208' });
  });

  it('says what is wrong', () => {
    expect(parseIsbn('9781234567890')).toEqual({ ok: false, reason: 'ISBN 9781234567890 has a wrong check digit' });
    expect(parseIsbn('978123456789')).toEqual({ ok: false, reason: 'ISBN 978123456789 has 12 digits; an ISBN has 13 (or 10)' });
    expect(parseIsbn('abc')).toEqual({ ok: false, reason: '"abc" is not an ISBN' });
    expect(parseIsbn('')).toEqual({ ok: false, reason: '"" is not an ISBN' });
  });

  it('keeps 13-digit and 10-digit parsers strict', () => {
    expect(parseIsbn13('0007232830').ok).toBe(false);
    expect(parseIsbn10('9780007232833').ok).toBe(false);
    expect(parseIsbn10('0-8044-2957-x')).toEqual({ ok: true, value: '080442957X' });
  });
});

describe('conversions', () => {
  it('gives the ISBN-10 of a 978 ISBN only', () => {
    expect(toIsbn10('9780007232833')).toBe('0007232837');
    expect(toIsbn10('9791234567896')).toBeNull();
  });

  it('formats with the fixed boundaries only', () => {
    expect(formatIsbn13('9780007232833')).toBe('9780007232833');
    expect(formatIsbn13('9780007232833', { hyphens: true })).toBe('978-000723283-3');
  });
});

describe('properties', () => {
  it('ISBN-10 → 13 → 10 is the identity, and the 13 verifies', () => {
    fc.assert(
      fc.property(isbn10, (ten) => {
        const thirteen = isbn10To13(ten);
        expect(parseIsbn13(thirteen)).toEqual({ ok: true, value: thirteen });
        expect(toIsbn10(thirteen)).toBe(ten);
      }),
    );
  });

  it('978 ISBN-13 → 10 → 13 is the identity', () => {
    fc.assert(
      fc.property(isbn13.filter((i) => i.startsWith('978')), (thirteen) => {
        const ten = toIsbn10(thirteen)!;
        expect(parseIsbn10(ten).ok).toBe(true);
        expect(isbn10To13(ten)).toBe(thirteen);
      }),
    );
  });

  it('any change of a single digit breaks the ISBN-13 check digit', () => {
    fc.assert(
      fc.property(isbn13, fc.nat(12), fc.integer({ min: 1, max: 9 }), (valid, position, delta) => {
        const changed = String((Number(valid[position]) + delta) % 10);
        const typo = valid.slice(0, position) + changed + valid.slice(position + 1);
        expect(parseIsbn13(typo).ok).toBe(false);
      }),
    );
  });

  it('any change of a single character breaks the ISBN-10 check digit', () => {
    const characters = '0123456789X';
    fc.assert(
      fc.property(isbn10, fc.nat(9), fc.integer({ min: 1, max: 10 }), (valid, position, delta) => {
        const alphabet = position === 9 ? characters : characters.slice(0, 10);
        const changed = alphabet[(alphabet.indexOf(valid[position]!) + delta) % alphabet.length]!;
        fc.pre(changed !== valid[position]);
        const typo = valid.slice(0, position) + changed + valid.slice(position + 1);
        expect(parseIsbn10(typo).ok).toBe(false);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseIsbn(input);
        if (result.ok) expect(result.value).toMatch(/^\d{13}$/);
      }),
    );
  });
});
