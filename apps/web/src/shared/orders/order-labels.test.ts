import { describe, expect, it } from 'vitest';
import { nb, type MessageKey } from '../i18n/nb.ts';
import { translate } from '../i18n/translate.ts';
import { CARRIERS, carrierLabel, channelLabel, isOrderChannel, isOrderStatus, ORDER_STATUSES, orderStatusLabel, paymentLabel } from './order-labels.ts';

const t = (key: MessageKey) => translate(nb, key);

describe('order labels', () => {
  it('names every status, channel and payment method in words', () => {
    expect(ORDER_STATUSES.map((status) => orderStatusLabel(t, status))).toEqual([
      'Venter på betaling',
      'Under behandling',
      'Dellevert',
      'Kjørt ut fra lager',
      'Fakturert',
      'Kansellert',
    ]);
    expect(channelLabel(t, 'phone')).toBe('Telefon');
    expect(paymentLabel(t, 'prepayment')).toBe('Forskuddsbetaling');
  });

  it('writes carriers as their brands, and translates only "other"', () => {
    expect(CARRIERS.map((carrier) => carrierLabel(t, carrier))).toEqual(['Posten/Bring', 'PostNord', 'DB Schenker', 'ColliCare', 'Annen']);
  });

  it('tells known statuses and channels from anything else', () => {
    expect(isOrderStatus('partially_delivered')).toBe(true);
    expect(isOrderStatus('toString')).toBe(false);
    expect(isOrderStatus(null)).toBe(false);
    expect(isOrderChannel('edi')).toBe(true);
    expect(isOrderChannel('fax')).toBe(false);
  });
});
