import { z } from 'zod';
import { CalendarDate, Id } from './common.ts';
import { Carrier, OrderChannel, OrderStatus, PaymentMethod } from './orders.ts';

/** Fulfilment in the backoffice (ORD-3, ORD-5, ORD-6, ORD-7). */

export const DeliveryBody = z
  .object({
    carrier: Carrier,
    waybill: z.string().trim().min(3, 'At least 3 characters').max(40, 'At most 40 characters').regex(/^[A-Za-z0-9-]+$/, 'Letters, digits and - only'),
    /** Copies sent per order line; lines left out are not in this delivery. */
    lines: z.array(z.object({ orderLineId: Id, quantity: z.number().int().min(1, 'At least 1 copy').max(9999) })).min(1, 'Choose at least one line'),
  })
  .strict();
export type DeliveryBody = z.infer<typeof DeliveryBody>;

/** Staff's list of orders across accounts: the work queue. */
export const BackofficeOrderQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    status: OrderStatus.optional(),
    channel: OrderChannel.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type BackofficeOrderQuery = z.infer<typeof BackofficeOrderQuery>;

export const ErpExportQuery = z
  .object({ from: CalendarDate, to: CalendarDate })
  .strict();
export type ErpExportQuery = z.infer<typeof ErpExportQuery>;

/** All or nothing: with any problem, nothing is imported. Orders imported before (same customer and reference) are left out and counted. */
export const OrderImportReport = z.object({
  ordersCreated: z.number().int(),
  linesCreated: z.number().int(),
  alreadyImported: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type OrderImportReport = z.infer<typeof OrderImportReport>;

export const ImportedOrderPayment = PaymentMethod;
