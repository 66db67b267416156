/** The reason reads after the amount: `"5.555" ${reason}`. */
export type MinorUnits = { ok: true; value: number } | { ok: false; reason: string };

/**
 * A decimal amount as written in a file ("249.50", "85.0", "7") in integer minor units
 * (24950, 8500, 700), read digit by digit: a float would turn 4.35 into 434.99999. More
 * decimals than the currency has are refused unless they are zeros ("5.500" is 550).
 * Money leaves `formats/` only as integers (DESIGN §5.5).
 */
export function decimalToMinorUnits(text: string, decimals = 2): MinorUnits {
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return { ok: false, reason: 'is not an amount' };
  const [, whole = '', fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(decimals))) {
    return { ok: false, reason: `has more than ${decimals} decimals` };
  }
  const value = Number(whole) * 10 ** decimals + Number(fraction.slice(0, decimals).padEnd(decimals, '0') || '0');
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'is too large' };
  return { ok: true, value };
}
