import type { OrderDetail } from '@hylle/contracts';
import type { Language } from '../../store-config.ts';

type Texts = { subject: string; text: string };
type MailInput = { order: OrderDetail; storeName: string; orderUrl: string };

/** Exact: minor units split with integer arithmetic, never through a float. */
function amount(minor: number, currency: string, language: Language): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'nl' ? '.' : language === 'en' ? ',' : '\u00a0');
  const cents = String(abs % 100).padStart(2, '0');
  const number = `${sign}${whole}${language === 'en' ? '.' : ','}${cents}`;
  if (currency === 'EUR') return language === 'nl' ? `€ ${number}` : `${number} €`;
  return language === 'en' ? `NOK ${number}` : `${number} kr`;
}

function lines(order: OrderDetail, language: Language, copies: string): string {
  return order.lines
    .map((l) => `- ${l.title} (${l.isbn}), ${l.quantity} ${copies}${l.department ? `, ${l.department}` : ''}${l.budgetCode ? `, ${l.budgetCode}` : ''}: ${amount(l.line.gross, order.currency, language)}`)
    .join('\n');
}

function address(order: OrderDetail): string {
  const a = order.deliveryAddress;
  return [a.recipient, a.line1, a.line2, `${a.postalCode} ${a.city}`].filter(Boolean).join(', ');
}

/** The order confirmation (CHK-2): what was ordered, for which requisition, to where. */
export const orderConfirmationMail: Record<Language, (m: MailInput) => Texts> = {
  nb: ({ order, storeName, orderUrl }) => ({
    subject: `Ordrebekreftelse ${order.orderNumber} – ${order.account.name}`,
    text: `Takk for bestillingen!\n\nOrdrenummer: ${order.orderNumber}\nRekvisisjon: ${order.requisition || '–'}\nBestillingsreferanse: ${order.orderReference || '–'}\nLeveres til: ${address(order)}\nBetaling: ${order.payment === 'invoice' ? 'faktura' : 'forskuddsbetaling – vi sender ordren når betalingen er mottatt'}\n\n${lines(order, 'nb', 'eks.')}\n\nSum inkl. mva.: ${amount(order.totals.gross, order.currency, 'nb')}\n\nFølg ordren her: ${orderUrl}\n\n${storeName}`,
  }),
  nn: ({ order, storeName, orderUrl }) => ({
    subject: `Ordrestadfesting ${order.orderNumber} – ${order.account.name}`,
    text: `Takk for bestillinga!\n\nOrdrenummer: ${order.orderNumber}\nRekvisisjon: ${order.requisition || '–'}\nBestillingsreferanse: ${order.orderReference || '–'}\nBlir levert til: ${address(order)}\nBetaling: ${order.payment === 'invoice' ? 'faktura' : 'forskotsbetaling – vi sender ordren når betalinga er motteken'}\n\n${lines(order, 'nn', 'eks.')}\n\nSum inkl. mva.: ${amount(order.totals.gross, order.currency, 'nn')}\n\nFølg ordren her: ${orderUrl}\n\n${storeName}`,
  }),
  en: ({ order, storeName, orderUrl }) => ({
    subject: `Order confirmation ${order.orderNumber} – ${order.account.name}`,
    text: `Thank you for your order.\n\nOrder number: ${order.orderNumber}\nRequisition: ${order.requisition || '–'}\nOrder reference: ${order.orderReference || '–'}\nDeliver to: ${address(order)}\nPayment: ${order.payment === 'invoice' ? 'invoice' : 'prepayment – we ship once payment has arrived'}\n\n${lines(order, 'en', 'copies')}\n\nTotal incl. VAT: ${amount(order.totals.gross, order.currency, 'en')}\n\nFollow the order here: ${orderUrl}\n\n${storeName}`,
  }),
  nl: ({ order, storeName, orderUrl }) => ({
    subject: `Orderbevestiging ${order.orderNumber} – ${order.account.name}`,
    text: `Bedankt voor uw bestelling.\n\nOrdernummer: ${order.orderNumber}\nAanvraagnummer: ${order.requisition || '–'}\nReferentie: ${order.orderReference || '–'}\nLeveradres: ${address(order)}\nBetaling: ${order.payment === 'invoice' ? 'factuur' : 'vooruitbetaling – we verzenden zodra de betaling binnen is'}\n\n${lines(order, 'nl', 'ex.')}\n\nTotaal incl. btw: ${amount(order.totals.gross, order.currency, 'nl')}\n\nVolg de bestelling hier: ${orderUrl}\n\n${storeName}`,
  }),
};
