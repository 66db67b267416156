/**
 * Money arithmetic for prices (DESIGN §5.5, ADR 9). Amounts are integer minor units (øre,
 * cent); rates are basis points. The arithmetic runs on BigInt so products such as
 * 10^12 × 10 000 stay exact; callers turn results back into numbers with `toSafeNumber`.
 */

/** One price split into its parts; always `net + vat === gross`. */
export type Amounts = { net: number; vat: number; gross: number };

const BASIS = 10_000n;

/** a / b rounded half up, for a ≥ 0 and b > 0. */
export function divideHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** A net amount with VAT added: vat = round(net × rate) half up; the net stays exact. */
export function addVat(net: bigint, rateBp: bigint): { net: bigint; vat: bigint; gross: bigint } {
  const vat = divideHalfUp(net * rateBp, BASIS);
  return { net, vat, gross: net + vat };
}

/**
 * VAT contained in a gross amount: round(gross × rate / (1 + rate)) half up; the net is
 * what is left, so the parts always add up to the gross.
 */
export function splitGross(gross: bigint, rateBp: bigint): { net: bigint; vat: bigint; gross: bigint } {
  const vat = divideHalfUp(gross * rateBp, BASIS + rateBp);
  return { net: gross - vat, vat, gross };
}

/**
 * A price after a discount: the discount is rounded down to the minor unit, so the customer
 * never gets more off than the percentage (a law's cap holds to the cent).
 */
export function applyDiscount(gross: bigint, discountBp: bigint): bigint {
  return gross - (gross * discountBp) / BASIS;
}

/** A BigInt amount as a number, or null when a number could not hold it exactly. */
export function toSafeNumber(value: bigint): number | null {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}
