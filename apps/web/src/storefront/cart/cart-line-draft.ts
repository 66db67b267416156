import type { CartLine, CartLineValues, DistributionSettings } from '@hylle/contracts';

export const MAX_QUANTITY = 9999;

/**
 * A line's values as the buyer types them: text for every field (an empty select is ''),
 * so nothing typed is lost or reformatted before it is saved. Extra fields by name.
 */
export type LineDraft = {
  quantity: string;
  lineReference: string;
  budgetCodeId: string;
  department: string;
  shelfLocation: string;
  materialType: string;
  extraFields: Record<string, string>;
};

/** A whole number of copies from 1 to 9999, as typed ("3", " 12 "); null for anything else. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_QUANTITY ? value : null;
}

type LineValues = Pick<CartLine, 'quantity' | 'lineReference' | 'budgetCodeId' | 'department' | 'shelfLocation' | 'materialType' | 'extraFields'>;

export function draftOfLine(line: LineValues): LineDraft {
  return {
    quantity: String(line.quantity),
    lineReference: line.lineReference,
    budgetCodeId: line.budgetCodeId ?? '',
    department: line.department ?? '',
    shelfLocation: line.shelfLocation ?? '',
    materialType: line.materialType ?? '',
    extraFields: Object.fromEntries(line.extraFields.map((field) => [field.name, field.value])),
  };
}

/** A new line's draft: one copy and the buyer's defaults (INT-1), no reference, extra fields empty. */
export function newLineDraft(settings: Pick<DistributionSettings, 'defaults'> | undefined, budgetCodeIds: readonly string[]): LineDraft {
  const defaults = settings?.defaults;
  const budgetCodeId = defaults?.budgetCodeId && budgetCodeIds.includes(defaults.budgetCodeId) ? defaults.budgetCodeId : '';
  return {
    quantity: '1',
    lineReference: '',
    budgetCodeId,
    department: defaults?.department ?? '',
    shelfLocation: defaults?.shelfLocation ?? '',
    materialType: defaults?.materialType ?? '',
    extraFields: {},
  };
}

const filledFields = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([name, value]) => [name, value.trim()] as const)
    .filter(([, value]) => value !== '');

/** Same values once saved: surrounding spaces, letter case of codes and empty extra fields make no difference. */
export function sameDraft(a: LineDraft, b: LineDraft): boolean {
  const fieldsA = filledFields(a.extraFields);
  const fieldsB = new Map(filledFields(b.extraFields));
  return (
    a.quantity.trim() === b.quantity.trim() &&
    a.lineReference.trim() === b.lineReference.trim() &&
    a.budgetCodeId === b.budgetCodeId &&
    a.department.trim().toUpperCase() === b.department.trim().toUpperCase() &&
    a.shelfLocation.trim().toUpperCase() === b.shelfLocation.trim().toUpperCase() &&
    a.materialType.trim().toUpperCase() === b.materialType.trim().toUpperCase() &&
    fieldsA.length === fieldsB.size &&
    fieldsA.every(([name, value]) => fieldsB.get(name) === value)
  );
}

export type DraftCheck = { ok: true; values: CartLineValues } | { ok: false; field: 'quantity' };

/** The values to send (PUT replaces them all); refused here only for a quantity the server would refuse too. */
export function valuesOfDraft(draft: LineDraft): DraftCheck {
  const quantity = parseQuantity(draft.quantity);
  if (quantity === null) return { ok: false, field: 'quantity' };
  return {
    ok: true,
    values: {
      quantity,
      lineReference: draft.lineReference.trim(),
      budgetCodeId: draft.budgetCodeId || null,
      department: draft.department || null,
      shelfLocation: draft.shelfLocation || null,
      materialType: draft.materialType || null,
      extraFields: filledFields(draft.extraFields).map(([name, value]) => ({ name, value })),
    },
  };
}
