import { describe, expect, it } from 'vitest';
import { draftOfLine, newLineDraft, parseQuantity, sameDraft, valuesOfDraft } from './cart-line-draft.ts';

const line = {
  quantity: 2,
  lineReference: 'Lesesirkel',
  budgetCodeId: 'b1',
  department: 'VOKSEN',
  shelfLocation: null,
  materialType: 'BOK',
  extraFields: [{ name: 'Signatur', value: 'HAM' }],
};

describe('a cart line as typed', () => {
  it('reads whole numbers of copies from 1 to 9999 only', () => {
    expect(parseQuantity('3')).toBe(3);
    expect(parseQuantity(' 12 ')).toBe(12);
    expect(parseQuantity('9999')).toBe(9999);
    for (const bad of ['', '0', '10000', '2.5', '2,5', '-1', 'to', '1e2', '3 eks']) expect(parseQuantity(bad), bad).toBeNull();
  });

  it('turns a line into text fields and back into the values it had', () => {
    const draft = draftOfLine(line);
    expect(draft).toEqual({
      quantity: '2',
      lineReference: 'Lesesirkel',
      budgetCodeId: 'b1',
      department: 'VOKSEN',
      shelfLocation: '',
      materialType: 'BOK',
      extraFields: { Signatur: 'HAM' },
    });
    expect(valuesOfDraft(draft)).toEqual({ ok: true, values: line });
  });

  it('sends trimmed text, null for nothing chosen and no empty extra fields', () => {
    const draft = { ...draftOfLine(line), quantity: ' 4 ', lineReference: '  Til jul ', budgetCodeId: '', materialType: '', extraFields: { Signatur: '  ', Låner: ' Kari ' } };
    expect(valuesOfDraft(draft)).toEqual({
      ok: true,
      values: { quantity: 4, lineReference: 'Til jul', budgetCodeId: null, department: 'VOKSEN', shelfLocation: null, materialType: null, extraFields: [{ name: 'Låner', value: 'Kari' }] },
    });
  });

  it('refuses a quantity it cannot read, naming the field', () => {
    expect(valuesOfDraft({ ...draftOfLine(line), quantity: '0' })).toEqual({ ok: false, field: 'quantity' });
  });

  it('sees no change in spaces, code case or emptied extra fields', () => {
    const draft = draftOfLine(line);
    expect(sameDraft(draft, { ...draft, quantity: '2 ', department: 'voksen', extraFields: { Signatur: 'HAM', Låner: '' } })).toBe(true);
    expect(sameDraft(draft, { ...draft, quantity: '3' })).toBe(false);
    expect(sameDraft(draft, { ...draft, budgetCodeId: '' })).toBe(false);
    expect(sameDraft(draft, { ...draft, extraFields: {} })).toBe(false);
    expect(sameDraft(draft, { ...draft, extraFields: { Signatur: 'HAMS' } })).toBe(false);
  });

  it('starts a new line with one copy and the buyer’s defaults, dropping a budget code the account no longer has', () => {
    const settings = { defaults: { department: 'BARN', shelfLocation: null, materialType: 'BOK', budgetCodeId: 'gone' } };
    expect(newLineDraft(settings, ['b1'])).toEqual({ quantity: '1', lineReference: '', budgetCodeId: '', department: 'BARN', shelfLocation: '', materialType: 'BOK', extraFields: {} });
    expect(newLineDraft({ defaults: { ...settings.defaults, budgetCodeId: 'b1' } }, ['b1']).budgetCodeId).toBe('b1');
    expect(newLineDraft(undefined, []).department).toBe('');
  });
});
