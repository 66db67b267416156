import { err, ok, type Result } from '../../../kernel/result.ts';

/**
 * Barcodes as bar widths, for the PDF writers to draw as rectangles: EAN-13 for ISBNs on
 * packing slips, Code 128 (set B) for order and waybill numbers.
 *
 * Bad input is an expected failure (a `Result`), not an exception: the values come from
 * stored orders, and a document is still printed without the barcode when one cannot be
 * made (the number is always printed as text beside it).
 */
export type Barcode = {
  /** Widths in modules, alternating bar and space, starting (and ending) with a bar. */
  readonly widths: readonly number[];
  /** Per entry of `widths`: part of a guard pattern, drawn longer (EAN-13); all false for Code 128. */
  readonly guards: readonly boolean[];
  /** The sum of `widths`: 95 for EAN-13. */
  readonly modules: number;
  /** Blank modules required on each side, so scanners find the start and the end. */
  readonly quietZone: { readonly left: number; readonly right: number };
  /** What the barcode reads as. */
  readonly text: string;
};

export type BarcodeFailure = 'invalid_ean13' | 'invalid_code128';

// EAN-13 ---------------------------------------------------------------------------------

/** Left-hand odd parity (set A), as 7 modules: 1 is a bar. Set C (right) is its complement, set B (even) the mirrored complement. */
const eanL = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
const eanR = eanL.map((code) => [...code].map((bit) => (bit === '1' ? '0' : '1')).join(''));
const eanG = eanR.map((code) => [...code].reverse().join(''));
/** The first digit is not drawn: it chooses which of the left six digits use set G (even parity). */
const eanParity = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

/** An EAN-13 (every ISBN-13 is one): 13 digits with a valid check digit. */
export function ean13(digits: string): Result<Barcode, BarcodeFailure> {
  if (!/^\d{13}$/.test(digits)) return err('invalid_ean13', `"${digits}" is not 13 digits`);
  const check = ean13CheckDigit(digits.slice(0, 12));
  if (String(check) !== digits[12]) return err('invalid_ean13', `${digits} has a wrong check digit (expected ${check})`);

  const digit = (index: number) => Number(digits[index]);
  const parity = eanParity[digit(0)] ?? '';
  let bits = '';
  const guardBits: boolean[] = [];
  const append = (pattern: string, guard: boolean) => {
    bits += pattern;
    for (let i = 0; i < pattern.length; i += 1) guardBits.push(guard);
  };
  append('101', true);
  for (let i = 1; i <= 6; i += 1) append((parity[i - 1] === 'G' ? eanG : eanL)[digit(i)] ?? '', false);
  append('01010', true);
  for (let i = 7; i <= 12; i += 1) append(eanR[digit(i)] ?? '', false);
  append('101', true);
  return ok({ ...runLengths(bits, guardBits), quietZone: { left: 11, right: 7 }, text: digits });
}

/** Weights 1, 3, 1, 3 … from the left over the first twelve digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

// Code 128 -------------------------------------------------------------------------------

/**
 * The 107 symbols of Code 128 by value: widths of bar, space, bar, space, bar, space (11
 * modules); 106 is the stop symbol with its final bar (13 modules).
 */
const code128Patterns = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];
const startB = 104;
const stop = 106;
/** Longer values make a barcode too wide to scan from a printed page. */
const code128MaxLength = 40;

/** The widths of one Code 128 symbol (exported for the tests, which check the table itself). */
export function code128Symbol(value: number): readonly number[] {
  const pattern = code128Patterns[value];
  if (pattern === undefined) throw new RangeError(`Code 128 has no symbol ${value}`);
  return [...pattern].map(Number);
}

/**
 * Code 128 in code set B: printable ASCII (space to ~), 1 to 40 characters. The symbol
 * check character is the start value plus each character's value times its position, modulo 103.
 */
export function code128(text: string): Result<Barcode, BarcodeFailure> {
  if (text.length === 0) return err('invalid_code128', 'nothing to encode');
  if (text.length > code128MaxLength) return err('invalid_code128', `"${text}" is longer than ${code128MaxLength} characters`);
  const values: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 32 || code > 126) {
      return err('invalid_code128', `"${text}" contains ${JSON.stringify(character)}, which Code 128 set B cannot hold (printable ASCII only)`);
    }
    values.push(code - 32);
  }
  let checksum = startB;
  values.forEach((value, index) => {
    checksum += value * (index + 1);
  });
  const widths = [startB, ...values, checksum % 103, stop].flatMap((value) => code128Symbol(value));
  return ok({
    widths,
    guards: widths.map(() => false),
    modules: widths.reduce((sum, width) => sum + width, 0),
    quietZone: { left: 10, right: 10 },
    text,
  });
}

/** "1011" → widths [1, 1, 2]; a guard flag per run (a run is a guard when its first module is). */
function runLengths(bits: string, guardBits: readonly boolean[]): Pick<Barcode, 'widths' | 'guards' | 'modules'> {
  const widths: number[] = [];
  const guards: boolean[] = [];
  for (let i = 0; i < bits.length; ) {
    let j = i;
    while (j < bits.length && bits[j] === bits[i]) j += 1;
    widths.push(j - i);
    guards.push(guardBits[i] ?? false);
    i = j;
  }
  return { widths, guards, modules: bits.length };
}
