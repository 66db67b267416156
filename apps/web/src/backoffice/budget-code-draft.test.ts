import type { BudgetCode } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { budgetCodeBody, budgetDraftFrom, emptyBudgetDraft, parsePeriodMonths } from './budget-code-draft.ts';

const nb = ['nb', 'no'];

describe('budgetCodeBody', () => {
  it('turns what staff typed into minor units, basis points and months', () => {
    const draft = { code: ' voksen ', description: ' Voksenavdelingen ', total: '50 000,00', fixedPriceDiscount: '20', standardDiscount: '32,5', periodMonths: '' };
    expect(budgetCodeBody(draft, nb)).toEqual({
      ok: true,
      body: {
        code: 'VOKSEN',
        description: 'Voksenavdelingen',
        totalMinor: 5_000_000,
        fixedPriceDiscountBp: 2000,
        standardDiscountBp: 3250,
        fixedPricePeriodMonths: null,
      },
    });
  });

  it('reads empty discounts as 0 % and keeps Norwegian letters in the code', () => {
    const result = budgetCodeBody({ ...emptyBudgetDraft(), code: 'BØKER_2027', total: '0', periodMonths: '6' }, nb);
    expect(result).toMatchObject({ ok: true, body: { code: 'BØKER_2027', fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: 6 } });
  });

  it('names every field to fix, in form order', () => {
    const draft = { code: 'FOR BARN', description: '', total: '12,345', fixedPriceDiscount: '120', standardDiscount: 'x', periodMonths: '40' };
    expect(budgetCodeBody(draft, nb)).toEqual({ ok: false, problems: ['code', 'total', 'fixedPriceDiscount', 'standardDiscount', 'periodMonths'] });
    expect(budgetCodeBody({ ...emptyBudgetDraft(), total: '100' }, nb)).toEqual({ ok: false, problems: ['code'] });
  });
});

describe('budgetDraftFrom', () => {
  it('writes a saved code back into the form the way the language writes numbers', () => {
    const code: BudgetCode = {
      id: '1',
      code: 'JEUGD',
      description: '',
      totalMinor: 1_250_075,
      spentMinor: 0,
      remainingMinor: 1_250_075,
      currency: 'EUR',
      fixedPriceDiscountBp: 1000,
      standardDiscountBp: 2250,
      fixedPricePeriodMonths: 6,
      updatedAt: '2027-01-01T00:00:00Z',
    };
    const draft = budgetDraftFrom(code, ['nl']);
    expect(draft).toEqual({ code: 'JEUGD', description: '', total: '12.500,75', fixedPriceDiscount: '10', standardDiscount: '22,5', periodMonths: '6' });
    expect(budgetCodeBody(draft, ['nl'])).toMatchObject({ ok: true, body: { totalMinor: 1_250_075, standardDiscountBp: 2250, fixedPricePeriodMonths: 6 } });
  });
});

describe('parsePeriodMonths', () => {
  it('is null when empty (the store default), a number of months 0–36, or undefined', () => {
    expect(parsePeriodMonths('')).toBeNull();
    expect(parsePeriodMonths(' 6 ')).toBe(6);
    expect(parsePeriodMonths('0')).toBe(0);
    expect(parsePeriodMonths('36')).toBe(36);
    expect(parsePeriodMonths('37')).toBeUndefined();
    expect(parsePeriodMonths('6,5')).toBeUndefined();
    expect(parsePeriodMonths('seks')).toBeUndefined();
  });
});
