import { onixMessageChunks } from '../demo/catalogue/write-onix.ts';
import { sql } from 'drizzle-orm';
import { importCatalogueFile, type ProductRecord } from '../modules/catalog/index.ts';
import { isbn13CheckDigit } from '../modules/catalog/domain/isbn.ts';
import type { TestApp } from './test-app.ts';

/** A valid ISBN-13 from a 9-digit serial (978-82-…), so each test can make its own titles. */
export function isbnFor(serial: number): string {
  const body = `97882${String(serial).padStart(7, '0')}`;
  return `${body}${isbn13CheckDigit(body)}`;
}

let serial = 0;

/** A Norwegian printed book with a fixed price of 399 kr; override what the test is about. */
export function aProduct(overrides: Partial<ProductRecord> = {}): ProductRecord {
  serial += 1;
  return {
    isbn: isbnFor(serial),
    title: `Testbok ${serial}`,
    subtitle: null,
    contributors: [{ name: 'Kari Nordmann', sortName: 'Nordmann, Kari', role: 'author' }],
    publisher: 'Testforlaget',
    releaseDate: '2020-03-01',
    form: 'book',
    formCode: 'BB',
    language: 'nob',
    series: null,
    audience: 'adult',
    genre: 'fiction',
    themaCodes: ['FBA'],
    keywords: [],
    description: 'En bok til prøve.',
    coverUrl: null,
    price: { amountMinor: 39900, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: 'Z', fixedPriceUntil: null },
    availability: { status: 'in_stock', stockQuantity: 5, availableFrom: null },
    ...overrides,
  };
}

/** The records as an ONIX 3.0 message in reference tags, as a publisher would send them. */
export function onixOf(records: ProductRecord[], options: { tags?: 'reference' | 'short'; namespace?: boolean } = {}): string {
  return [
    ...onixMessageChunks(records, {
      tags: options.tags ?? 'reference',
      namespace: options.namespace ?? true,
      sender: 'Testforlaget',
      sentAt: new Date('2026-11-01T10:00:00Z'),
    }),
  ].join('');
}

/** Uploads a file as staff would from the backoffice and runs the import to its end. */
export async function uploadAndImport(t: TestApp, staffClient: ReturnType<TestApp['client']>, body: string | Buffer, fileName = 'katalog.xml') {
  const uploaded = await staffClient.request({
    method: 'POST',
    url: `/api/backoffice/catalogue/imports?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: body,
  });
  if (uploaded.statusCode !== 202) throw new Error(`upload failed: ${uploaded.statusCode} ${uploaded.body}`);
  await t.imports.drain();
  await t.search.refresh();
  const id = (uploaded.json() as { id: string }).id;
  return (await staffClient.get(`/api/backoffice/catalogue/imports/${id}`)).json() as {
    id: string;
    status: string;
    added: number;
    updated: number;
    unchanged: number;
    skipped: number;
    failure: string | null;
    failureLine: number | null;
    bytesRead: number;
    totalBytes: number;
  };
}

/** Loads the titles through the real import and returns their product ids by ISBN. */
export async function seedProducts(t: TestApp, records: ProductRecord[]): Promise<Map<string, string>> {
  const xml = onixOf(records);
  const outcome = await importCatalogueFile(
    { db: t.ctx.db, clock: t.clock, store: t.ctx.config.store, log: t.ctx.log },
    {
      fileName: 'titler.xml',
      format: 'onix',
      source: 'command_line',
      body: (async function* () {
        yield Buffer.from(xml);
      })(),
      totalBytes: xml.length,
    },
  );
  if (outcome.status !== 'done') throw new Error(`seeding products: ${outcome.status}`);
  const rows = await t.database.db.execute<{ id: string; isbn: string }>(
    sql`SELECT id, isbn FROM products WHERE isbn IN (${sql.join(records.map((r) => sql`${r.isbn}`), sql`, `)})`,
  );
  return new Map(rows.rows.map((r) => [r.isbn, r.id]));
}
