import { err, ok, type Result } from '../../../kernel/result.ts';

/** A line that could not be read, with its number in the file (1-based). */
export type CsvProblem = { line: number; message: string };

export type BorrowerCsvRow = { line: number; cardNumber: string; name: string; groupNames: string[]; blocked: boolean };
export type ItemCsvRow = { line: number; barcode: string; title: string; materialGroupName: string; department: string | null; shelfLocation: string | null };

const CODE = /^[\p{L}\p{N}-]{1,40}$/u;
const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'sperret', 'geblokkeerd']);
const NO = new Set(['', 'nei', 'n', 'no', 'false', '0', 'nee']);

/** Semicolon-separated lines (as Norwegian spreadsheets save them); a header line naming the first column is skipped. */
function linesOf(text: string, header: RegExp): { line: number; cells: string[] }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, cells: raw.split(';').map((c) => c.trim().replace(/^"(.*)"$/, '$1')) }))
    .filter(({ cells, line }) => cells.some((c) => c !== '') && !(line === 1 && header.test(cells[0] ?? '')));
}

/** `kortnummer;navn;grupper;sperret`: groups by name, separated by `|`; sperret ja/nei. */
export function parseBorrowerCsv(text: string): Result<BorrowerCsvRow[], 'invalid_csv'> & { problems?: CsvProblem[] } {
  const rows: BorrowerCsvRow[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of linesOf(text, /^(kortnummer|lånekort|card)/i)) {
    const [cardNumber = '', name = '', groups = '', blocked = ''] = cells;
    if (!CODE.test(cardNumber)) problems.push({ line, message: `Card number "${cardNumber}" must be 1–40 letters, digits or dashes` });
    else if (seen.has(cardNumber)) problems.push({ line, message: `Card number ${cardNumber} is also on line ${seen.get(cardNumber)}` });
    else if (name === '' || name.length > 120) problems.push({ line, message: 'The name must be 1–120 characters' });
    else if (!YES.has(blocked.toLowerCase()) && !NO.has(blocked.toLowerCase())) problems.push({ line, message: `"${blocked}" is not ja or nei (blocked)` });
    else {
      seen.set(cardNumber, line);
      rows.push({ line, cardNumber, name, groupNames: groups.split('|').map((g) => g.trim()).filter(Boolean), blocked: YES.has(blocked.toLowerCase()) });
    }
  }
  return problems.length > 0 ? { ...err('invalid_csv', `${problems.length} lines could not be read`), problems } : ok(rows);
}

/** `strekkode;tittel;materialgruppe;avdeling;hylle`: the material group by name. */
export function parseItemCsv(text: string): Result<ItemCsvRow[], 'invalid_csv'> & { problems?: CsvProblem[] } {
  const rows: ItemCsvRow[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of linesOf(text, /^(strekkode|barcode)/i)) {
    const [barcode = '', title = '', materialGroupName = '', department = '', shelfLocation = ''] = cells;
    if (!CODE.test(barcode)) problems.push({ line, message: `Barcode "${barcode}" must be 1–40 letters, digits or dashes` });
    else if (seen.has(barcode)) problems.push({ line, message: `Barcode ${barcode} is also on line ${seen.get(barcode)}` });
    else if (title === '' || title.length > 300) problems.push({ line, message: 'The title must be 1–300 characters' });
    else if (materialGroupName === '') problems.push({ line, message: 'Every item needs a material group' });
    else if (department.length > 40 || shelfLocation.length > 40) problems.push({ line, message: 'Department and shelf location are at most 40 characters' });
    else {
      seen.set(barcode, line);
      rows.push({ line, barcode, title, materialGroupName, department: department || null, shelfLocation: shelfLocation || null });
    }
  }
  return problems.length > 0 ? { ...err('invalid_csv', `${problems.length} lines could not be read`), problems } : ok(rows);
}
