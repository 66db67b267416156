/**
 * The store this deployment serves, in one place (DESIGN §6). One deployment is one
 * supplier store; `HYLLE_STORE` picks a preset and a few variables adjust it.
 */
export type StoreCountry = 'NO' | 'BE';
export type Language = 'nb' | 'nn' | 'en' | 'nl';

export type StoreConfig = {
  name: string;
  country: StoreCountry;
  currency: 'NOK' | 'EUR';
  timeZone: string;
  languages: Language[];
  defaultLanguage: Language;
  /** Customer numbers come from this series: prefix + running number. */
  customerNumberSeries: { prefix: string; start: number };
  /** S1 lets only customer service add delivery addresses; S4 lets the account admin. */
  customerManagesDeliveryAddresses: boolean;
  /** Shown wherever the shop tells a customer to contact customer service. */
  customerService: { email: string; phone: string };
};

const presets: Record<'no' | 'be', StoreConfig> = {
  no: {
    name: 'Hylle Bibliotekservice',
    country: 'NO',
    currency: 'NOK',
    timeZone: 'Europe/Oslo',
    languages: ['nb', 'nn', 'en', 'nl'],
    defaultLanguage: 'nb',
    customerNumberSeries: { prefix: '', start: 100001 },
    customerManagesDeliveryAddresses: true,
    customerService: { email: 'kundeservice@demo.hylle.no', phone: '+47 22 00 00 00' },
  },
  be: {
    name: 'Hylle Boekhandel',
    country: 'BE',
    currency: 'EUR',
    timeZone: 'Europe/Brussels',
    languages: ['nl', 'en'],
    defaultLanguage: 'nl',
    customerNumberSeries: { prefix: 'B', start: 5001 },
    customerManagesDeliveryAddresses: true,
    customerService: { email: 'klantendienst@demo.hylle.be', phone: '+32 2 000 00 00' },
  },
};

export function loadStoreConfig(env: NodeJS.ProcessEnv): StoreConfig {
  const key = (env.HYLLE_STORE ?? 'no').toLowerCase();
  if (key !== 'no' && key !== 'be') throw new Error(`HYLLE_STORE must be "no" or "be", not "${key}"`);
  const store = { ...presets[key] };
  if (env.HYLLE_STORE_NAME) store.name = env.HYLLE_STORE_NAME;
  if (env.HYLLE_CUSTOMER_NUMBER_PREFIX !== undefined) {
    store.customerNumberSeries = { ...store.customerNumberSeries, prefix: env.HYLLE_CUSTOMER_NUMBER_PREFIX };
  }
  if (env.HYLLE_CUSTOMER_NUMBER_START) {
    const start = Number(env.HYLLE_CUSTOMER_NUMBER_START);
    if (!Number.isSafeInteger(start) || start < 1) throw new Error('HYLLE_CUSTOMER_NUMBER_START must be a positive integer');
    store.customerNumberSeries = { ...store.customerNumberSeries, start };
  }
  if (env.HYLLE_CUSTOMER_MANAGES_DELIVERY_ADDRESSES) {
    store.customerManagesDeliveryAddresses = env.HYLLE_CUSTOMER_MANAGES_DELIVERY_ADDRESSES !== 'false';
  }
  store.customerService = {
    email: env.HYLLE_CUSTOMER_SERVICE_EMAIL ?? store.customerService.email,
    phone: env.HYLLE_CUSTOMER_SERVICE_PHONE ?? store.customerService.phone,
  };
  return store;
}
