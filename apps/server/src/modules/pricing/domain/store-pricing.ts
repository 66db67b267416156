import type { PricingRules, StoreConfig } from '../../../store-config.ts';

/** What pricing needs of the store: its price rules and the one currency it sells in. */
export type StorePricing = PricingRules & { currency: StoreConfig['currency'] };

export function storePricing(store: Pick<StoreConfig, 'pricing' | 'currency'>): StorePricing {
  return { ...store.pricing, currency: store.currency };
}
