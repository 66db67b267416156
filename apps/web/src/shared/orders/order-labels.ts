import type { Carrier, LineStatus, OrderChannel, OrderStatus, PaymentMethod } from '@hylle/contracts';
import type { MessageKey } from '../i18n/nb.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * The names of an order's states, channels, payment methods and carriers (ORD-2, ORD-3),
 * the same on the buyer's pages and in the backoffice.
 */
export const ORDER_STATUS_KEYS = {
  awaiting_payment: 'boOrders.status.awaiting_payment',
  processing: 'boOrders.status.processing',
  partially_delivered: 'boOrders.status.partially_delivered',
  shipped: 'boOrders.status.shipped',
  invoiced: 'boOrders.status.invoiced',
  cancelled: 'boOrders.status.cancelled',
} as const satisfies Record<OrderStatus, MessageKey>;

export const ORDER_STATUSES = Object.keys(ORDER_STATUS_KEYS) as OrderStatus[];

export const CHANNEL_KEYS = {
  web: 'boOrders.channel.web',
  phone: 'boOrders.channel.phone',
  email: 'boOrders.channel.email',
  edi: 'boOrders.channel.edi',
} as const satisfies Record<OrderChannel, MessageKey>;

export const ORDER_CHANNELS = Object.keys(CHANNEL_KEYS) as OrderChannel[];

export const PAYMENT_KEYS = {
  invoice: 'boOrders.payment.invoice',
  prepayment: 'boOrders.payment.prepayment',
} as const satisfies Record<PaymentMethod, MessageKey>;

/** Carriers are brands, written the same in every language; only "other" is translated. */
const CARRIER_NAMES: Record<Exclude<Carrier, 'other'>, string> = {
  posten_bring: 'Posten/Bring',
  postnord: 'PostNord',
  db_schenker: 'DB Schenker',
  collicare: 'ColliCare',
};

export const CARRIERS: readonly Carrier[] = ['posten_bring', 'postnord', 'db_schenker', 'collicare', 'other'];

/** "Dellevert" (seed 004's words): an order's status, or a line's (a line's states are a subset of the order's). */
export function orderStatusLabel(t: Translate, status: OrderStatus | LineStatus): string {
  return t(ORDER_STATUS_KEYS[status]);
}

/** "Nettbutikk", "Telefon", "E-post", "EDI": how the order came in (ORD-1). */
export function channelLabel(t: Translate, channel: OrderChannel): string {
  return t(CHANNEL_KEYS[channel]);
}

export function paymentLabel(t: Translate, payment: PaymentMethod): string {
  return t(PAYMENT_KEYS[payment]);
}

export function carrierLabel(t: Translate, carrier: Carrier): string {
  return carrier === 'other' ? t('boOrders.carrier.other') : CARRIER_NAMES[carrier];
}

export function isOrderStatus(value: string | null | undefined): value is OrderStatus {
  return value != null && Object.hasOwn(ORDER_STATUS_KEYS, value);
}

export function isOrderChannel(value: string | null | undefined): value is OrderChannel {
  return value != null && Object.hasOwn(CHANNEL_KEYS, value);
}
