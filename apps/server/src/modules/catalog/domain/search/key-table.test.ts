import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashNumber, hashString, KeyTable } from './key-table.ts';

describe('KeyTable', () => {
  it('answers like a Map through additions, replacements, deletions and resets', () => {
    const key = fc.string({ maxLength: 3 });
    const operation = fc.oneof(
      fc.record({ set: key }),
      fc.record({ delete: key }),
      fc.record({ reset: fc.constant(true) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (operations) => {
        // As for product keys: each `set` hands out a new id whose string is the key.
        const strings: string[] = [];
        const table = new KeyTable((id) => strings[id], hashString);
        const reference = new Map<string, number>();
        for (const op of operations) {
          if ('set' in op) {
            strings.push(op.set);
            table.set(op.set, strings.length - 1);
            reference.set(op.set, strings.length - 1);
          } else if ('delete' in op) {
            table.delete(op.delete);
            reference.delete(op.delete);
          } else {
            table.reset(reference.values());
          }
        }
        for (const text of new Set(strings)) expect(table.get(text)).toBe(reference.get(text) ?? -1);
      }),
    );
  });

  it('hashes numbers up to 2^53 apart in both halves', () => {
    expect(hashNumber(9788205379183)).not.toBe(hashNumber(9788205379184));
    expect(hashNumber(2 ** 32)).not.toBe(hashNumber(0));
  });
});
