import type { OrderStatus } from '@hylle/contracts';
import { ORDER_STATUSES } from '../../shared/orders/order-labels.ts';

export const ORDERS_PAGE_SIZE = 25;
const MAX_PAGE = 100_000;
export const ORDERS_PATH = '/min-side/bestillinger';

/**
 * The order overview's filters (ORD-1), kept in the page's URL so a filtered list can be
 * bookmarked and back/forward step through earlier filters. Text as typed; '' is "any".
 */
export type OrderFilters = {
  buyer: string;
  /** "Bare mine": the signed-in buyer's own orders; it wins over `buyer`. */
  mine: boolean;
  status: OrderStatus | '';
  from: string;
  to: string;
  requisition: string;
  title: string;
  page: number;
};

export function emptyOrderFilters(): OrderFilters {
  return { buyer: '', mine: false, status: '', from: '', to: '', requisition: '', title: '', page: 1 };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar date written YYYY-MM-DD (what a date input gives and the API takes). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Reads the URL; whatever the API would refuse is dropped, so an edited link gives a list, not an error. */
export function parseOrderFilters(params: URLSearchParams): OrderFilters {
  const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max);
  const buyer = text('buyer', 40);
  const status = text('status', 40);
  const from = text('from', 10);
  const to = text('to', 10);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const mine = params.get('mine') === 'true';
  return {
    buyer: !mine && UUID.test(buyer) ? buyer : '',
    mine,
    status: (ORDER_STATUSES as readonly string[]).includes(status) ? (status as OrderStatus) : '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    requisition: text('requisition', 60),
    title: text('title', 100),
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1,
  };
}

/** The filters as query parameters, leaving out what is not chosen (and page 1). */
export function orderFilterParams(filters: OrderFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.mine) params.set('mine', 'true');
  else if (filters.buyer) params.set('buyer', filters.buyer);
  if (filters.status) params.set('status', filters.status);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.requisition.trim()) params.set('requisition', filters.requisition.trim());
  if (filters.title.trim()) params.set('title', filters.title.trim());
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function ordersHref(filters: OrderFilters): string {
  const query = orderFilterParams(filters).toString();
  return query ? `${ORDERS_PATH}?${query}` : ORDERS_PATH;
}

/** The API's query: the same filters with the page size. */
export function ordersApiQuery(filters: OrderFilters): string {
  const params = orderFilterParams(filters);
  params.set('page', String(filters.page));
  params.set('pageSize', String(ORDERS_PAGE_SIZE));
  return params.toString();
}

/** True when anything narrows the list (the page does not). */
export function hasOrderFilters(filters: OrderFilters): boolean {
  return orderFilterParams({ ...filters, page: 1 }).toString() !== '';
}

export function orderPageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
