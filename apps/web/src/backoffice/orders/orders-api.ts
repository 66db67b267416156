import { uploadFile } from '../../shared/api.ts';
import type { OrderFilters } from './orders-query.ts';

/** Query keys of the backoffice's orders. */
export const ordersKeys = {
  /** Prefix of every page of the list (any search, any filter). */
  lists: ['backoffice', 'orders'] as const,
  list: (filters: OrderFilters) => ['backoffice', 'orders', filters] as const,
  order: (id: string) => ['backoffice', 'order', id] as const,
};

export const ORDER_IMPORT_PATH = '/api/backoffice/order-imports';

export function orderPath(id: string): string {
  return `/api/backoffice/orders/${encodeURIComponent(id)}`;
}

/** The invoice copy (ORD-6): a plain link, the browser opens or saves the PDF. */
export function invoicePdfHref(orderId: string): string {
  return `${orderPath(orderId)}/invoice.pdf`;
}

/** The packing slip that follows one delivery's parcels (ORD-5). */
export function packingSlipHref(orderId: string, deliveryId: string): string {
  return `${orderPath(orderId)}/deliveries/${encodeURIComponent(deliveryId)}/packing-slip.pdf`;
}

/** Sends CSV text as the raw body (not JSON), with the session's CSRF token like every other change. */
export function postCsv<T>(path: string, text: string): Promise<T> {
  return uploadFile<T>(path, new Blob([text], { type: 'text/csv' }), { contentType: 'text/csv; charset=utf-8' });
}
