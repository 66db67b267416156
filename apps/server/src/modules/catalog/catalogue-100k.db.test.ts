import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SearchResponse } from '@hylle/contracts';
import { generateProducts } from '../../demo/catalogue/generate-products.ts';
import { onixMessageChunks } from '../../demo/catalogue/write-onix.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { importCatalogueFile } from './import-catalogue-file.ts';

const TITLES = 100_000;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

it(
  'loads a generated 100,000-title ONIX file as a stream, every title once, and finds them',
  async () => {
    const options = { count: TITLES, seed: 3, store: 'no' as const, today: '2026-11-22' };
    let bytes = 0;
    let sample = '';
    const encoder = new TextEncoder();
    async function* file() {
      let index = 0;
      for (const chunk of onixMessageChunks(generateProducts(options), { tags: 'reference', namespace: false, sender: 'Generator', sentAt: new Date() })) {
        const encoded = encoder.encode(chunk);
        bytes += encoded.byteLength;
        yield encoded;
        index += 1;
      }
      expect(index).toBeGreaterThan(TITLES);
    }
    for (const record of generateProducts({ ...options, count: 50_000 })) sample = record.isbn;

    const outcome = await importCatalogueFile(
      { db: t.ctx.db, clock: t.clock, store: t.ctx.config.store, log: t.ctx.log },
      { fileName: 'generated-100k.xml', format: 'onix', source: 'command_line', body: file(), totalBytes: null },
    );
    expect(outcome).toMatchObject({ status: 'done', added: TITLES, updated: 0, unchanged: 0, skipped: 0 });
    const imported = (await t.ctx.db.execute<{ n: number; bytes: number }>(
      `SELECT (SELECT count(*)::int FROM products) AS n, (SELECT bytes_read FROM catalog_imports WHERE id = '${outcome.importId}') AS bytes` as never,
    )).rows[0]!;
    expect(imported.n).toBe(TITLES);
    expect(Number(imported.bytes)).toBe(bytes);

    await t.search.refresh();
    expect(t.search.size).toBe(TITLES);
    const byIsbn = (await t.client().get(`/api/catalog/search?q=${sample}`)).json() as SearchResponse;
    expect(byIsbn.hits[0]?.isbn).toBe(sample);
    const hamsun = (await t.client().get('/api/catalog/search?q=hamsun&form=book')).json() as SearchResponse;
    expect(hamsun.total).toBeGreaterThan(0);
    expect(hamsun.hits.every((hit) => hit.contributors.some((c) => c.name.includes('Hamsun')) && hit.form === 'book')).toBe(true);
  },
  240_000,
);
