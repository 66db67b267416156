import type { SelectOption } from '../../shared/ui/select-field.tsx';

type CodeLike = { id: string; code: string; description?: string | undefined };

/**
 * Options for a line's budget code: none first, then the account's codes. A chosen code the
 * account no longer has stays as an option (by the name the line keeps), so the select never
 * silently shows another.
 */
export function budgetCodeOptions(
  codes: readonly CodeLike[],
  chosen: { id: string; code: string | null } | null,
  noneLabel: string,
  labelOf: (code: CodeLike) => string = (code) => (code.description ? `${code.code} – ${code.description}` : code.code),
): SelectOption[] {
  const own = codes.map((code) => ({ value: code.id, label: labelOf(code) }));
  const missing = chosen && chosen.id && !codes.some((code) => code.id === chosen.id) ? [{ value: chosen.id, label: chosen.code ?? chosen.id }] : [];
  return [{ value: '', label: noneLabel }, ...missing, ...own];
}
