import { err, ok, type Result } from '../../../kernel/result.ts';

/** The three code lists, by the name a line (and the API) gives them. */
export const distributionKeys = ['department', 'shelfLocation', 'materialType'] as const;
export type DistributionKey = (typeof distributionKeys)[number];

/** A free extra field as a line must fill it in (INT-1). */
export type ExtraFieldRule = { name: string; required: boolean; maxLength: number };

/** An account's lists as a line is judged against: its active codes and active fields, in the account's order. */
export type DistributionRules = {
  codes: Record<DistributionKey, ReadonlySet<string>>;
  fields: readonly ExtraFieldRule[];
};

/** What a cart or order line carries: a code of each list (or none) and the extra fields' values by name. */
export type DistributionChoice = {
  department: string | null;
  shelfLocation: string | null;
  materialType: string | null;
  extraFields: { name: string; value: string }[];
};

export type DistributionFailure = 'invalid_distribution' | 'required_field_missing';

/** Codes are kept as libraries write them on spine labels: upper case, no surrounding spaces. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();

/** Field names match whatever their case: "signatur" is the field "Signatur". */
export const fieldNameKey = (name: string): string => name.trim().toLowerCase();

const characters = (text: string): number => [...text].length;

const listName: Record<DistributionKey, string> = {
  department: 'department',
  shelfLocation: 'shelf location',
  materialType: 'material type',
};

/**
 * Checks a line's distribution info against the account's lists: each code must be an
 * active code of its list, each extra field an active field of the account (given once)
 * with a value within its length. Empty values count as not given. With `complete`
 * (checkout), every required field needs a value. The answer is the choice as it is
 * stored: codes upper-cased, extra fields under the field's own name in the account's order.
 */
export function judgeDistributionChoice(
  rules: DistributionRules,
  choice: DistributionChoice,
  options: { complete: boolean },
): Result<DistributionChoice, DistributionFailure> {
  const codes: Pick<DistributionChoice, DistributionKey> = { department: null, shelfLocation: null, materialType: null };
  for (const key of distributionKeys) {
    const given = choice[key];
    const code = given === null ? '' : normaliseCode(given);
    if (code === '') continue;
    if (!rules.codes[key].has(code)) return err('invalid_distribution', `${code} is not a ${listName[key]} of the account`, key);
    codes[key] = code;
  }

  const fieldsByKey = new Map(rules.fields.map((field) => [fieldNameKey(field.name), field]));
  const values = new Map<string, string>();
  for (const entry of choice.extraFields) {
    const value = entry.value.trim();
    if (value === '') continue;
    const field = fieldsByKey.get(fieldNameKey(entry.name));
    if (!field) return err('invalid_distribution', `The account has no field ${entry.name.trim()}`, `extraFields.${entry.name.trim()}`);
    if (values.has(field.name)) return err('invalid_distribution', `${field.name} is given twice`, `extraFields.${field.name}`);
    if (characters(value) > field.maxLength) {
      return err('invalid_distribution', `${field.name} takes at most ${field.maxLength} characters`, `extraFields.${field.name}`);
    }
    values.set(field.name, value);
  }

  const extraFields: DistributionChoice['extraFields'] = [];
  for (const field of rules.fields) {
    const value = values.get(field.name);
    if (value !== undefined) extraFields.push({ name: field.name, value });
    else if (options.complete && field.required) return err('required_field_missing', `Fill in ${field.name}`, `extraFields.${field.name}`);
  }
  return ok({ ...codes, extraFields });
}
