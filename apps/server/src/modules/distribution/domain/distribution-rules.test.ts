import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionKeys, judgeDistributionChoice, type DistributionChoice, type DistributionRules } from './distribution-rules.ts';

const rules: DistributionRules = {
  codes: {
    department: new Set(['VOKSEN', 'BARN']),
    shelfLocation: new Set(['KRIM', 'LOKALHIST']),
    materialType: new Set(['BOK', 'LYDBOK']),
  },
  fields: [
    { name: 'Signatur', required: true, maxLength: 10 },
    { name: 'Låner', required: false, maxLength: 60 },
  ],
};

const none: DistributionChoice = { department: null, shelfLocation: null, materialType: null, extraFields: [] };
const draft = { complete: false };
const checkout = { complete: true };

describe('judgeDistributionChoice', () => {
  it('accepts a choice of active codes, upper-cased, with the fields in the account’s order under their own names', () => {
    const judged = judgeDistributionChoice(
      rules,
      {
        department: ' voksen ',
        shelfLocation: 'krim',
        materialType: 'BOK',
        extraFields: [
          { name: 'låner', value: ' Kari ' },
          { name: 'SIGNATUR', value: 'NES' },
        ],
      },
      checkout,
    );
    expect(judged).toEqual({
      ok: true,
      value: {
        department: 'VOKSEN',
        shelfLocation: 'KRIM',
        materialType: 'BOK',
        extraFields: [
          { name: 'Signatur', value: 'NES' },
          { name: 'Låner', value: 'Kari' },
        ],
      },
    });
  });

  it('accepts nothing chosen while the line is in the cart', () => {
    expect(judgeDistributionChoice(rules, none, draft)).toEqual({ ok: true, value: none });
  });

  it('treats empty codes and empty values as not given, even for a field the account no longer has', () => {
    const judged = judgeDistributionChoice(
      rules,
      { department: '  ', shelfLocation: '', materialType: null, extraFields: [{ name: 'Gammelt felt', value: ' ' }, { name: 'Låner', value: '' }] },
      draft,
    );
    expect(judged).toEqual({ ok: true, value: none });
  });

  it('refuses a code that is not in its list, naming the list', () => {
    expect(judgeDistributionChoice(rules, { ...none, department: 'KRIM' }, draft)).toMatchObject({ ok: false, code: 'invalid_distribution', field: 'department' });
    expect(judgeDistributionChoice(rules, { ...none, shelfLocation: 'FAKTA' }, draft)).toMatchObject({ ok: false, code: 'invalid_distribution', field: 'shelfLocation' });
    expect(judgeDistributionChoice(rules, { ...none, materialType: 'DVD' }, draft)).toMatchObject({ ok: false, code: 'invalid_distribution', field: 'materialType' });
  });

  it('refuses an unknown field, a field given twice and a value longer than the field takes', () => {
    expect(judgeDistributionChoice(rules, { ...none, extraFields: [{ name: 'Hylle', value: '3' }] }, draft)).toMatchObject({
      ok: false,
      code: 'invalid_distribution',
      field: 'extraFields.Hylle',
    });
    expect(
      judgeDistributionChoice(rules, { ...none, extraFields: [{ name: 'Låner', value: 'a' }, { name: 'låner', value: 'b' }] }, draft),
    ).toMatchObject({ ok: false, code: 'invalid_distribution', field: 'extraFields.Låner' });
    expect(judgeDistributionChoice(rules, { ...none, extraFields: [{ name: 'Signatur', value: 'ÆØÅÆØÅÆØÅÆ' }] }, checkout)).toMatchObject({ ok: true });
    expect(judgeDistributionChoice(rules, { ...none, extraFields: [{ name: 'Signatur', value: 'ÆØÅÆØÅÆØÅÆØ' }] }, draft)).toMatchObject({
      ok: false,
      code: 'invalid_distribution',
      field: 'extraFields.Signatur',
    });
  });

  it('asks for required fields only at checkout', () => {
    expect(judgeDistributionChoice(rules, none, draft).ok).toBe(true);
    expect(judgeDistributionChoice(rules, none, checkout)).toMatchObject({ ok: false, code: 'required_field_missing', field: 'extraFields.Signatur' });
    expect(judgeDistributionChoice(rules, { ...none, extraFields: [{ name: 'Signatur', value: '  ' }] }, checkout)).toMatchObject({
      ok: false,
      code: 'required_field_missing',
    });
  });
});

describe('judgeDistributionChoice, for any lists and any line', () => {
  const code = fc.stringMatching(/^[A-Z0-9]{1,6}$/);
  const codeList = fc.uniqueArray(code, { maxLength: 5 });
  const fieldName = fc.constantFrom('Signatur', 'Låner', 'Hylle', 'Notat', 'Kilde');
  const anyRules: fc.Arbitrary<DistributionRules> = fc.record({
    codes: fc.record({
      department: codeList.map((c) => new Set(c)),
      shelfLocation: codeList.map((c) => new Set(c)),
      materialType: codeList.map((c) => new Set(c)),
    }),
    fields: fc.uniqueArray(fc.record({ name: fieldName, required: fc.boolean(), maxLength: fc.integer({ min: 1, max: 8 }) }), {
      selector: (f) => f.name,
      maxLength: 4,
    }),
  });
  const anyText = fc.oneof(code, code.map((c) => ` ${c.toLowerCase()} `), fc.constant(''), fc.string({ maxLength: 6 }));
  const anyChoice: fc.Arbitrary<DistributionChoice> = fc.record({
    department: fc.option(anyText, { nil: null }),
    shelfLocation: fc.option(anyText, { nil: null }),
    materialType: fc.option(anyText, { nil: null }),
    extraFields: fc.array(fc.record({ name: fc.oneof(fieldName, fieldName.map((n) => n.toUpperCase())), value: fc.string({ maxLength: 10 }) }), { maxLength: 4 }),
  });
  const complete = fc.record({ complete: fc.boolean() });

  it('answers only with active codes, the account’s fields in its order, and values within their length', () => {
    fc.assert(
      fc.property(anyRules, anyChoice, complete, (r, choice, options) => {
        const judged = judgeDistributionChoice(r, choice, options);
        if (!judged.ok) return;
        for (const key of distributionKeys) {
          const value = judged.value[key];
          if (value !== null) expect(r.codes[key].has(value)).toBe(true);
        }
        const order = r.fields.map((f) => f.name);
        const names = judged.value.extraFields.map((f) => f.name);
        expect(names).toEqual(order.filter((n) => names.includes(n)));
        for (const entry of judged.value.extraFields) {
          const field = r.fields.find((f) => f.name === entry.name)!;
          expect(entry.value).not.toBe('');
          expect([...entry.value].length).toBeLessThanOrEqual(field.maxLength);
        }
        if (options.complete) for (const f of r.fields.filter((f) => f.required)) expect(names).toContain(f.name);
      }),
    );
  });

  it('accepts its own answer unchanged', () => {
    fc.assert(
      fc.property(anyRules, anyChoice, complete, (r, choice, options) => {
        const judged = judgeDistributionChoice(r, choice, options);
        if (judged.ok) expect(judgeDistributionChoice(r, judged.value, options)).toEqual(judged);
      }),
    );
  });

  it('accepts every line made of the account’s own codes and short enough values', () => {
    const ruleAndLine = anyRules.chain((r) => {
      const pick = (key: (typeof distributionKeys)[number]) => fc.option(fc.constantFrom(...r.codes[key]), { nil: null });
      const line = fc.record({
        department: r.codes.department.size > 0 ? pick('department') : fc.constant(null),
        shelfLocation: r.codes.shelfLocation.size > 0 ? pick('shelfLocation') : fc.constant(null),
        materialType: r.codes.materialType.size > 0 ? pick('materialType') : fc.constant(null),
        extraFields: fc.constant(r.fields.map((f) => ({ name: f.name, value: 'x'.repeat(f.maxLength) }))),
      });
      return fc.tuple(fc.constant(r), line);
    });
    fc.assert(
      fc.property(ruleAndLine, ([r, line]) => {
        expect(judgeDistributionChoice(r, line, { complete: true })).toEqual({ ok: true, value: line });
      }),
    );
  });

  it('refuses a code outside its list, naming that list', () => {
    fc.assert(
      fc.property(anyRules, fc.constantFrom(...distributionKeys), code, (r, key, c) => {
        fc.pre(!r.codes[key].has(c));
        const judged = judgeDistributionChoice(r, { department: null, shelfLocation: null, materialType: null, extraFields: [], [key]: c }, { complete: false });
        expect(judged).toMatchObject({ ok: false, code: 'invalid_distribution', field: key });
      }),
    );
  });
});
