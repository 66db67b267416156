import type { OrderChannel, OrderStatus } from '@hylle/contracts';
import { isOrderChannel, isOrderStatus } from '../../shared/orders/order-labels.ts';

/** The Ordrer page's search and filters, as kept in its URL (bookmarkable, back button works). */
export interface OrderFilters {
  q: string;
  status: OrderStatus | null;
  channel: OrderChannel | null;
  page: number;
}

export const ORDERS_PAGE_SIZE = 25;
const MAX_PAGE = 100_000;

export const NO_FILTERS: OrderFilters = { q: '', status: null, channel: null, page: 1 };

/** Reads the URL; anything the server would refuse (an unknown status, page 0) falls back to the default. */
export function filtersFromParams(params: URLSearchParams): OrderFilters {
  const status = params.get('status');
  const channel = params.get('channel');
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    status: isOrderStatus(status) ? status : null,
    channel: isOrderChannel(channel) ? channel : null,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The URL's query for filters: defaults left out, so the plain page is just /backoffice/ordrer. */
export function paramsFromFilters(filters: OrderFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.status) params.set('status', filters.status);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The staff API's path for one page of the list. */
export function ordersApiPath(filters: OrderFilters, pageSize = ORDERS_PAGE_SIZE): string {
  const params = paramsFromFilters({ ...filters, page: 1 });
  params.set('page', String(filters.page));
  params.set('pageSize', String(pageSize));
  return `/api/backoffice/orders?${params}`;
}

/** True when the list is narrowed by a search or a filter (the empty state then says so). */
export function isFiltered(filters: OrderFilters): boolean {
  return filters.q.trim() !== '' || filters.status !== null || filters.channel !== null;
}

/** Pagination counts in offsets; the API in pages. */
export function pageOfOffset(offset: number, pageSize = ORDERS_PAGE_SIZE): number {
  return Math.floor(Math.max(0, offset) / pageSize) + 1;
}
