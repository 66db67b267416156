import { isbn13CheckDigit } from '../../modules/catalog/domain/isbn.ts';

/**
 * Made-up but valid ISBN-13s that never repeat within one generated catalogue.
 *
 * The digits after the registration group come from the record's sequence number through
 * a bijection (multiply by a number coprime to 10, add an offset, modulo 10^k), so every
 * sequence number gives a different ISBN for the same group without remembering the ones
 * already given, and the numbers still look scattered rather than counted. Different
 * groups never collide either: their first digits differ.
 */

/** ISBN-13 prefix (978 + registration group) → how many digits are left before the check digit. */
export const isbnGroups = {
  /** Norway */
  '97882': 7,
  /** Dutch language area (Netherlands, Flanders) */
  '97890': 7,
  '97894': 7,
  /** English language */
  '9781': 8,
  /** French language */
  '9782': 8,
} as const;
export type IsbnGroup = keyof typeof isbnGroups;

/** The largest catalogue whose ISBNs are guaranteed to be unique (the smallest group's range). */
export const maxUniqueIsbns = 10_000_000;

const multiplier = 7_654_321; // coprime to 10: odd and not a multiple of 5

export function isbnForSequence(group: IsbnGroup, sequence: number, offset: number): string {
  const digits = isbnGroups[group];
  const range = digits === 7 ? 10_000_000 : 100_000_000;
  if (!Number.isInteger(sequence) || sequence < 0 || sequence >= maxUniqueIsbns) {
    throw new RangeError(`sequence ${sequence} is outside 0..${maxUniqueIsbns - 1}`);
  }
  // Below 2^53: sequence < 10^7 and the multiplier < 10^7, so the product is exact.
  const body = (sequence * multiplier + offset) % range;
  const twelve = group + String(body).padStart(digits, '0');
  return twelve + isbn13CheckDigit(twelve);
}
