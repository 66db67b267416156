import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeValue, kindShift, weightIndexOf } from './match-codes.ts';
import { matchWeights } from './match-weights.ts';
import { mergePairs } from './pair-merge.ts';

/** A posting's meta: field mask, title position, title length. */
const meta = fc.record({ mask: fc.integer({ min: 1, max: 63 }), position: fc.integer({ min: 0, max: 255 }), length: fc.integer({ min: 1, max: 20 }) }).map(({ mask, position, length }) => mask | (position << 8) | (length << 16));

/** Ascending documents, each with a meta word, as interleaved pairs; runs of neighbours are common. */
const list = fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 120 }).chain((docs) =>
  fc.array(meta, { minLength: docs.length, maxLength: docs.length }).map((metas) => {
    const sorted = [...docs].sort((a, b) => a - b);
    return Uint32Array.from(sorted.flatMap((doc, i) => [doc, metas[i]!]));
  }),
);
const kind = fc.constantFrom(0, 1, 2, 3);

const weightOf = (code: number): number => matchWeights[weightIndexOf(code)]!;

/** By the definition: every document once; the earlier list's title position, the better weight. */
function expected(a: Uint32Array, aTag: number, b: Uint32Array, bTag: number): Map<number, number> {
  const byDoc = new Map<number, number>();
  for (let i = 0; i < a.length; i += 2) byDoc.set(a[i]!, a[i + 1]! | aTag);
  for (let i = 0; i < b.length; i += 2) {
    const code = b[i + 1]! | bTag;
    const kept = byDoc.get(b[i]!);
    if (kept === undefined) byDoc.set(b[i]!, code);
    else if (weightOf(code) > weightOf(kept)) byDoc.set(b[i]!, (kept & 0x00ffff00) | (code & 0xff0000ff));
  }
  return byDoc;
}

describe('mergePairs', () => {
  it('merges two lists as their union, with each document’s best weight and first title position', () => {
    fc.assert(
      fc.property(list, kind, list, kind, (a, aKind, b, bKind) => {
        const out = new Uint32Array(a.length + b.length);
        const count = mergePairs(a, a.length / 2, aKind << kindShift, b, b.length / 2, bKind << kindShift, out);
        const want = expected(a, aKind << kindShift, b, bKind << kindShift);
        const docs = [...want.keys()].sort((x, y) => x - y);
        expect(count).toBe(docs.length);
        expect(Array.from(out.subarray(0, count * 2))).toEqual(docs.flatMap((doc) => [doc, want.get(doc)!]));
      }),
    );
  });

  it('copies long runs of one list whole', () => {
    const a = Uint32Array.from(Array.from({ length: 100 }, (_, i) => [i, 1 | (3 << 8) | (2 << 16)]).flat());
    const b = Uint32Array.from([50, 1 | (0 << 8) | (2 << 16), 500, 4]);
    const out = new Uint32Array(204);
    expect(mergePairs(a, 100, 0, b, 2, 1 << kindShift, out)).toBe(101);
    expect(Array.from(out.subarray(0, 4))).toEqual([0, 1 | (3 << 8) | (2 << 16), 1, 1 | (3 << 8) | (2 << 16)]);
    // Document 50: exact in the title (a) beats the stem (b); a's title position stays.
    expect(out[101]).toBe(1 | (3 << 8) | (2 << 16));
    expect(Array.from(out.subarray(200, 202))).toEqual([500, 4 | (1 << kindShift)]);
  });
});

describe('codeValue', () => {
  it('adds the title boosts of a single word opening the title, and of one that is the whole title', () => {
    const title = 1;
    const codes = { scored: false, base: 0 };
    expect(codeValue(codes, title | (3 << 8) | (5 << 16))).toBe(100);
    expect(codeValue(codes, title | (0 << 8) | (5 << 16))).toBe(120);
    expect(codeValue(codes, title | (0 << 8) | (1 << 16))).toBe(150);
    // A stem, by its kind in the code or in the base.
    expect(codeValue(codes, title | (3 << 8) | (5 << 16) | (1 << kindShift))).toBe(80);
    expect(codeValue({ scored: false, base: 64 }, title | (3 << 8) | (5 << 16))).toBe(80);
    expect(codeValue({ scored: true, base: 0 }, 233)).toBe(233);
  });
});
