import type { ErpExportQuery } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { addDays } from './domain/calendar.ts';
import { erpExportCsv } from './documents/index.ts';
import { orderLinesRecordedBetween } from './fulfilment.repo.ts';

/** At most a year per file: the export is read into memory. */
const MAX_DAYS = 366;

/**
 * The ERP export (ORD-7): every line of the orders recorded in the date range, in the layout
 * Medialog reads, the line reference in "Artikelreferentie2".
 */
export async function exportOrderLines(ctx: AppContext, query: ErpExportQuery): Promise<Result<{ fileName: string; csv: string }, 'invalid_range'>> {
  if (query.from > query.to) return err('invalid_range', 'The first day comes after the last', 'from');
  if (addDays(query.from, MAX_DAYS) <= query.to) return err('invalid_range', `At most ${MAX_DAYS} days per export`, 'to');
  return inTransaction(ctx.db, async (tx) => {
    const rows = await orderLinesRecordedBetween(tx, query.from, query.to, ctx.config.store.timeZone);
    const csv = erpExportCsv(
      rows.map(({ line, order, customerNumber }) => ({
        customerNumber,
        orderNumber: order.orderNumber,
        orderedOn: order.placedOn,
        lineNo: line.lineNo,
        isbn: line.isbn,
        title: line.title,
        quantity: line.quantity,
        unitGross: line.unitGrossMinor,
        discountBp: line.discountBp,
        vatRateBp: line.vatRateBp,
        lineGross: line.lineGrossMinor,
        orderReference: order.orderReference,
        lineReference: line.lineReference,
        budgetCode: line.budgetCode,
        department: line.department,
        shelfLocation: line.shelfLocation,
        materialType: line.materialType,
        requisition: order.requisition,
        costCentre: order.costCentre,
        channel: order.channel,
      })),
    );
    return ok({ fileName: `ordrelinjer-${query.from}-${query.to}.csv`, csv });
  });
}
