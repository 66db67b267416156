import { describe, expect, it } from 'vitest';
import { parseIsbn13 } from '../../modules/catalog/domain/isbn.ts';
import {
  audiences,
  availabilityStatuses,
  contributorRoles,
  genres,
  productForms,
  type ProductRecord,
} from '../../modules/catalog/domain/product.ts';
import { dayNumber } from './calendar-day.ts';
import { generateProducts, type GenerateProductsOptions } from './generate-products.ts';

const today = '2026-05-01';
const take = (options: Partial<GenerateProductsOptions> & { count: number }): ProductRecord[] => [
  ...generateProducts({ seed: 1, store: 'no', today, ...options }),
];

describe('generateProducts', () => {
  it('gives the same catalogue for the same options, and another for another seed', () => {
    const first = take({ count: 2000 });
    expect(take({ count: 2000 })).toEqual(first);
    const other = take({ count: 2000, seed: 2 });
    expect(other.map((p) => p.isbn)).not.toEqual(first.map((p) => p.isbn));
    // A shorter catalogue is the start of a longer one, so tests can take a slice.
    expect(take({ count: 500 })).toEqual(first.slice(0, 500));
  });

  it('yields exactly `count` records and builds them only when asked', () => {
    expect(take({ count: 0 })).toEqual([]);
    expect(take({ count: 7 })).toHaveLength(7);
    const started = performance.now();
    const huge = generateProducts({ count: 10_000_000, seed: 1, store: 'no', today });
    expect(huge.next().done).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
    expect(() => take({ count: 10_000_001 })).toThrow(RangeError);
  });

  it.each(['no', 'be'] as const)('gives valid, unique ISBNs over 100,000 records (%s)', (store) => {
    const seen = new Set<string>();
    for (const product of generateProducts({ count: 100_000, seed: 3, store, today })) {
      const parsed = parseIsbn13(product.isbn);
      if (!parsed.ok) throw new Error(parsed.reason);
      seen.add(product.isbn);
    }
    expect(seen.size).toBe(100_000);
  });

  it('puts Norwegian ISBNs on Norwegian titles and Dutch-area ones on Dutch titles', () => {
    for (const product of [...take({ count: 3000 }), ...take({ count: 3000, store: 'be' })]) {
      if (product.language === 'nob' || product.language === 'nno') expect(product.isbn).toMatch(/^97882/);
      if (product.language === 'dut') expect(product.isbn).toMatch(/^978(90|94)/);
    }
  });

  it.each([
    ['no', ['nob', 'nno', 'eng', 'dut'], 'nob', 'NOK'],
    ['be', ['dut', 'eng', 'fre'], 'dut', 'EUR'],
  ] as const)('has the whole mix in 5,000 records (%s)', (store, languages, mainLanguage, currency) => {
    const products = take({ count: 5000, store, seed: 5 });
    const values = <T>(pick: (p: ProductRecord) => T) => new Set(products.map(pick));
    expect(values((p) => p.form)).toEqual(new Set(productForms));
    expect(values((p) => p.audience)).toEqual(new Set(audiences));
    expect(values((p) => p.genre)).toEqual(new Set(genres));
    expect(values((p) => p.availability.status)).toEqual(new Set(availabilityStatuses));
    expect(values((p) => p.language)).toEqual(new Set(languages));
    expect(new Set(products.flatMap((p) => p.contributors.map((c) => c.role)))).toEqual(new Set(contributorRoles));
    expect(values((p) => p.price?.currency ?? currency)).toEqual(new Set([currency]));

    const share = (test: (p: ProductRecord) => boolean) => products.filter(test).length / products.length;
    expect(share((p) => p.language === mainLanguage)).toBeGreaterThan(0.6);
    expect(share((p) => p.form === 'book')).toBeGreaterThan(0.5);
    expect(share((p) => p.series !== null)).toBeGreaterThan(0.12);
    expect(share((p) => p.series !== null)).toBeLessThan(0.3);
    expect(share((p) => p.availability.status === 'forthcoming')).toBeGreaterThan(0.02);
    // A good share released in the last 12 months: what librarians buy most.
    expect(share((p) => p.releaseDate !== null && p.releaseDate <= today && p.releaseDate > '2025-05-01')).toBeGreaterThan(0.2);
  });

  it.each(['no', 'be'] as const)('keeps each record consistent with itself (%s)', (store) => {
    const now = dayNumber(today);
    for (const p of take({ count: 5000, store, seed: 9 })) {
      const day = dayNumber(p.releaseDate as string);
      expect(day).toBeGreaterThan(now - 31 * 366);
      if (p.availability.status === 'forthcoming') {
        expect(day).toBeGreaterThan(now);
        expect(p.availability.availableFrom).toBe(p.releaseDate);
      } else {
        expect(day).toBeLessThanOrEqual(now);
        expect(p.availability.availableFrom).toBeNull();
      }
      if (p.availability.status === 'in_stock') expect(p.availability.stockQuantity).toBeGreaterThan(0);
      else expect(p.availability.stockQuantity).toBeNull();

      for (const code of p.themaCodes.filter((c) => /^[A-Z]/.test(c))) {
        if (p.audience === 'youth') expect(code).toMatch(/^Y/);
        else expect(code).not.toMatch(/^Y/);
        if (p.audience === 'youth' && p.genre === 'nonfiction') expect(code).toMatch(/^YN/);
        if (p.audience === 'adult' && p.genre === 'fiction') expect(code).toMatch(/^[FD]/);
      }
      expect(p.themaCodes.length).toBeGreaterThan(0);
      expect(p.contributors.some((c) => c.role === 'narrator')).toBe(p.form === 'audiobook');
      expect(p.coverUrl).toBeNull();

      if (p.price) {
        const { amountMinor, currency, fixed, fixedPriceUntil } = p.price;
        if (currency === 'NOK') {
          expect(amountMinor).toBeGreaterThanOrEqual(14900);
          expect(amountMinor).toBeLessThanOrEqual(59900);
          expect(amountMinor % 1000).toBe(900);
        } else {
          expect(amountMinor).toBeGreaterThanOrEqual(999);
          expect(amountMinor).toBeLessThanOrEqual(3999);
        }
        if (p.form === 'video' || p.form === 'game' || p.form === 'other') expect(fixed).toBe(false);
        if (fixedPriceUntil) {
          expect(fixed).toBe(true);
          expect(fixedPriceUntil > (p.releaseDate as string)).toBe(true);
        }
      } else {
        expect(p.availability.status).toBe('forthcoming');
      }
    }
  });

  it('has the classics a librarian searches for', () => {
    const no = take({ count: 5000 });
    const be = take({ count: 5000, store: 'be' });
    const find = (products: ProductRecord[], title: string) => products.find((p) => p.title === title);
    expect(find(no, 'Sult')?.contributors[0]).toEqual({ name: 'Knut Hamsun', sortName: 'Hamsun, Knut', role: 'author' });
    expect(find(no, 'Harry Potter og de vises stein')?.series).toEqual({ name: 'Harry Potter', number: '1' });
    expect(find(no, 'Harry Potter og de vises stein')?.contributors.map((c) => c.role)).toEqual(['author', 'translator']);
    expect(find(no, 'Vaffelhjarte')?.language).toBe('nno');
    expect(find(be, 'Harry Potter en de Steen der Wijzen')?.language).toBe('dut');
    expect(find(be, 'De Leeuw van Vlaenderen')?.contributors[0]?.name).toBe('Hendrik Conscience');
    expect(find(be, 'Jip en Janneke')?.audience).toBe('youth');
  });

  it('uses words unevenly, as real titles do, with inflected forms for stemming', () => {
    const products = take({ count: 5000, seed: 11 });
    const titlesWith = new Map<string, number>();
    for (const p of products) {
      for (const word of new Set(p.title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3))) {
        titlesWith.set(word, (titlesWith.get(word) ?? 0) + 1);
      }
    }
    const counts = [...titlesWith.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)] as number;
    // Some words are in hundreds of titles, the typical word in a handful.
    expect(counts[0]).toBeGreaterThan(100);
    expect(counts[0]! / median).toBeGreaterThan(20);

    const keywords = new Set(products.flatMap((p) => p.keywords));
    expect(keywords).toContain('bøkene');
    expect(keywords).toContain('fortellinger');
    const dutch = new Set(take({ count: 5000, store: 'be' }).flatMap((p) => p.keywords));
    expect(dutch).toContain('boeken');
    expect(dutch).toContain('verhalen');
  });
});
