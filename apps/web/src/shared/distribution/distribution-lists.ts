import type { DistributionCode, DistributionList } from '@hylle/contracts';

/** The lists in the order a line shows them. */
export const DISTRIBUTION_LISTS = ['department', 'shelf_location', 'material_type'] as const satisfies readonly DistributionList[];

/** Where a list's value lives on a line and in the defaults. */
export const LINE_KEY_OF_LIST = {
  department: 'department',
  shelf_location: 'shelfLocation',
  material_type: 'materialType',
} as const satisfies Record<DistributionList, string>;

export function codesOfList(codes: readonly DistributionCode[], list: DistributionList): DistributionCode[] {
  return codes.filter((code) => code.list === list);
}

/** "VOKSEN – Voksenavdelingen", or the code alone when it has no description. */
export function codeWithLabel(code: Pick<DistributionCode, 'code' | 'label'>): string {
  return code.label ? `${code.code} – ${code.label}` : code.code;
}

/**
 * Options for picking a code of a list: "none" first, then the list. A chosen value the list
 * no longer has stays as an option, so the select never silently shows something else.
 */
export function codeOptions(
  codes: readonly DistributionCode[],
  list: DistributionList,
  chosen: string,
  noneLabel: string,
): { value: string; label: string }[] {
  const own = codesOfList(codes, list).map((code) => ({ value: code.code, label: codeWithLabel(code) }));
  const missing = chosen !== '' && !own.some((option) => option.value === chosen) ? [{ value: chosen, label: chosen }] : [];
  return [{ value: '', label: noneLabel }, ...missing, ...own];
}

/** The longest value an extra field may take, as typed: a whole number from 1 to 200, or nothing. */
export function parseMaxLength(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= 200 ? value : null;
}
