import { describe, expect, it } from 'vitest';
import { budgetCodeOptions } from './budget-options.ts';

const codes = [
  { id: 'a', code: 'VOKSEN', description: 'Voksne' },
  { id: 'b', code: 'BARN', description: '' },
];

describe('budget code options', () => {
  it('offers none first, then the codes with their descriptions', () => {
    expect(budgetCodeOptions(codes, null, 'Ingen')).toEqual([
      { value: '', label: 'Ingen' },
      { value: 'a', label: 'VOKSEN – Voksne' },
      { value: 'b', label: 'BARN' },
    ]);
  });

  it('keeps a chosen code the account no longer has, by the name the line keeps', () => {
    expect(budgetCodeOptions(codes, { id: 'gone', code: 'GAMMEL' }, 'Ingen').map((o) => o.label)).toEqual(['Ingen', 'GAMMEL', 'VOKSEN – Voksne', 'BARN']);
    expect(budgetCodeOptions(codes, { id: 'a', code: 'VOKSEN' }, 'Ingen')).toHaveLength(3);
  });

  it('takes a label of the page’s own', () => {
    expect(budgetCodeOptions(codes, null, 'Ingen', (code) => `${code.code}!`)[1]?.label).toBe('VOKSEN!');
  });
});
