/**
 * Numbers, money and dates as the documents print them, exactly: amounts are integer minor
 * units and are written digit by digit, never through a float (DESIGN §5.5). Spaces are
 * plain spaces: the PDF writers place every word themselves, and copied text stays searchable.
 */

export type DocumentLanguage = 'nb' | 'nn' | 'en' | 'nl';
export type DocumentCurrency = 'NOK' | 'EUR';

/** A sender or recipient on a document: the name, then the address lines as they are to be printed. */
export type DocumentParty = { name: string; lines: string[] };

type NumberStyle = { group: string; decimal: string };

const numberStyles: Record<DocumentLanguage, NumberStyle> = {
  nb: { group: ' ', decimal: ',' },
  nn: { group: ' ', decimal: ',' },
  en: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
};

/** An integer as digits with the language's thousands separator: 1234567 → "1 234 567". */
export function formatInteger(value: number, language: DocumentLanguage): string {
  assertSafeInteger(value);
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, numberStyles[language].group);
  return value < 0 ? `-${grouped}` : grouped;
}

/** Minor units as a decimal number with two decimals and grouping: 123450 → "1 234,50" (nb). */
export function formatMinorUnits(minor: number, language: DocumentLanguage): string {
  assertSafeInteger(minor);
  const absolute = Math.abs(minor);
  const whole = Math.trunc(absolute / 100);
  const cents = String(absolute % 100).padStart(2, '0');
  const text = `${formatInteger(whole, language)}${numberStyles[language].decimal}${cents}`;
  return minor < 0 ? `-${text}` : text;
}

/**
 * An amount with its currency as the language writes it: nb/nn "1 234,50 kr" and
 * "1 234,50 €", nl "€ 1.234,50" and "NOK 1.234,50", en "NOK 1,234.50" and "€1,234.50".
 */
export function formatMoney(minor: number, currency: DocumentCurrency, language: DocumentLanguage): string {
  const number = formatMinorUnits(Math.abs(minor), language);
  const sign = minor < 0 ? '-' : '';
  switch (language) {
    case 'nb':
    case 'nn':
      return `${sign}${number} ${currency === 'NOK' ? 'kr' : '€'}`;
    case 'nl':
      return currency === 'EUR' ? `€ ${sign}${number}` : `NOK ${sign}${number}`;
    case 'en':
      return currency === 'EUR' ? `${sign}€${number}` : `${sign}NOK ${number}`;
  }
}

/** Basis points as a percentage with at most two decimals: 2500 → "25 %" (nb), 1250 → "12,5 %", "12.5%" (en). */
export function formatPercentBp(bp: number, language: DocumentLanguage): string {
  assertSafeInteger(bp);
  const absolute = Math.abs(bp);
  const fraction = String(absolute % 100).padStart(2, '0').replace(/0+$/, '');
  const number = `${bp < 0 ? '-' : ''}${Math.trunc(absolute / 100)}${fraction ? numberStyles[language].decimal + fraction : ''}`;
  return language === 'nb' || language === 'nn' ? `${number} %` : `${number}%`;
}

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date "2025-03-14" as the language writes it on business documents:
 * nb/nn "14.03.2025", nl "14-03-2025", en "14 Mar 2025". Anything else is printed as given.
 */
export function formatDocumentDate(isoDate: string, language: DocumentLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  switch (language) {
    case 'nb':
    case 'nn':
      return `${day}.${month}.${year}`;
    case 'nl':
      return `${day}-${month}-${year}`;
    case 'en':
      return `${Number(day)} ${englishMonths[Number(month) - 1] ?? month} ${year}`;
  }
}

/** A Norwegian organisation number in groups of three ("912 345 678"); other forms as given. */
export function formatOrganisationNumber(value: string): string {
  const digits = value.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

/**
 * A bank account as people copy it: a Norwegian account number (11 digits) as "1234.56.78903",
 * an IBAN in groups of four ("BE71 0961 2345 6769"); other forms as given.
 */
export function formatBankAccount(value: string): string {
  const compact = value.replace(/[\s.]/g, '').toUpperCase();
  if (/^\d{11}$/.test(compact)) return `${compact.slice(0, 4)}.${compact.slice(4, 6)}.${compact.slice(6)}`;
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact)) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  return value;
}

function assertSafeInteger(value: number): void {
  // Amounts are integer minor units by contract; a fraction here is a bug upstream, not input.
  if (!Number.isSafeInteger(value)) throw new RangeError(`Expected an integer, got ${value}`);
}
