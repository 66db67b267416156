import type { Cart, CartLine, DistributionDefaults } from '@hylle/contracts';
import type { PriceTermsRow } from '../accounts/index.ts';
import { coverUrlOf, listPriceOf, priceViewOfQuote, type ProductForm } from '../catalog/index.ts';
import { judgeDistributionChoice, type DistributionRules } from '../distribution/index.ts';
import { storePricing, todayInZone } from '../pricing/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { readCartSettingRows } from './budget-codes.repo.ts';
import { cartLinesWithProducts, type CartLineWithProduct, type CartOwner } from './carts.repo.ts';
import { priceCart, type BudgetCodeTerms, type CartPricing, type LineProblem, type LineToPrice, type PricedCart } from './domain/price-cart.ts';

/**
 * What the cart is judged and priced against, read at the start of every cart change: the
 * account's price terms and budget codes, its distribution lists, and the member's defaults
 * for new lines. One statement.
 */
export type CartSetting = {
  terms: PriceTermsRow;
  codes: Map<string, BudgetCodeTerms>;
  rules: DistributionRules;
  defaults: DistributionDefaults;
};

/** Undefined when the user is no longer a member of the account (its terms and codes are account data). */
export async function loadCartSetting(tx: Tx, owner: CartOwner): Promise<CartSetting | undefined> {
  const found = await readCartSettingRows(tx, owner);
  if (!found) return undefined;
  const codes = new Map<string, BudgetCodeTerms>(
    found.codes.map((c) => [
      c.id,
      {
        id: c.id,
        code: c.code,
        remainingMinor: c.totalMinor - c.spentMinor,
        fixedPriceDiscountBp: c.fixedPriceDiscountBp,
        standardDiscountBp: c.standardDiscountBp,
        fixedPricePeriodMonths: c.fixedPricePeriodMonths,
      },
    ]),
  );
  return { terms: found.terms, codes, rules: found.rules, defaults: found.defaults };
}

/** A cart as read in one transaction: its rows, the priced cart and the view of it. */
export type ReadCart = { rows: CartLineWithProduct[]; priced: PricedCart; pricing: CartPricing; codes: Map<string, BudgetCodeTerms>; view: Cart };

/** Titles that can no longer be ordered (CHK-1 flags them in the cart). */
const UNORDERABLE = new Set(['out_of_print']);

/**
 * Reads and prices the owner's cart inside the caller's transaction, against the setting the
 * use case read at its start (or reads it now). Undefined when the user is no longer a
 * member of the account. Distribution info is judged as checkout will judge it, so a line
 * that would be refused is flagged in the cart.
 */
export async function readCart(
  ctx: AppContext,
  tx: Tx,
  owner: CartOwner,
  options: { lock: boolean; setting?: CartSetting },
): Promise<ReadCart | undefined> {
  const setting = options.setting ?? (await loadCartSetting(tx, owner));
  if (!setting) return undefined;
  const rows = await cartLinesWithProducts(tx, owner, options);
  const pricing: CartPricing = {
    pricing: storePricing(ctx.config.store),
    terms: setting.terms,
    today: todayInZone(ctx.clock.now(), ctx.config.store.timeZone),
    budgetCodes: [...setting.codes.values()],
  };
  const priced = priceCart(
    rows.map((row) => toLineToPrice(row, setting.codes, setting.rules)),
    pricing,
  );
  return { rows, priced, pricing, codes: setting.codes, view: toCartView(rows, priced, ctx.config.store.currency) };
}

function toLineToPrice({ line, product }: CartLineWithProduct, codes: Map<string, BudgetCodeTerms>, rules: DistributionRules): LineToPrice {
  const problems: LineProblem[] = [];
  const judged = judgeDistributionChoice(rules, line, { complete: true });
  if (!judged.ok) problems.push(judged.code === 'required_field_missing' ? 'required_field_missing' : 'distribution_invalid');
  return {
    id: line.id,
    updatedAt: line.updatedAt,
    product: {
      form: product.form as ProductForm,
      price: listPriceOf(product),
      releaseDate: product.releaseDate,
      language: product.language,
      orderable: !UNORDERABLE.has(product.availability),
    },
    quantity: line.quantity,
    budgetCode: line.budgetCodeId ? (codes.get(line.budgetCodeId) ?? null) : null,
    problems,
  };
}

/** The first author (or whoever comes first), as the cart and the order show a title's byline. */
export function bylineOf(contributors: { name: string; role: string }[]): string {
  return (contributors.find((c) => c.role === 'author') ?? contributors[0])?.name ?? '';
}

function toCartView(rows: CartLineWithProduct[], priced: PricedCart, currency: string): Cart {
  const lines: CartLine[] = rows.map(({ line, product, budgetCode }, i) => {
    const { quote, problems } = priced.lines[i]!;
    return {
      id: line.id,
      product: {
        id: line.productId,
        isbn: product.isbn,
        title: product.title,
        contributor: bylineOf(product.contributors),
        form: product.form,
        coverUrl: coverUrlOf({ id: line.productId, coverUrl: product.coverUrl }),
        availability: product.availability as CartLine['product']['availability'],
      },
      quantity: line.quantity,
      lineReference: line.lineReference,
      budgetCodeId: line.budgetCodeId,
      budgetCode,
      department: line.department,
      shelfLocation: line.shelfLocation,
      materialType: line.materialType,
      extraFields: line.extraFields,
      price: quote ? priceViewOfQuote(quote, true) : null,
      lineAmounts: quote ? quote.line : null,
      problems,
    };
  });
  return {
    lines,
    currency,
    totals: priced.totals,
    vatTotals: priced.vatTotals,
    budgets: priced.budgets,
    orderable: priced.orderable,
    version: priced.version,
  };
}
