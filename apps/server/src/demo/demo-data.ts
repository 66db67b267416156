/**
 * The demo store (Norway): a municipal library whose departments were merged into one
 * account with three delivery addresses (S1), a branch of the same municipality with an
 * account of its own, a business customer, and the supplier's staff.
 */
export const demoStaff = { email: 'kundeservice@demo.hylle.no', name: 'Kari Kundeservice' };

export const demoAccounts = [
  {
    key: 'main',
    name: 'Storvik bibliotek',
    organisationNumber: '964201110',
    customerReference: 'STORVIK-HOVED',
    payOnInvoiceAllowed: true,
    postalAddress: { line1: 'Postboks 140', line2: '', postalCode: '8001', city: 'Storvik', country: 'NO' },
    deliveryAddresses: [
      { label: 'Voksenavdelingen', recipient: 'Storvik bibliotek, voksenavdelingen', line1: 'Torget 3', line2: '', postalCode: '8006', city: 'Storvik', country: 'NO' },
      { label: 'Barne- og ungdomsavdelingen', recipient: 'Storvik bibliotek, barn og unge', line1: 'Torget 3', line2: 'Inngang B', postalCode: '8006', city: 'Storvik', country: 'NO' },
      { label: 'Fjernlager', recipient: 'Storvik bibliotek, magasin', line1: 'Industriveien 12', line2: '', postalCode: '8010', city: 'Storvik', country: 'NO' },
    ],
    members: [
      { email: 'ingrid.hovland@demo.hylle.no', name: 'Ingrid Hovland', role: 'admin' as const },
      { email: 'lars.berg@demo.hylle.no', name: 'Lars Berg', role: 'buyer' as const },
      { email: 'mina.solheim@demo.hylle.no', name: 'Mina Solheim', role: 'buyer' as const },
    ],
  },
  {
    key: 'branch',
    name: 'Storvik bibliotek, Nordhavn filial',
    organisationNumber: '964201226',
    customerReference: 'STORVIK-NORDHAVN',
    payOnInvoiceAllowed: true,
    postalAddress: { line1: 'Havnegata 7', line2: '', postalCode: '8020', city: 'Nordhavn', country: 'NO' },
    deliveryAddresses: [
      { label: 'Nordhavn filial', recipient: 'Nordhavn filial', line1: 'Havnegata 7', line2: '', postalCode: '8020', city: 'Nordhavn', country: 'NO' },
    ],
    members: [
      { email: 'lars.berg@demo.hylle.no', name: 'Lars Berg', role: 'admin' as const },
    ],
  },
  {
    key: 'business',
    name: 'Fjordlys Bokkafé AS',
    organisationNumber: '998877660',
    customerReference: null,
    payOnInvoiceAllowed: false,
    postalAddress: { line1: 'Strandveien 21', line2: '', postalCode: '8003', city: 'Storvik', country: 'NO' },
    deliveryAddresses: [
      { label: 'Butikken', recipient: 'Fjordlys Bokkafé', line1: 'Strandveien 21', line2: '', postalCode: '8003', city: 'Storvik', country: 'NO' },
    ],
    members: [
      { email: 'ola.fjordlys@demo.hylle.no', name: 'Ola Fjordlys', role: 'admin' as const },
    ],
  },
];
