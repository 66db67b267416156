import type { StoreCountry } from '../store-config.ts';

/**
 * The demo store: a municipal library whose departments were merged into one account with
 * three delivery addresses (S1), a branch of the same municipality with an account of its
 * own, a business customer, and the supplier's staff. One cast for each store country, so
 * organisation numbers and addresses are valid where the store is.
 */
export type DemoAccount = {
  key: string;
  name: string;
  organisationNumber: string;
  customerReference: string | null;
  payOnInvoiceAllowed: boolean;
  /** Customer type and discounts in basis points (CAT-4). */
  priceTerms: { customerType: 'public_library' | 'school' | 'business'; fixedPriceDiscountBp: number; standardDiscountBp: number };
  postalAddress: { line1: string; line2: string; postalCode: string; city: string; country: string };
  deliveryAddresses: { label: string; recipient: string; line1: string; line2: string; postalCode: string; city: string; country: string }[];
  members: { email: string; name: string; role: 'admin' | 'buyer' }[];
};

export type DemoStore = { staff: { email: string; name: string }; accounts: DemoAccount[] };

const norwegianAccounts: DemoAccount[] = [
  {
    key: 'main',
    name: 'Storvik bibliotek',
    organisationNumber: '964201110',
    customerReference: 'STORVIK-HOVED',
    payOnInvoiceAllowed: true,
    priceTerms: { customerType: 'public_library', fixedPriceDiscountBp: 2500, standardDiscountBp: 3000 },
    postalAddress: { line1: 'Postboks 140', line2: '', postalCode: '8001', city: 'Storvik', country: 'NO' },
    deliveryAddresses: [
      { label: 'Voksenavdelingen', recipient: 'Storvik bibliotek, voksenavdelingen', line1: 'Torget 3', line2: '', postalCode: '8006', city: 'Storvik', country: 'NO' },
      { label: 'Barne- og ungdomsavdelingen', recipient: 'Storvik bibliotek, barn og unge', line1: 'Torget 3', line2: 'Inngang B', postalCode: '8006', city: 'Storvik', country: 'NO' },
      { label: 'Fjernlager', recipient: 'Storvik bibliotek, magasin', line1: 'Industriveien 12', line2: '', postalCode: '8010', city: 'Storvik', country: 'NO' },
    ],
    members: [
      { email: 'ingrid.hovland@demo.hylle.no', name: 'Ingrid Hovland', role: 'admin' },
      { email: 'lars.berg@demo.hylle.no', name: 'Lars Berg', role: 'buyer' },
      { email: 'mina.solheim@demo.hylle.no', name: 'Mina Solheim', role: 'buyer' },
    ],
  },
  {
    key: 'branch',
    name: 'Storvik bibliotek, Nordhavn filial',
    organisationNumber: '964201226',
    customerReference: 'STORVIK-NORDHAVN',
    payOnInvoiceAllowed: true,
    priceTerms: { customerType: 'public_library', fixedPriceDiscountBp: 2000, standardDiscountBp: 2500 },
    postalAddress: { line1: 'Havnegata 7', line2: '', postalCode: '8020', city: 'Nordhavn', country: 'NO' },
    deliveryAddresses: [
      { label: 'Nordhavn filial', recipient: 'Nordhavn filial', line1: 'Havnegata 7', line2: '', postalCode: '8020', city: 'Nordhavn', country: 'NO' },
    ],
    members: [
      { email: 'lars.berg@demo.hylle.no', name: 'Lars Berg', role: 'admin' },
    ],
  },
  {
    key: 'business',
    name: 'Fjordlys Bokkafé AS',
    organisationNumber: '998877660',
    customerReference: null,
    payOnInvoiceAllowed: false,
    priceTerms: { customerType: 'business', fixedPriceDiscountBp: 500, standardDiscountBp: 1500 },
    postalAddress: { line1: 'Strandveien 21', line2: '', postalCode: '8003', city: 'Storvik', country: 'NO' },
    deliveryAddresses: [
      { label: 'Butikken', recipient: 'Fjordlys Bokkafé', line1: 'Strandveien 21', line2: '', postalCode: '8003', city: 'Storvik', country: 'NO' },
    ],
    members: [
      { email: 'ola.fjordlys@demo.hylle.no', name: 'Ola Fjordlys', role: 'admin' },
    ],
  },
];

const flemishAccounts: DemoAccount[] = [
  {
    key: 'main',
    name: 'Bibliotheek Zeedorp',
    organisationNumber: '0207000176',
    customerReference: 'ZEEDORP-HOOFD',
    payOnInvoiceAllowed: true,
    priceTerms: { customerType: 'public_library', fixedPriceDiscountBp: 2500, standardDiscountBp: 3000 },
    postalAddress: { line1: 'Marktplein 1', line2: '', postalCode: '8400', city: 'Zeedorp', country: 'BE' },
    deliveryAddresses: [
      { label: 'Volwassenen', recipient: 'Bibliotheek Zeedorp, volwassenen', line1: 'Marktplein 1', line2: '', postalCode: '8400', city: 'Zeedorp', country: 'BE' },
      { label: 'Jeugd', recipient: 'Bibliotheek Zeedorp, jeugd', line1: 'Marktplein 1', line2: 'Ingang B', postalCode: '8400', city: 'Zeedorp', country: 'BE' },
      { label: 'Depot', recipient: 'Bibliotheek Zeedorp, depot', line1: 'Industrieweg 12', line2: '', postalCode: '8401', city: 'Zeedorp', country: 'BE' },
    ],
    members: [
      { email: 'an.peeters@demo.hylle.be', name: 'An Peeters', role: 'admin' },
      { email: 'jan.claes@demo.hylle.be', name: 'Jan Claes', role: 'buyer' },
      { email: 'lotte.maes@demo.hylle.be', name: 'Lotte Maes', role: 'buyer' },
    ],
  },
  {
    key: 'branch',
    name: 'Bibliotheek Zeedorp, filiaal Duinhoek',
    organisationNumber: '0207000176',
    customerReference: 'ZEEDORP-DUINHOEK',
    payOnInvoiceAllowed: true,
    priceTerms: { customerType: 'public_library', fixedPriceDiscountBp: 2000, standardDiscountBp: 2500 },
    postalAddress: { line1: 'Duinenlaan 7', line2: '', postalCode: '8420', city: 'Duinhoek', country: 'BE' },
    deliveryAddresses: [
      { label: 'Filiaal Duinhoek', recipient: 'Filiaal Duinhoek', line1: 'Duinenlaan 7', line2: '', postalCode: '8420', city: 'Duinhoek', country: 'BE' },
    ],
    members: [{ email: 'jan.claes@demo.hylle.be', name: 'Jan Claes', role: 'admin' }],
  },
  {
    key: 'business',
    name: 'Boekhandel De Vuurtoren bv',
    organisationNumber: '0410050276',
    customerReference: null,
    payOnInvoiceAllowed: false,
    priceTerms: { customerType: 'business', fixedPriceDiscountBp: 1500, standardDiscountBp: 1500 },
    postalAddress: { line1: 'Zeedijk 21', line2: '', postalCode: '8400', city: 'Zeedorp', country: 'BE' },
    deliveryAddresses: [
      { label: 'Winkel', recipient: 'De Vuurtoren', line1: 'Zeedijk 21', line2: '', postalCode: '8400', city: 'Zeedorp', country: 'BE' },
    ],
    members: [{ email: 'els.devos@demo.hylle.be', name: 'Els De Vos', role: 'admin' }],
  },
];

export const demoStores: Record<StoreCountry, DemoStore> = {
  NO: { staff: { email: 'kundeservice@demo.hylle.no', name: 'Kari Kundeservice' }, accounts: norwegianAccounts },
  BE: { staff: { email: 'klantendienst@demo.hylle.be', name: 'Sofie Klantendienst' }, accounts: flemishAccounts },
};
