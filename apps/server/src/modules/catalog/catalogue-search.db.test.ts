import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductDetail, SearchResponse } from '@hylle/contracts';
import { aProduct, onixOf, uploadAndImport } from '../../test-support/catalogue.ts';
import { seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

let t: TestApp;
let staff: TestClient;
let librarian: TestClient;
let accountId: string;
const hamsun = { name: 'Knut Hamsun', sortName: 'Hamsun, Knut', role: 'author' as const };
const rowling = { name: 'J.K. Rowling', sortName: 'Rowling, J.K.', role: 'author' as const };

const sult = aProduct({ title: 'Sult', contributors: [hamsun], releaseDate: '1890-06-01', availability: { status: 'in_stock', stockQuantity: 3, availableFrom: null } });
const markens = aProduct({ title: 'Markens grøde', contributors: [hamsun], releaseDate: '1917-11-01', genre: 'fiction' });
const potter = aProduct({
  title: 'Harry Potter og de vises stein',
  contributors: [rowling],
  audience: 'youth',
  themaCodes: ['YFH'],
  series: { name: 'Harry Potter', number: '1' },
  form: 'audiobook',
  formCode: 'AJ',
  releaseDate: '2026-06-01',
  price: { amountMinor: 44900, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: 'Z', fixedPriceUntil: null },
});
const boeken = aProduct({ title: 'Over bøkene', keywords: ['bøkene'], genre: 'nonfiction', themaCodes: ['DSR'], language: 'nob', form: 'ebook', formCode: 'ED' });
const dvd = aProduct({ title: 'Sult (film)', contributors: [hamsun], form: 'video', formCode: 'VI', genre: 'fiction', releaseDate: '2019-01-01', price: { amountMinor: 19900, currency: 'NOK', includesVat: true, fixed: false, taxRateCode: 'S', fixedPriceUntil: null } });

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2026-11-22T10:00:00Z'));
  const actor = await seedStaff(t);
  staff = await t.signIn(actor.email);
  const account = await seedAccount(t, actor, { name: 'Storvik bibliotek', admin: { email: 'ingrid@storvik.test' } });
  accountId = account.id;
  await seedAccount(t, actor, { name: 'Annet bibliotek', admin: { email: 'other@annet.test' } });
  const terms = await staff.put(`/api/backoffice/accounts/${accountId}/price-terms`, { customerType: 'public_library', fixedPriceDiscountBp: 2500, standardDiscountBp: 3000 });
  expect(terms.statusCode).toBe(200);
  const filler = Array.from({ length: 40 }, (_, i) => aProduct({ title: `Fortellinger fra kysten ${i}`, releaseDate: `20${10 + (i % 15)}-05-01` }));
  const result = await uploadAndImport(t, staff, onixOf([sult, markens, potter, boeken, dvd, ...filler]));
  expect(result).toMatchObject({ status: 'done', added: 45 });
  librarian = await t.signIn('ingrid@storvik.test');
});
afterAll(() => t.stop());

const search = async (client: TestClient, query: string) => {
  const response = await client.get(`/api/catalog/search?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SearchResponse;
};

describe('catalogue search', () => {
  it('tolerates typos: "Hamsn" finds Hamsun and says what it searched for', async () => {
    const result = await search(t.client(), 'q=Hamsn');
    expect(result.hits.map((hit) => hit.title)).toEqual(expect.arrayContaining(['Sult', 'Markens grøde']));
    expect(result.corrections).toContainEqual({ from: 'hamsn', to: 'hamsun' });
    const potterResult = await search(t.client(), 'q=Harry%20Poter');
    expect(potterResult.hits[0]?.title).toBe('Harry Potter og de vises stein');
  });

  it('stems Norwegian: "bok" finds "bøkene"', async () => {
    const result = await search(t.client(), 'q=bok');
    expect(result.hits.map((hit) => hit.title)).toContain('Over bøkene');
  });

  it('finds by ISBN-13 with hyphens and by ISBN-10', async () => {
    const hyphenated = `${sult.isbn.slice(0, 3)}-${sult.isbn.slice(3, 5)}-${sult.isbn.slice(5, 12)}-${sult.isbn.slice(12)}`;
    const byThirteen = await search(t.client(), `q=${hyphenated}`);
    expect(byThirteen.isbnMatch).toBe(true);
    expect(byThirteen.hits[0]?.isbn).toBe(sult.isbn);
    const product = (await t.client().get(`/api/catalog/products/${sult.isbn}`)).json() as ProductDetail;
    expect(product.isbn10).toMatch(/^\d{9}[\dX]$/);
    const byTen = await search(t.client(), `q=${product.isbn10}`);
    expect(byTen.hits[0]?.isbn).toBe(sult.isbn);
  });

  it('filters with counts that ignore their own facet, sorts and pages', async () => {
    const all = await search(t.client(), 'q=hamsun');
    expect(all.total).toBe(3);
    expect(all.facets.form).toEqual(expect.arrayContaining([{ value: 'book', count: 2 }, { value: 'video', count: 1 }]));
    const books = await search(t.client(), 'q=hamsun&form=book');
    expect(books.total).toBe(2);
    expect(books.facets.form).toEqual(expect.arrayContaining([{ value: 'book', count: 2 }, { value: 'video', count: 1 }]));
    const newest = await search(t.client(), 'q=hamsun&sort=newest');
    expect(newest.hits.map((hit) => hit.title)).toEqual(['Sult (film)', 'Markens grøde', 'Sult']);
    const byTitle = await search(t.client(), 'q=hamsun&sort=title');
    expect(byTitle.hits.map((hit) => hit.title)).toEqual(['Markens grøde', 'Sult', 'Sult (film)']);
    const page2 = await search(t.client(), 'q=fortellinger&pageSize=15&page=2&sort=title');
    expect(page2.total).toBe(40);
    expect(page2.hits).toHaveLength(15);
    const youth = await search(t.client(), 'audience=youth');
    expect(youth.hits.map((hit) => hit.title)).toEqual(['Harry Potter og de vises stein']);
  });

  it('rejects bad filter values with a problem naming the field', async () => {
    const response = await t.client().get('/api/catalog/search?form=scroll');
    expect(response.statusCode).toBe(400);
    expect((response.json() as { field: string }).field).toBe('form.0');
  });

  it('suggests titles, contributors and series while typing', async () => {
    const response = await t.client().get('/api/catalog/suggest?q=harry%20pot');
    const { suggestions } = response.json() as { suggestions: { kind: string; text: string; productId?: string }[] };
    expect(suggestions.some((s) => s.kind === 'title' && s.text === 'Harry Potter og de vises stein' && s.productId)).toBe(true);
    const byName = (await t.client().get('/api/catalog/suggest?q=hams')).json() as { suggestions: { kind: string; text: string }[] };
    expect(byName.suggestions).toContainEqual(expect.objectContaining({ kind: 'contributor', text: 'Knut Hamsun' }));
  });
});

describe('prices in search and on the product page (CAT-4)', () => {
  it('shows a visitor the list price and a member the account price, capped by the law inside the fixed-price period', async () => {
    const visitor = (await t.client().get(`/api/catalog/products/${potter.isbn}`)).json() as ProductDetail;
    expect(visitor.price).toMatchObject({ forAccount: false, discountBp: 0, unit: { gross: 44900, vat: 0, net: 44900 } });
    const member = (await librarian.get(`/api/catalog/products/${potter.isbn}`)).json() as ProductDetail;
    // Released 2026-06-01: inside Norway's 12 months. 25 % agreed, capped at the store's 20 %.
    expect(member.price).toMatchObject({ forAccount: true, inFixedPricePeriod: true, discountKind: 'fixed_price', discountBp: 2000, capped: true, unit: { gross: 35920 } });
    const oldBook = (await librarian.get(`/api/catalog/products/${sult.isbn}`)).json() as ProductDetail;
    expect(oldBook.price).toMatchObject({ inFixedPricePeriod: false, discountKind: 'standard', discountBp: 3000, unit: { gross: 27930 } });
    const film = (await librarian.get(`/api/catalog/products/${dvd.isbn}`)).json() as ProductDetail;
    expect(film.price).toMatchObject({ vatRateBp: 2500, discountBp: 3000, unit: { gross: 13930, vat: 2786, net: 11144 } });
  });

  it('prices search hits with the same function as the product page', async () => {
    const hit = (await search(librarian, 'q=Sult')).hits.find((h) => h.isbn === sult.isbn);
    const page = (await librarian.get(`/api/catalog/products/${sult.isbn}`)).json() as ProductDetail;
    expect(hit?.price).toEqual(page.price);
  });

  it('follows a change of the discounts at once and never lends one account’s prices to a non-member', async () => {
    await staff.put(`/api/backoffice/accounts/${accountId}/price-terms`, { customerType: 'public_library', fixedPriceDiscountBp: 1000, standardDiscountBp: 1000 });
    const after = (await librarian.get(`/api/catalog/products/${sult.isbn}`)).json() as ProductDetail;
    expect(after.price?.discountBp).toBe(1000);
    const other = await t.signIn('other@annet.test');
    const theirs = (await other.get(`/api/catalog/products/${sult.isbn}`)).json() as ProductDetail;
    expect(theirs.price).toMatchObject({ forAccount: true, discountBp: 0 });
  });

  it('lets only staff read and change price terms, and validates them', async () => {
    expect((await librarian.get(`/api/backoffice/accounts/${accountId}/price-terms`)).statusCode).toBe(403);
    const bad = await staff.put(`/api/backoffice/accounts/${accountId}/price-terms`, { customerType: 'castle', fixedPriceDiscountBp: 20000, standardDiscountBp: -1 });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['customerType', 'fixedPriceDiscountBp', 'standardDiscountBp']);
    const view = (await staff.get(`/api/backoffice/accounts/${accountId}/price-terms`)).json() as { fixedPriceCapBp: number; fixedPricePeriodMonths: number };
    expect(view).toMatchObject({ fixedPriceCapBp: 2000, fixedPriceCapsBp: { public_library: 2000, school: 2000, business: 2000 }, fixedPricePeriodMonths: 12 });
  });
});

describe('product page', () => {
  it('has every field, a drawn cover and a placeholder for earlier orders', async () => {
    const page = (await t.client().get(`/api/catalog/products/${potter.isbn}`)).json() as ProductDetail;
    expect(page).toMatchObject({
      title: potter.title,
      form: 'audiobook',
      formCode: 'AJ',
      audience: 'youth',
      series: { name: 'Harry Potter', number: '1' },
      themaCodes: ['YFH'],
    });
    const cover = await t.client().get(page.coverUrl);
    expect(cover.statusCode).toBe(200);
    expect(cover.headers['content-type']).toContain('image/svg+xml');
    expect(cover.body).toContain('Harry Potter');
  });

  it('shows a product as the last import left it, not as an earlier page held it', async () => {
    const before = await search(t.client(), 'q=Markens+grøde');
    expect(before.hits[0]).toMatchObject({ title: 'Markens grøde', availability: { status: 'in_stock' } });
    const reprinted = { ...markens, availability: { status: 'out_of_print' as const, stockQuantity: null, availableFrom: null } };
    expect(await uploadAndImport(t, staff, onixOf([reprinted]))).toMatchObject({ status: 'done', updated: 1 });
    const after = await search(t.client(), 'q=Markens+grøde');
    expect(after.hits[0]).toMatchObject({ title: 'Markens grøde', availability: { status: 'out_of_print' } });
  });

  it('answers 404 for an unknown product and 503 before the index has loaded', async () => {
    expect((await t.client().get('/api/catalog/products/9780000000002')).statusCode).toBe(404);
    const cold = await startTestApp({}, { loadSearch: false });
    try {
      const response = await cold.client().get('/api/catalog/search?q=x');
      expect(response.statusCode).toBe(503);
      expect((response.json() as { code: string }).code).toBe('search_not_ready');
      expect((await cold.client().get('/readyz')).json()).toEqual({ status: 'search_index_loading' });
      await cold.search.refresh();
      expect((await cold.client().get('/readyz')).statusCode).toBe(200);
      expect((await cold.client().get('/api/catalog/search?q=x')).statusCode).toBe(200);
    } finally {
      await cold.stop();
    }
  });
});
