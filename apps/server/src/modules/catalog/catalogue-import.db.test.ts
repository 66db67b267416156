import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProduct, onixOf, uploadAndImport } from '../../test-support/catalogue.ts';
import { expectProblem, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { importCatalogueFile } from './import-catalogue-file.ts';

const corpus = path.resolve(import.meta.dirname, '../../../../../../shared/corpus/onix30');

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await startTestApp({ HYLLE_CATALOGUE_UPLOAD_LIMIT_MB: '1' });
  const actor = await seedStaff(t);
  staff = await t.signIn(actor.email);
});
afterAll(() => t.stop());

async function productCount(): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>('SELECT count(*)::int AS n FROM products' as never);
  return result.rows[0]!.n;
}

describe('catalogue import through the backoffice upload', () => {
  it('adds new titles, skips a record with an invalid ISBN with line and reason, and reports the summary', async () => {
    const good = [aProduct({ title: 'Sult' }), aProduct({ title: 'Markens grøde' })];
    const bad = aProduct({ title: 'Feil ISBN' });
    const xml = onixOf([good[0]!, { ...bad, isbn: '9788200000001' }, good[1]!]);
    const before = await productCount();
    const result = await uploadAndImport(t, staff, xml);
    expect(result).toMatchObject({ status: 'done', added: 2, updated: 0, unchanged: 0, skipped: 1, failure: null });
    expect(result.bytesRead).toBe(Buffer.byteLength(xml));
    expect(await productCount()).toBe(before + 2);

    const problems = (await staff.get(`/api/backoffice/catalogue/imports/${result.id}/problems`)).json() as {
      items: { line: number; reference: string; reason: string }[];
    };
    expect(problems.items).toHaveLength(1);
    expect(problems.items[0]!.reason).toMatch(/check digit|ISBN/i);
    const productLine = xml.split('\n').findIndex((line, index, lines) => line.includes('<Product>') && lines.slice(index).join('\n').indexOf('9788200000001') < lines.slice(index).join('\n').indexOf('</Product>')) + 1;
    expect(problems.items[0]!.line).toBe(productLine);
  });

  it('counts an identical re-import as unchanged and a changed record as updated, writing nothing for the unchanged', async () => {
    const records = [aProduct(), aProduct(), aProduct()];
    expect(await uploadAndImport(t, staff, onixOf(records))).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    const revisions = async () =>
      (await t.database.db.execute<{ revision: string }>(`SELECT revision FROM products WHERE isbn IN ('${records.map((r) => r.isbn).join("','")}') ORDER BY isbn` as never)).rows.map((r) => Number(r.revision));
    const first = await revisions();
    expect(await uploadAndImport(t, staff, onixOf(records))).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await revisions()).toEqual(first);

    const changed = [records[0]!, { ...records[1]!, title: 'Ny tittel' }, records[2]!];
    expect(await uploadAndImport(t, staff, onixOf(changed))).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    const page = (await staff.get(`/api/catalog/products/${records[1]!.isbn}`)).json() as { title: string };
    expect(page.title).toBe('Ny tittel');
  });

  it('stops at broken XML with the line, keeping the complete records before it', async () => {
    const records = [aProduct(), aProduct(), aProduct()];
    const xml = onixOf(records);
    const cut = xml.indexOf('<Product>', xml.indexOf(records[2]!.isbn) - 2000);
    const thirdStart = xml.lastIndexOf('<Product>', xml.indexOf(records[2]!.isbn));
    expect(cut).toBeGreaterThan(0);
    const broken = `${xml.slice(0, thirdStart)}<Product><RecordReference>x</Recordreference></Product>`;
    const result = await uploadAndImport(t, staff, broken);
    expect(result.status).toBe('failed');
    expect(result.failure).toMatch(/line \d+/);
    expect(result.failureLine).toBe(broken.slice(0, broken.lastIndexOf('</Recordreference>')).split('\n').length);
    expect(result.added).toBe(2);
    for (const record of records.slice(0, 2)) expect((await staff.get(`/api/catalog/products/${record.isbn}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/catalog/products/${records[2]!.isbn}`)).statusCode).toBe(404);
  });

  it('reads short tags without a namespace just as reference tags', async () => {
    const record = aProduct({ title: 'Kortnavn', series: { name: 'Serien', number: '2' } });
    expect(await uploadAndImport(t, staff, onixOf([record], { tags: 'short', namespace: false }))).toMatchObject({ status: 'done', added: 1 });
    const page = (await staff.get(`/api/catalog/products/${record.isbn}`)).json() as { title: string; series: unknown };
    expect(page).toMatchObject({ title: 'Kortnavn', series: { name: 'Serien', number: '2' } });
  });

  it('refuses an empty file, a file over the limit, and anyone but staff', async () => {
    const empty = await staff.request({ method: 'POST', url: '/api/backoffice/catalogue/imports?fileName=tom.xml', headers: { 'content-type': 'application/octet-stream' }, payload: '' });
    expect(empty.statusCode).toBe(400);
    const tooLarge = await staff.request({
      method: 'POST',
      url: '/api/backoffice/catalogue/imports?fileName=stor.xml',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.alloc(1024 * 1024 + 10, 32),
    });
    expectProblem(tooLarge, 413, 'payload_too_large');
    const visitor = t.client();
    await visitor.get('/api/session');
    const anonymous = await visitor.request({ method: 'POST', url: '/api/backoffice/catalogue/imports?fileName=x.xml', headers: { 'content-type': 'application/octet-stream' }, payload: '<x/>' });
    expect(anonymous.statusCode).toBe(401);
    const list = (await staff.get('/api/backoffice/catalogue/imports')).json() as { items: { status: string }[] };
    expect(list.items.every((item) => item.status !== 'uploading')).toBe(true);
  });

  it('loads a CSV file with the documented columns and reports a bad row', async () => {
    const csv = [
      'isbn,title,contributors,form,audience,genre,price,availability',
      '978-82-02-00000-0,Feil sjekksiffer,"Hamsun, Knut (author)",book,adult,fiction,299.00,in_stock',
      '82-05-00000-X,Gammel ISBN-10,"Vestly, Anne-Cath. (author)",book,youth,fiction,"199,50",orderable',
    ].join('\n');
    const result = await uploadAndImport(t, staff, csv, 'liste.csv');
    expect(result).toMatchObject({ status: 'done', added: 1, skipped: 1 });
    const problems = (await staff.get(`/api/backoffice/catalogue/imports/${result.id}/problems`)).json() as { items: { line: number; reason: string }[] };
    expect(problems.items).toEqual([expect.objectContaining({ line: 2, reason: expect.stringMatching(/isbn/i) })]);
    const converted = (await staff.get('/api/catalog/products/9788205000001')).json() as { title: string; price: { list: { gross: number } } };
    expect(converted).toMatchObject({ title: 'Gammel ISBN-10', price: { list: { gross: 19950 } } });
  });

  it('reads every real-world ONIX file in the corpus to a clear end: loaded, or failed with a reason', async () => {
    const files = fs.readdirSync(corpus).filter((file) => file.endsWith('.xml'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const outcome = await importCatalogueFile(
        { db: t.ctx.db, clock: t.clock, store: t.ctx.config.store, log: t.ctx.log },
        { fileName: file, format: 'onix', source: 'command_line', body: fs.createReadStream(path.join(corpus, file)), totalBytes: null },
      );
      if (outcome.status === 'failed') expect(outcome.failure, file).toMatch(/\w{10,}/);
      if (file.startsWith('invalid_onix_root')) expect(outcome.status, file).toBe('failed');
      if (file === 'full_sample.xml' || file === 'short.xml') expect(outcome.added + outcome.unchanged + outcome.updated, file).toBe(1);
    }
  });

  it('serialises two imports of the same titles at once: no duplicate, no error', async () => {
    const records = Array.from({ length: 1500 }, () => aProduct());
    const xml = onixOf(records);
    const run = () =>
      importCatalogueFile(
        { db: t.ctx.db, clock: t.clock, store: t.ctx.config.store, log: t.ctx.log },
        { fileName: 'samtidig.xml', format: 'onix', source: 'command_line', body: (async function* () {
          yield Buffer.from(xml);
        })(),
        totalBytes: xml.length },
      );
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.status).toBe('done');
    expect(b.status).toBe('done');
    expect(a.added + b.added).toBe(1500);
    expect(a.unchanged + b.unchanged).toBe(1500);
  });
});
