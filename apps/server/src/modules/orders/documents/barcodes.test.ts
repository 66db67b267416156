import { describe, expect, it } from 'vitest';
import { code128, code128Symbol, ean13, ean13CheckDigit, type Barcode } from './barcodes.ts';

/** The barcode back as modules: "1" for a bar module, "0" for a space module. */
function moduleString(barcode: Barcode): string {
  return barcode.widths.map((width, index) => (index % 2 === 0 ? '1' : '0').repeat(width)).join('');
}

function expectOk<T>(result: { ok: true; value: T } | { ok: false; detail?: string }): T {
  if (!result.ok) throw new Error(`expected a barcode, got: ${result.detail}`);
  return result.value;
}

describe('EAN-13', () => {
  // Written out by hand from the published L, G and R tables (GS1 General Specifications 5.2.2.4).
  it.each([
    ['5901234123457', '10100010110100111011001100100110111101001110101010110011011011001000010101110010011101000100101'],
    ['9788205412347', '10101110110001001000100100100110100111011000101010101110011001101101100100001010111001000100101'],
    ['0012345678905', '10100011010011001001001101111010100011011000101010101000010001001001000111010011100101001110101'],
  ])('encodes %s module for module', (digits, modules) => {
    const barcode = expectOk(ean13(digits));
    expect(moduleString(barcode)).toBe(modules);
    expect(barcode.modules).toBe(95);
    expect(barcode.text).toBe(digits);
  });

  it('marks the start, centre and end guards to be drawn longer, and nothing else', () => {
    const barcode = expectOk(ean13('9788205412347'));
    let position = 0;
    const guardModules: number[] = [];
    barcode.widths.forEach((width, index) => {
      if (barcode.guards[index]) for (let i = 0; i < width; i += 1) guardModules.push(position + i);
      position += width;
    });
    expect(guardModules).toEqual([0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94]);
    expect(barcode.quietZone).toEqual({ left: 11, right: 7 });
  });

  it('computes check digits', () => {
    expect(ean13CheckDigit('978820541234')).toBe(7);
    expect(ean13CheckDigit('590123412345')).toBe(7);
    expect(ean13CheckDigit('978030640615')).toBe(7);
  });

  it('refuses what is not 13 digits with a valid check digit', () => {
    expect(ean13('978820541234')).toMatchObject({ ok: false, code: 'invalid_ean13', detail: '"978820541234" is not 13 digits' });
    expect(ean13('978-8205412347')).toMatchObject({ ok: false, code: 'invalid_ean13' });
    expect(ean13('9788205412345')).toMatchObject({
      ok: false,
      code: 'invalid_ean13',
      detail: '9788205412345 has a wrong check digit (expected 7)',
    });
  });
});

describe('Code 128', () => {
  it('has a table of 107 distinct symbols with even bar and odd space modules (the code’s self-check)', () => {
    const seen = new Set<string>();
    for (let value = 0; value <= 105; value += 1) {
      const widths = code128Symbol(value);
      expect(widths).toHaveLength(6);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(11);
      expect((widths[0] ?? 0) + (widths[2] ?? 0) + (widths[4] ?? 0)).toSatisfy((bars: number) => bars % 2 === 0);
      expect((widths[1] ?? 0) + (widths[3] ?? 0) + (widths[5] ?? 0)).toSatisfy((spaces: number) => spaces % 2 === 1);
      seen.add(widths.join(''));
    }
    expect(seen.size).toBe(106);
    expect(code128Symbol(106)).toEqual([2, 3, 3, 1, 1, 1, 2]);
    expect(() => code128Symbol(107)).toThrow(RangeError);
  });

  it('encodes PJJ123C in set B with check symbol 55 (a common worked example)', () => {
    // Start B 104; P=48 J=42 J=42 1=17 2=18 3=19 C=35; (104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7) mod 103 = 55.
    const barcode = expectOk(code128('PJJ123C'));
    const expected = [104, 48, 42, 42, 17, 18, 19, 35, 55, 106].flatMap((value) => code128Symbol(value));
    expect(barcode.widths).toEqual(expected);
    expect(barcode.modules).toBe(9 * 11 + 13);
    expect(barcode.guards.every((guard) => !guard)).toBe(true);
    expect(barcode.quietZone).toEqual({ left: 10, right: 10 });
  });

  it('starts with Start B (211214) and ends with the stop pattern and its bar', () => {
    const barcode = expectOk(code128('200417'));
    expect(barcode.widths.slice(0, 6)).toEqual([2, 1, 1, 2, 1, 4]);
    expect(barcode.widths.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]);
    expect(barcode.widths.length % 2).toBe(1); // starts and ends with a bar
  });

  it('refuses empty, too long and non-ASCII text', () => {
    expect(code128('')).toMatchObject({ ok: false, code: 'invalid_code128', detail: 'nothing to encode' });
    expect(code128('x'.repeat(41))).toMatchObject({ ok: false, code: 'invalid_code128' });
    expect(code128('Tromsø')).toMatchObject({
      ok: false,
      code: 'invalid_code128',
      detail: '"Tromsø" contains "ø", which Code 128 set B cannot hold (printable ASCII only)',
    });
    expect(code128('A\tB')).toMatchObject({ ok: false, code: 'invalid_code128' });
  });
});
