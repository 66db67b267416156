import { createHash } from 'node:crypto';
import { quotePrice, termsWithBudgetCode, type Amounts, type PricedProduct, type PriceTerms, type Quote, type StorePricing } from '../../pricing/index.ts';

/** A budget code as pricing and the budget summary need it. */
export type BudgetCodeTerms = {
  id: string;
  code: string;
  remainingMinor: number;
  fixedPriceDiscountBp: number;
  standardDiscountBp: number;
  fixedPricePeriodMonths: number | null;
};

export type LineProblem = 'unavailable' | 'no_price' | 'budget_code_gone' | 'distribution_invalid' | 'required_field_missing';

/** What pricing needs of one cart line; `budgetCode` is null when the line has none. */
export type LineToPrice = {
  id: string;
  /** Changes whenever the line is edited; part of the cart's version. */
  updatedAt: Date;
  product: PricedProduct & { orderable: boolean };
  quantity: number;
  budgetCode: BudgetCodeTerms | null;
  /** Problems found outside pricing (distribution info against the account's lists). */
  problems: LineProblem[];
};

export type PricedLine = { id: string; quote: Quote | null; problems: LineProblem[] };

export type VatTotal = Amounts & { vatRateBp: number };

export type CartBudget = { budgetCodeId: string; code: string; remainingMinor: number; inCartMinor: number; remainingAfterCartMinor: number };

export type PricedCart = {
  lines: PricedLine[];
  totals: Amounts;
  vatTotals: VatTotal[];
  budgets: CartBudget[];
  orderable: boolean;
  version: string;
};

export type CartPricing = {
  pricing: StorePricing;
  /** The account's terms; a line on a budget code that sets its own discounts uses those (`termsWithBudgetCode`). */
  terms: PriceTerms;
  today: string;
  /** Every budget code of the account, so the summary shows them all, used or not. */
  budgetCodes: BudgetCodeTerms[];
};

/** One line's price with its terms; null when the product cannot be priced. */
export function quoteLine(context: CartPricing, line: { product: PricedProduct; quantity: number; budgetCode: BudgetCodeTerms | null }): Quote | null {
  const { terms, pricing } = termsWithBudgetCode(context.terms, context.pricing, line.budgetCode);
  const quote = quotePrice({ product: line.product, terms, pricing, today: context.today, quantity: line.quantity });
  return quote.ok ? quote.value : null;
}

/**
 * Prices a cart: each line with `quotePrice` (so cart, order and invoice agree), totals as the
 * sum of the lines, totals per VAT rate, and what each budget code has left after the cart,
 * on the discounted price including VAT. The version changes with any line, price or budget
 * change, so checkout can tell whether the buyer reviewed what they are ordering.
 */
export function priceCart(lines: LineToPrice[], context: CartPricing): PricedCart {
  const priced: PricedLine[] = lines.map((line) => {
    const quote = quoteLine(context, line);
    const problems = [...line.problems];
    if (!line.product.orderable) problems.unshift('unavailable');
    if (!quote && !problems.includes('unavailable')) problems.unshift('no_price');
    return { id: line.id, quote, problems };
  });

  const totals: Amounts = { net: 0, vat: 0, gross: 0 };
  const byRate = new Map<number, VatTotal>();
  const inCart = new Map<string, number>();
  priced.forEach(({ quote }, i) => {
    if (!quote) return;
    add(totals, quote.line);
    const rate = byRate.get(quote.vatRateBp) ?? { vatRateBp: quote.vatRateBp, net: 0, vat: 0, gross: 0 };
    add(rate, quote.line);
    byRate.set(quote.vatRateBp, rate);
    const code = lines[i]!.budgetCode;
    if (code) inCart.set(code.id, (inCart.get(code.id) ?? 0) + quote.line.gross);
  });

  const budgets = context.budgetCodes.map((code) => {
    const inCartMinor = inCart.get(code.id) ?? 0;
    return { budgetCodeId: code.id, code: code.code, remainingMinor: code.remainingMinor, inCartMinor, remainingAfterCartMinor: code.remainingMinor - inCartMinor };
  });

  return {
    lines: priced,
    totals,
    vatTotals: [...byRate.values()].sort((a, b) => b.vatRateBp - a.vatRateBp),
    budgets,
    orderable: priced.length > 0 && priced.every((line) => line.problems.length === 0),
    version: versionOf(lines, priced),
  };
}

function add(into: Amounts, amounts: Amounts): void {
  into.net += amounts.net;
  into.vat += amounts.vat;
  into.gross += amounts.gross;
}

function versionOf(lines: LineToPrice[], priced: PricedLine[]): string {
  const hash = createHash('sha256');
  lines.forEach((line, i) => {
    const quote = priced[i]!.quote;
    hash.update(`${line.id}|${line.updatedAt.toISOString()}|${line.quantity}|${line.budgetCode?.id ?? ''}|${quote?.line.gross ?? 'x'}|${priced[i]!.problems.join(',')}\n`);
  });
  return hash.digest('base64url').slice(0, 22);
}
