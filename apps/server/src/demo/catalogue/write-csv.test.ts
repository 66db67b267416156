import { readCsv, type CsvRow } from '@hylle/formats';
import { describe, expect, it } from 'vitest';
import type { ProductRecord } from '../../modules/catalog/domain/product.ts';
import { csvColumns, csvHeader, productFromCsv } from '../../modules/catalog/product-from-csv.ts';
import { generateProducts } from './generate-products.ts';
import { catalogueCsvChunks, catalogueCsvColumns } from './write-csv.ts';

async function rows(text: string): Promise<CsvRow[]> {
  async function* source() {
    // In pieces, as a file arrives.
    for (let i = 0; i < text.length; i += 4096) yield text.slice(i, i + 4096);
  }
  const result: CsvRow[] = [];
  for await (const row of readCsv(source())) result.push(row);
  return result;
}

/** The text read back by the catalogue's own CSV import. */
async function readBack(records: ProductRecord[], store: { country: 'NO' | 'BE'; currency: 'NOK' | 'EUR' }): Promise<ProductRecord[]> {
  const [head, ...data] = await rows([...catalogueCsvChunks(records)].join(''));
  const header = csvHeader(head!.fields);
  if (!header.ok) throw new Error(header.reason);
  return data.map((row) => {
    const record = productFromCsv(header.value, row.fields, store);
    if (!record.ok) throw new Error(`line ${row.line}: ${record.reason}`);
    return record.value;
  });
}

describe('catalogueCsvChunks', () => {
  it('writes the columns the import reads, in order', () => {
    expect(catalogueCsvColumns).toEqual(csvColumns);
    const [header] = catalogueCsvChunks([]);
    expect(header).toBe(`\uFEFF${csvColumns.join(',')}\r\n`);
  });

  it.each([
    ['no', { country: 'NO', currency: 'NOK' }],
    ['be', { country: 'BE', currency: 'EUR' }],
  ] as const)('reads back as the same records through the CSV import (%s)', async (store, catalogueStore) => {
    const records = [...generateProducts({ count: 2000, seed: 6, store, today: '2026-05-01' })];
    // The publisher's ONIX form code has no column.
    expect(await readBack(records, catalogueStore)).toEqual(records.map((r) => ({ ...r, formCode: null })));
  });

  it('quotes what needs quoting and keeps lists apart', async () => {
    const [record] = generateProducts({ count: 1, seed: 1, store: 'no', today: '2026-05-01' });
    const awkward: ProductRecord = {
      ...record!,
      title: 'Sult, "en roman"',
      subtitle: ' med luft ',
      description: 'Første linje.\nAndre linje; med semikolon, og komma.',
      keywords: ['a;b', 'c'],
      contributors: [
        { name: 'Knut Hamsun', sortName: 'Hamsun, Knut', role: 'author' },
        { name: 'Storvik historielag', sortName: 'Storvik historielag', role: 'editor' },
      ],
    };
    const line = [...catalogueCsvChunks([awkward])][1]!;
    expect(line).toContain('"Sult, ""en roman"""');
    expect(line).toContain('"Hamsun, Knut (author); Storvik historielag (editor)"');
    expect(line.endsWith('\r\n')).toBe(true);
    const [back] = await readBack([awkward], { country: 'NO', currency: 'NOK' });
    expect(back?.title).toBe('Sult, "en roman"');
    expect(back?.description).toBe(awkward.description);
    expect(back?.keywords).toEqual(['a,b', 'c']);
    expect(back?.contributors).toEqual(awkward.contributors);
  });
});
