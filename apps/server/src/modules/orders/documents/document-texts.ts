import type { DocumentLanguage } from './document-format.ts';

/** The words of the packing slip and the invoice, per language (Norwegian Bokmål and Nynorsk, English, Dutch). */
export type DocumentTexts = {
  pageOf: (pageNo: number, pageCount: number) => string;
  continued: string;
  customerNumber: string;
  customer: string;
  orderNumber: string;
  orderDate: string;
  requisition: string;
  orderReference: string;
  isbn: string;
  title: string;
  quantity: string;
  lineReference: string;
  budgetCode: string;
  department: string;
  carriers: { posten_bring: string; postnord: string; db_schenker: string; collicare: string; other: string };
  packingSlip: {
    title: string;
    shipTo: string;
    delivery: string;
    deliveryOf: (deliveryNo: number, deliveryCount: number) => string;
    shippedOn: string;
    carrier: string;
    waybill: string;
    barcode: string;
    noDepartment: string;
    shelfLocation: string;
    materialType: string;
    copies: (count: number) => string;
    departmentTotal: (department: string) => string;
    total: string;
    footer: (orderNumber: string, delivery: string) => string;
  };
  invoice: {
    title: string;
    invoiceNumber: string;
    issuedOn: string;
    dueOn: string;
    billTo: string;
    organisationNumber: string;
    deliveries: string;
    costCentre: string;
    listPrice: string;
    discount: string;
    unitPrice: string;
    vat: string;
    net: string;
    gross: string;
    vatSummary: string;
    vatRate: string;
    vatBase: string;
    vatAmount: string;
    vatGross: string;
    totalNet: string;
    totalVat: string;
    totalDue: string;
    /** A prepaid order's invoice: nothing left to pay. */
    paidInAdvance: string;
    payment: string;
    bankAccount: string;
    paymentReference: string;
    payBy: (date: string) => string;
    /** Norwegian sellers: the register a limited company must name on its documents. */
    enterpriseRegister: string;
    amountsIn: (currency: string) => string;
  };
};

const nb: DocumentTexts = {
  pageOf: (n, m) => `Side ${n} av ${m}`,
  continued: '(forts.)',
  customerNumber: 'Kundenr.',
  customer: 'Kunde',
  orderNumber: 'Ordrenr.',
  orderDate: 'Ordredato',
  requisition: 'Rekvisisjon',
  orderReference: 'Bestillingsreferanse',
  isbn: 'ISBN',
  title: 'Tittel',
  quantity: 'Antall',
  lineReference: 'Linjeref.',
  budgetCode: 'Budsjett',
  department: 'Avdeling',
  carriers: { posten_bring: 'Posten/Bring', postnord: 'PostNord', db_schenker: 'DB Schenker', collicare: 'ColliCare', other: 'Annen transportør' },
  packingSlip: {
    title: 'Følgeseddel',
    shipTo: 'Leveres til',
    delivery: 'Levering',
    deliveryOf: (n, m) => `${n} av ${m}`,
    shippedOn: 'Sendt',
    carrier: 'Transportør',
    waybill: 'Fraktbrevnr.',
    barcode: 'Strekkode',
    noDepartment: 'Uten avdeling',
    shelfLocation: 'Hylleplass',
    materialType: 'Materialtype',
    copies: (count) => `${count} eks.`,
    departmentTotal: (department) => `Sum ${department}`,
    total: 'Totalt antall eksemplarer',
    footer: (order, delivery) => `Følgeseddel for ordre ${order}, levering ${delivery}`,
  },
  invoice: {
    title: 'Faktura',
    invoiceNumber: 'Fakturanr.',
    issuedOn: 'Fakturadato',
    dueOn: 'Forfallsdato',
    billTo: 'Faktureres til',
    organisationNumber: 'Org.nr.',
    deliveries: 'Leveringer',
    costCentre: 'Kostnadssted',
    listPrice: 'Veil. pris',
    discount: 'Rabatt',
    unitPrice: 'Pris',
    vat: 'Mva.',
    net: 'Eks. mva.',
    gross: 'Inkl. mva.',
    vatSummary: 'Merverdiavgift',
    vatRate: 'Sats',
    vatBase: 'Grunnlag',
    vatAmount: 'Mva.',
    vatGross: 'Sum',
    totalNet: 'Sum eks. mva.',
    totalVat: 'Merverdiavgift',
    totalDue: 'Å betale',
    paidInAdvance: 'Forskuddsbetalt',
    payment: 'Betaling',
    bankAccount: 'Kontonummer',
    paymentReference: 'Merk betalingen med',
    payBy: (date) => `Betales innen ${date}`,
    enterpriseRegister: 'Foretaksregisteret',
    amountsIn: (currency) => `Beløp i ${currency}`,
  },
};

const nn: DocumentTexts = {
  ...nb,
  continued: '(framh.)',
  quantity: 'Tal',
  department: 'Avdeling',
  carriers: { ...nb.carriers, other: 'Annan transportør' },
  packingSlip: {
    ...nb.packingSlip,
    title: 'Følgjesetel',
    shipTo: 'Leverast til',
    noDepartment: 'Utan avdeling',
    total: 'Tal eksemplar totalt',
    footer: (order, delivery) => `Følgjesetel for ordre ${order}, levering ${delivery}`,
  },
  invoice: {
    ...nb.invoice,
    paidInAdvance: 'Forskotsbetalt',
    billTo: 'Fakturerast til',
    deliveries: 'Leveringar',
    costCentre: 'Kostnadsstad',
    net: 'Utan mva.',
    totalNet: 'Sum utan mva.',
    totalVat: 'Meirverdiavgift',
    vatSummary: 'Meirverdiavgift',
    payBy: (date) => `Betalast innan ${date}`,
  },
};

const en: DocumentTexts = {
  pageOf: (n, m) => `Page ${n} of ${m}`,
  continued: '(continued)',
  customerNumber: 'Customer no.',
  customer: 'Customer',
  orderNumber: 'Order no.',
  orderDate: 'Order date',
  requisition: 'Requisition',
  orderReference: 'Order reference',
  isbn: 'ISBN',
  title: 'Title',
  quantity: 'Qty',
  lineReference: 'Line ref.',
  budgetCode: 'Budget',
  department: 'Department',
  carriers: { posten_bring: 'Posten/Bring', postnord: 'PostNord', db_schenker: 'DB Schenker', collicare: 'ColliCare', other: 'Other carrier' },
  packingSlip: {
    title: 'Packing slip',
    shipTo: 'Ship to',
    delivery: 'Delivery',
    deliveryOf: (n, m) => `${n} of ${m}`,
    shippedOn: 'Shipped',
    carrier: 'Carrier',
    waybill: 'Waybill no.',
    barcode: 'Barcode',
    noDepartment: 'No department',
    shelfLocation: 'Shelf',
    materialType: 'Material',
    copies: (count) => (count === 1 ? '1 copy' : `${count} copies`),
    departmentTotal: (department) => `Total ${department}`,
    total: 'Total copies',
    footer: (order, delivery) => `Packing slip for order ${order}, delivery ${delivery}`,
  },
  invoice: {
    title: 'Invoice',
    invoiceNumber: 'Invoice no.',
    issuedOn: 'Invoice date',
    dueOn: 'Due date',
    billTo: 'Bill to',
    organisationNumber: 'Org. no.',
    deliveries: 'Deliveries',
    costCentre: 'Cost centre',
    listPrice: 'List price',
    discount: 'Discount',
    unitPrice: 'Price',
    vat: 'VAT',
    net: 'Net',
    gross: 'Incl. VAT',
    vatSummary: 'VAT',
    vatRate: 'Rate',
    vatBase: 'Net',
    vatAmount: 'VAT',
    vatGross: 'Total',
    totalNet: 'Total excl. VAT',
    totalVat: 'VAT',
    totalDue: 'Amount due',
    paidInAdvance: 'Paid in advance',
    payment: 'Payment',
    bankAccount: 'Bank account',
    paymentReference: 'Payment reference',
    payBy: (date) => `Please pay by ${date}`,
    enterpriseRegister: 'Register of Business Enterprises',
    amountsIn: (currency) => `Amounts in ${currency}`,
  },
};

const nl: DocumentTexts = {
  pageOf: (n, m) => `Pagina ${n} van ${m}`,
  continued: '(vervolg)',
  customerNumber: 'Klantnummer',
  customer: 'Klant',
  orderNumber: 'Bestelnummer',
  orderDate: 'Besteldatum',
  requisition: 'Aanvraagnummer',
  orderReference: 'Bestelreferentie',
  isbn: 'ISBN',
  title: 'Titel',
  quantity: 'Aantal',
  lineReference: 'Regelref.',
  budgetCode: 'Budget',
  department: 'Afdeling',
  carriers: { posten_bring: 'Posten/Bring', postnord: 'PostNord', db_schenker: 'DB Schenker', collicare: 'ColliCare', other: 'Andere vervoerder' },
  packingSlip: {
    title: 'Pakbon',
    shipTo: 'Afleveradres',
    delivery: 'Levering',
    deliveryOf: (n, m) => `${n} van ${m}`,
    shippedOn: 'Verzonden',
    carrier: 'Vervoerder',
    waybill: 'Vrachtbrief',
    barcode: 'Streepjescode',
    noDepartment: 'Zonder afdeling',
    shelfLocation: 'Standplaats',
    materialType: 'Materiaalsoort',
    copies: (count) => `${count} ex.`,
    departmentTotal: (department) => `Totaal ${department}`,
    total: 'Totaal aantal exemplaren',
    footer: (order, delivery) => `Pakbon bij bestelling ${order}, levering ${delivery}`,
  },
  invoice: {
    title: 'Factuur',
    invoiceNumber: 'Factuurnummer',
    issuedOn: 'Factuurdatum',
    dueOn: 'Vervaldatum',
    billTo: 'Factuuradres',
    organisationNumber: 'Ondernemingsnr.',
    deliveries: 'Leveringen',
    costCentre: 'Kostenplaats',
    listPrice: 'Adviesprijs',
    discount: 'Korting',
    unitPrice: 'Prijs',
    vat: 'BTW',
    net: 'Excl. BTW',
    gross: 'Incl. BTW',
    vatSummary: 'BTW',
    vatRate: 'Tarief',
    vatBase: 'Grondslag',
    vatAmount: 'BTW',
    vatGross: 'Totaal',
    totalNet: 'Totaal excl. BTW',
    totalVat: 'BTW',
    totalDue: 'Te betalen',
    paidInAdvance: 'Vooraf betaald',
    payment: 'Betaling',
    bankAccount: 'Rekeningnummer',
    paymentReference: 'Vermeld bij betaling',
    payBy: (date) => `Te betalen vóór ${date}`,
    enterpriseRegister: 'Foretaksregisteret',
    amountsIn: (currency) => `Bedragen in ${currency}`,
  },
};

const texts: Record<DocumentLanguage, DocumentTexts> = { nb, nn, en, nl };

/** The texts of a language; Bokmål for anything else (the store's default). */
export function documentTexts(language: DocumentLanguage): DocumentTexts {
  return texts[language] ?? nb;
}
