import type { OrderImportReport } from '@hylle/contracts';
import { findAccountByCustomerNumber, findPriceTerms, listDeliveryAddresses, type AccountRow } from '../accounts/index.ts';
import { listPriceOf, type ProductForm } from '../catalog/index.ts';
import { judgeDistributionChoice, loadDistributionRules } from '../distribution/index.ts';
import { insertOrder, orderIdByKey, parseOrderImportCsv, type ImportedOrderDraft, type NewOrderLine } from '../orders/index.ts';
import { storePricing, todayInZone } from '../pricing/index.ts';
import { ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { debitBudget } from './budget-ledger.repo.ts';
import { listBudgetCodeRows } from './budget-codes.repo.ts';
import { productsForOrderLines } from './carts.repo.ts';
import { quoteLine, type BudgetCodeTerms } from './domain/price-cart.ts';
import { bylineOf } from './read-cart.ts';

type Problem = OrderImportReport['problems'][number];

/** Raised inside the transaction to roll back every order of the file when one is refused. */
class ImportRefused extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super('order import refused');
    this.problems = problems;
  }
}

/**
 * Staff import orders a library placed by phone, e-mail or EDI (ORD-1), from a CSV file
 * (docs/order-import-csv.md), so they show in the account's overview with their channel.
 * They are priced as the web shop would price them that day and debit their budget codes.
 * All or nothing: with any problem, nothing is imported and every problem is reported.
 * An order imported before (same customer number, channel and reference) is left out.
 */
export async function importOrders(ctx: AppContext, staff: Actor, file: Uint8Array): Promise<Result<OrderImportReport, never>> {
  const parsed = await parseOrderImportCsv(file);
  if (parsed.problems.length > 0) return ok({ ordersCreated: 0, linesCreated: 0, alreadyImported: 0, problems: parsed.problems });
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const report = { ordersCreated: 0, linesCreated: 0, alreadyImported: 0, problems: [] as Problem[] };
      const debits: Debit[] = [];
      for (const draft of parsed.orders) {
        const created = await importOne(ctx, tx, draft, report.problems);
        if (created === 'already') report.alreadyImported += 1;
        else if (created) {
          report.ordersCreated += 1;
          report.linesCreated += created.lines;
          debits.push(...created.debits);
        }
      }
      if (report.problems.length === 0) await debitAll(ctx, tx, staff, debits, report.problems);
      if (report.problems.length > 0) throw new ImportRefused(report.problems);
      await writeAudit(tx, { actor: staff, action: 'orders.imported', accountId: null, before: null, after: { orders: report.ordersCreated, lines: report.linesCreated } }, ctx.clock.now());
      return ok(report);
    });
  } catch (error) {
    if (error instanceof ImportRefused) return ok({ ordersCreated: 0, linesCreated: 0, alreadyImported: 0, problems: error.problems });
    throw error;
  }
}

type Debit = { budgetCodeId: string; code: string; accountId: string; accountName: string; orderId: string; amountMinor: number; line: number };

/**
 * Every order's budget debits at the end, in one order across the file (code, then order),
 * as checkout takes them: the codes' row locks are held from here to commit only, and an
 * import and a checkout on the same codes never wait for each other in a circle.
 */
async function debitAll(ctx: AppContext, tx: Tx, staff: Actor, debits: Debit[], problems: Problem[]): Promise<void> {
  const at = ctx.clock.now();
  const sorted = [...debits].sort((a, b) => a.budgetCodeId.localeCompare(b.budgetCodeId) || a.orderId.localeCompare(b.orderId));
  for (const debit of sorted) {
    const done = await debitBudget(tx, { budgetCodeId: debit.budgetCodeId, accountId: debit.accountId, amountMinor: debit.amountMinor, orderId: debit.orderId, actorUserId: staff.userId, at });
    if (!done.ok) problems.push({ line: debit.line, message: `Budget code ${debit.code} of ${debit.accountName} does not cover the order` });
  }
}

async function importOne(ctx: AppContext, tx: Tx, draft: ImportedOrderDraft, problems: Problem[]): Promise<{ lines: number; debits: Debit[] } | 'already' | null> {
  const problem = (line: number, message: string) => {
    problems.push({ line, message });
    return null;
  };
  const account = await findAccountByCustomerNumber(tx, draft.customerNumber);
  if (!account) return problem(draft.line, `No customer has the number ${draft.customerNumber}`);
  const key = `import:${draft.channel}:${draft.externalReference}`;
  if (await orderIdByKey(tx, account.id, key)) return 'already';

  const addresses = await listDeliveryAddresses(tx, account.id);
  const address = draft.deliveryAddressLabel
    ? addresses.find((a) => a.label.toLowerCase() === draft.deliveryAddressLabel.toLowerCase())
    : addresses[0];
  if (!address) {
    return problem(draft.line, draft.deliveryAddressLabel ? `${account.name} has no delivery address “${draft.deliveryAddressLabel}”` : `${account.name} has no delivery address`);
  }
  const lines = await orderLinesOf(ctx, tx, account, draft, problem);
  if (!lines) return null;

  const today = todayInZone(ctx.clock.now(), ctx.config.store.timeZone);
  const placedOn = draft.orderedOn ?? today;
  if (placedOn > today) return problem(draft.line, `ordered_on ${placedOn} is in the future`);
  const now = ctx.clock.now();
  const totals = lines.reduce((t, l) => ({ net: t.net + l.lineNetMinor, vat: t.vat + l.lineVatMinor, gross: t.gross + l.lineGrossMinor }), { net: 0, vat: 0, gross: 0 });
  const placed = await insertOrder(
    tx,
    {
      accountId: account.id,
      placedByUserId: null,
      placedByName: '',
      channel: draft.channel,
      status: account.payOnInvoiceAllowed ? 'processing' : 'awaiting_payment',
      payment: account.payOnInvoiceAllowed ? 'invoice' : 'prepayment',
      requisition: draft.requisition,
      orderReference: draft.orderReference,
      costCentre: draft.costCentre,
      deliveryAddressId: address.id,
      deliveryAddress: { label: address.label, recipient: address.recipient, line1: address.line1, line2: address.line2, postalCode: address.postalCode, city: address.city, country: address.country },
      currency: ctx.config.store.currency,
      totalNetMinor: totals.net,
      totalVatMinor: totals.vat,
      totalGrossMinor: totals.gross,
      idempotencyKey: key,
      placedOn,
      placedAt: placedOn === today ? now : new Date(`${placedOn}T12:00:00Z`),
    },
    lines,
    now,
  );
  if (!placed) return 'already';
  const { order } = placed;
  const perCode = new Map<string, Debit>();
  for (const line of lines) {
    if (!line.budgetCodeId || line.lineGrossMinor <= 0) continue;
    const debit = perCode.get(line.budgetCodeId) ?? { budgetCodeId: line.budgetCodeId, code: line.budgetCode ?? '', accountId: account.id, accountName: account.name, orderId: order.id, amountMinor: 0, line: draft.line };
    debit.amountMinor += line.lineGrossMinor;
    perCode.set(line.budgetCodeId, debit);
  }
  return { lines: lines.length, debits: [...perCode.values()] };
}

/** The draft's lines, priced and checked against the account's lists; null after reporting a problem. */
async function orderLinesOf(
  ctx: AppContext,
  tx: Tx,
  account: AccountRow,
  draft: ImportedOrderDraft,
  problem: (line: number, message: string) => null,
): Promise<NewOrderLine[] | null> {
  const terms = await findPriceTerms(tx, account.id);
  if (!terms) return problem(draft.line, `No customer has the number ${draft.customerNumber}`);
  const products = new Map((await productsForOrderLines(tx, draft.lines.map((l) => l.isbn))).map((p) => [p.isbn, p]));
  const codes = new Map(
    (await listBudgetCodeRows(tx, account.id)).map((c) => [
      c.code,
      { id: c.id, code: c.code, remainingMinor: c.totalMinor - c.spentMinor, fixedPriceDiscountBp: c.fixedPriceDiscountBp, standardDiscountBp: c.standardDiscountBp, fixedPricePeriodMonths: c.fixedPricePeriodMonths } satisfies BudgetCodeTerms,
    ]),
  );
  const rules = await loadDistributionRules(tx, account.id);
  const context = { pricing: storePricing(ctx.config.store), terms, today: draft.orderedOn ?? todayInZone(ctx.clock.now(), ctx.config.store.timeZone), budgetCodes: [] };
  const lines: NewOrderLine[] = [];
  let failed = false;
  for (const line of draft.lines) {
    const product = products.get(line.isbn);
    const code = line.budgetCode ? codes.get(line.budgetCode.toUpperCase()) : undefined;
    const judged = judgeDistributionChoice(rules, { department: line.department, shelfLocation: line.shelfLocation, materialType: line.materialType, extraFields: [] }, { complete: false });
    const quote =
      product &&
      quoteLine(context, {
        product: { form: product.form as ProductForm, price: listPriceOf(product), releaseDate: product.releaseDate, language: product.language },
        quantity: line.quantity,
        budgetCode: code ?? null,
      });
    const wrong = !product
      ? `ISBN ${line.isbn} is not in the catalogue`
      : product.availability === 'out_of_print'
        ? `ISBN ${line.isbn} is out of print and cannot be ordered`
        : !quote
        ? `ISBN ${line.isbn} has no price`
        : line.budgetCode && !code
          ? `${account.name} has no budget code ${line.budgetCode}`
          : !judged.ok
            ? `${judged.field ?? 'distribution info'}: ${judged.detail ?? 'not on the account’s lists'}`
            : null;
    if (wrong || !product || !quote || !judged.ok) {
      problem(line.line, wrong ?? 'cannot be ordered');
      failed = true;
      continue;
    }
    lines.push({
      productId: product.id,
      isbn: product.isbn,
      title: product.title,
      contributor: bylineOf(product.contributors),
      quantity: line.quantity,
      lineReference: line.lineReference,
      budgetCodeId: code?.id ?? null,
      budgetCode: code?.code ?? null,
      department: judged.value.department,
      shelfLocation: judged.value.shelfLocation,
      materialType: judged.value.materialType,
      extraFields: [],
      vatRateBp: quote.vatRateBp,
      discountBp: quote.discountBp,
      unitListGrossMinor: quote.listUnit.gross,
      unitGrossMinor: quote.unit.gross,
      lineNetMinor: quote.line.net,
      lineVatMinor: quote.line.vat,
      lineGrossMinor: quote.line.gross,
    });
  }
  return failed ? null : lines;
}
