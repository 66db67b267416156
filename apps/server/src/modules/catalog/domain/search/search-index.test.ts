import { describe, expect, it } from 'vitest';
import { isbn10CheckDigit, toIsbn10 } from '../isbn.ts';
import { wordsOf } from './fold-text.ts';
import { isbnFor, searchDoc } from './search-doc-fixture.ts';
import { compareSortText } from './sort-keys.ts';
import { SearchIndex } from './search-index.ts';
import type { SearchDoc, SearchFilters, SearchQuery, SearchResult } from './search-types.ts';

function indexWith(...docs: SearchDoc[]): SearchIndex {
  const index = new SearchIndex({ resultCacheSize: 0 });
  for (const doc of docs) index.upsert(doc);
  return index;
}

function search(index: SearchIndex, text: string, more: Partial<SearchQuery> = {}): SearchResult {
  return index.search({ text, filters: {}, sort: 'relevance', offset: 0, limit: 50, ...more });
}

function keys(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.key);
}

const sult = searchDoc({ key: 'sult', title: 'Sult', contributors: ['Knut Hamsun'], releaseDate: '1890-06-01' });
const markens = searchDoc({ key: 'markens', title: 'Markens grøde', contributors: ['Knut Hamsun'], releaseDate: '1917-01-01' });
const potter1 = searchDoc({ key: 'potter1', title: 'Harry Potter og de vises stein', contributors: ['J.K. Rowling'], series: 'Harry Potter', seriesNumber: '1', releaseDate: '1999-01-01' });
const potter2 = searchDoc({ key: 'potter2', title: 'Harry Potter og mysteriekammeret', contributors: ['J.K. Rowling'], series: 'Harry Potter', seriesNumber: '2', releaseDate: '2000-01-01' });
const peter = searchDoc({ key: 'peter', title: 'Peter Pan', contributors: ['J.M. Barrie'] });
const bok = searchDoc({ key: 'bok', title: 'En bok om bøker', contributors: ['Anne Forfatter'] });
const boekDut = searchDoc({ key: 'boek', title: 'Het boek', language: 'dut', contributors: ['Jan Schrijver'] });
const kind = searchDoc({ key: 'kind', title: 'Het kind en de zee', language: 'dut' });
const bjornson = searchDoc({ key: 'bjornson', title: 'Synnøve Solbakken', contributors: ['Bjørnstjerne Bjørnson'] });

describe('SearchIndex: finding', () => {
  const index = indexWith(sult, markens, potter1, potter2, peter, bok, boekDut, kind, bjornson);

  it('searches title, contributors, series, publisher, subjects and subtitle', () => {
    const doc = searchDoc({ key: 'all', title: 'Tittel', subtitle: 'Undertittel', contributors: ['Navn Navnesen'], series: 'Serien', publisher: 'Forlaget', keywords: ['nøkkelord'], themaCodes: ['FBA'] });
    const all = indexWith(doc);
    for (const word of ['tittel', 'undertittel', 'navnesen', 'serien', 'forlaget', 'nøkkelord', 'fba']) {
      expect(keys(search(all, word)), word).toEqual(['all']);
    }
  });

  it('corrects a typo in a name: Hamsn finds Hamsun', () => {
    const result = search(index, 'Hamsn');
    expect(keys(result).sort()).toEqual(['markens', 'sult']);
    expect(result.corrections).toEqual([{ from: 'hamsn', to: 'hamsun' }]);
  });

  it('corrects a typo in a title: Harry Poter finds Harry Potter', () => {
    const result = search(index, 'Harry Poter');
    expect(keys(result).slice(0, 2).sort()).toEqual(['potter1', 'potter2']);
    expect(result.corrections).toEqual([{ from: 'poter', to: 'potter' }]);
  });

  it('does not correct a word that is found as typed', () => {
    expect(search(index, 'Peter').corrections).toEqual([]);
    expect(keys(search(index, 'Peter'))).toEqual(['peter']);
  });

  it('stems Norwegian, irregular plurals included: bøkene finds bok', () => {
    expect(keys(search(index, 'bøkene'))).toEqual(['bok']);
    expect(keys(search(index, 'bok'))).toEqual(['bok']);
  });

  it('stems Dutch: boeken finds boek, kinderen finds kind', () => {
    expect(keys(search(index, 'boeken'))).toEqual(['boek']);
    expect(keys(search(index, 'kinderen'))).toEqual(['kind']);
  });

  it('matches æ ø å by their ASCII spellings: Bjornson finds Bjørnson, Synnove finds Synnøve', () => {
    expect(keys(search(index, 'Bjornson'))).toEqual(['bjornson']);
    expect(keys(search(index, 'synnove solbakken'))).toEqual(['bjornson']);
    expect(keys(search(index, 'Bjørnson'))).toEqual(['bjornson']);
  });

  it('requires every word (AND), in any field', () => {
    expect(keys(search(index, 'hamsun sult'))).toEqual(['sult']);
    expect(keys(search(index, 'rowling mysteriekammeret'))).toEqual(['potter2']);
    expect(keys(search(index, 'hamsun potter'))).toEqual([]);
  });

  it('finds words joined by an apostrophe whole and by parts', () => {
    const obrien = indexWith(searchDoc({ key: 'ob', title: "O'Brien's auto's" }));
    expect(keys(search(obrien, "o'brien's"))).toEqual(['ob']);
    expect(keys(search(obrien, 'auto'))).toEqual(['ob']);
    expect(keys(search(obrien, 'brien'))).toEqual(['ob']);
  });
});

describe('SearchIndex: ranking', () => {
  it('ranks a title match above a contributor match', () => {
    const about = searchDoc({ key: 'about', title: 'Hamsun', contributors: ['Robert Ferguson'], releaseDate: '1990-01-01' });
    const by = searchDoc({ key: 'by', title: 'Sult', contributors: ['Knut Hamsun'], releaseDate: '2020-01-01' });
    const series = searchDoc({ key: 'series', title: 'Noe annet', series: 'Hamsun-biblioteket', releaseDate: '2021-01-01' });
    const keyword = searchDoc({ key: 'keyword', title: 'Norsk litteratur', keywords: ['Hamsun'], releaseDate: '2022-01-01' });
    expect(keys(search(indexWith(keyword, series, by, about), 'hamsun'))).toEqual(['about', 'by', 'series', 'keyword']);
  });

  it('ranks exact above stem above typo', () => {
    const exact = searchDoc({ key: 'exact', title: 'Hesten', releaseDate: '2000-01-01' });
    const stem = searchDoc({ key: 'stem', title: 'Hestene', releaseDate: '2010-01-01' });
    const index = indexWith(stem, exact);
    expect(keys(search(index, 'hesten'))).toEqual(['exact', 'stem']);
    const typo = indexWith(searchDoc({ key: 'typo', title: 'Katter', releaseDate: '2020-01-01' }), searchDoc({ key: 'word', title: 'Kattar', releaseDate: '2000-01-01' }));
    expect(keys(search(typo, 'kattar'))).toEqual(['word', 'typo']);
  });

  it('boosts a title that starts with the query phrase, then breaks ties by newest', () => {
    const prefix = searchDoc({ key: 'prefix', title: 'Harry Potter og fangen', releaseDate: '2001-01-01' });
    const inside = searchDoc({ key: 'inside', title: 'Om Harry Potter', releaseDate: '2024-01-01' });
    const apart = searchDoc({ key: 'apart', title: 'Potter og Harry', releaseDate: '2025-01-01' });
    const older = searchDoc({ key: 'older', title: 'Harry Potter og fangen', releaseDate: '1999-01-01' });
    expect(keys(search(indexWith(apart, inside, older, prefix), 'harry potter'))).toEqual(['prefix', 'older', 'inside', 'apart']);
  });
});

describe('SearchIndex: ISBN', () => {
  const target = searchDoc({ key: 'target', title: 'Målet', isbn: isbnFor(4242) });
  const index = indexWith(sult, target, searchDoc({ title: 'Annen bok' }));

  it('finds a product by ISBN-13 with or without hyphens', () => {
    const isbn = target.isbn;
    for (const text of [isbn, `${isbn.slice(0, 3)}-${isbn.slice(3, 5)}-${isbn.slice(5, 12)}-${isbn.slice(12)}`, `ISBN ${isbn}`]) {
      const result = search(index, text);
      expect(result.isbnMatch, text).toBe(true);
      expect(keys(result)).toEqual(['target']);
    }
  });

  it('finds the ISBN-13 product by its ISBN-10 with hyphens', () => {
    const isbn10 = toIsbn10(target.isbn)!;
    const result = search(index, `${isbn10.slice(0, 2)}-${isbn10.slice(2, 4)}-${isbn10.slice(4, 9)}-${isbn10.slice(9)}`);
    expect(result.isbnMatch).toBe(true);
    expect(keys(result)).toEqual(['target']);
  });

  it('does not take a number with a wrong check digit for an ISBN', () => {
    const wrong = target.isbn.slice(0, 12) + String((Number(target.isbn[12]) + 1) % 10);
    const result = search(index, wrong);
    expect(result.isbnMatch).toBe(false);
    expect(result.total).toBe(0);
    const isbn10 = toIsbn10(target.isbn)!;
    const wrong10 = isbn10.slice(0, 9) + (isbn10CheckDigit(isbn10.slice(0, 9)) === '1' ? '2' : '1');
    expect(search(index, wrong10).isbnMatch).toBe(false);
  });
});

describe('SearchIndex: facets and filters', () => {
  // Hand-made so that every count can be checked by eye.
  const docs = [
    searchDoc({ key: 'a', title: 'Fjell a', form: 'book', language: 'nob', audience: 'adult', genre: 'fiction', releaseDate: '2020-05-01', availability: 'in_stock', series: 'Fjellserien' }),
    searchDoc({ key: 'b', title: 'Fjell b', form: 'book', language: 'nno', audience: 'youth', genre: 'fiction', releaseDate: '2021-05-01', availability: 'orderable' }),
    searchDoc({ key: 'c', title: 'Fjell c', form: 'ebook', language: 'nob', audience: 'adult', genre: 'nonfiction', releaseDate: '2021-06-01', availability: 'in_stock', series: 'Fjellserien' }),
    searchDoc({ key: 'd', title: 'Fjell d', form: 'audiobook', language: 'eng', audience: 'adult', genre: 'fiction', releaseDate: '2019-01-01', availability: 'in_stock' }),
    searchDoc({ key: 'e', title: 'Fjell e', form: 'ebook', language: 'nno', audience: 'youth', genre: 'nonfiction', releaseDate: null, availability: 'forthcoming', series: 'Andre' }),
    searchDoc({ key: 'f', title: 'Hav f', form: 'book', language: 'nob', audience: 'adult', genre: 'fiction', releaseDate: '2020-01-01', availability: 'in_stock' }),
  ];
  const index = indexWith(...docs);
  const query = (text: string, filters: SearchFilters, sort: SearchQuery['sort'] = 'relevance') => search(index, text, { filters, sort });

  it('counts each facet without its own filter and with all others', () => {
    const result = query('fjell', { form: ['book', 'ebook'], language: ['nob'] });
    expect(keys(result).sort()).toEqual(['a', 'c']);
    expect(result.total).toBe(2);
    // form ignores the form filter: fjell + nob → a (book), c (ebook)
    expect(result.facets.form).toEqual([
      { value: 'book', count: 1 },
      { value: 'ebook', count: 1 },
    ]);
    // language ignores the language filter: fjell + book/ebook → a nob, b nno, c nob, e nno
    expect(result.facets.language).toEqual([
      { value: 'nno', count: 2 },
      { value: 'nob', count: 2 },
    ]);
    expect(result.facets.audience).toEqual([{ value: 'adult', count: 2 }]);
    expect(result.facets.genre).toEqual([
      { value: 'fiction', count: 1 },
      { value: 'nonfiction', count: 1 },
    ]);
    expect(result.facets.year).toEqual([
      { value: 2021, count: 1 },
      { value: 2020, count: 1 },
    ]);
    expect(result.facets.availability).toEqual([{ value: 'in_stock', count: 2 }]);
    expect(result.facets.series).toEqual([{ value: 'Fjellserien', count: 2 }]);
  });

  it('ORs values within a facet and ANDs facets, year and series included', () => {
    expect(keys(query('fjell', { year: [2021] })).sort()).toEqual(['b', 'c']);
    expect(keys(query('fjell', { year: [2021], audience: ['youth'] }))).toEqual(['b']);
    expect(keys(query('', { series: ['fjellserien'] })).sort()).toEqual(['a', 'c']);
    expect(keys(query('', { availability: ['forthcoming', 'orderable'] })).sort()).toEqual(['b', 'e']);
  });

  it('lists a selected value with no hits with count 0', () => {
    const result = query('hav', { form: ['game'], language: ['swe'] });
    expect(result.total).toBe(0);
    // Form counts ignore the form filter but keep language = swe, which no product has.
    expect(result.facets.form).toEqual([{ value: 'game', count: 0 }]);
    // Language counts ignore the language filter but keep form = game.
    expect(result.facets.language).toEqual([{ value: 'swe', count: 0 }]);
  });

  it('browses with filters and no text, newest first', () => {
    const result = query('', { language: ['nob', 'nno'], genre: ['fiction'] });
    expect(keys(result)).toEqual(['b', 'a', 'f']);
    expect(result.facets.language).toEqual([
      { value: 'nob', count: 2 },
      { value: 'eng', count: 1 },
      { value: 'nno', count: 1 },
    ]);
    expect(result.facets.genre).toEqual([
      { value: 'fiction', count: 3 },
      { value: 'nonfiction', count: 2 },
    ]);
    expect(result.facets.form).toEqual([{ value: 'book', count: 3 }]);
  });

  it('browses with one filter: that facet counts the whole catalogue', () => {
    const result = query('', { form: ['ebook'] });
    expect(keys(result)).toEqual(['c', 'e']);
    expect(result.facets.form).toEqual([
      { value: 'book', count: 3 },
      { value: 'ebook', count: 2 },
      { value: 'audiobook', count: 1 },
    ]);
    expect(result.facets.language).toEqual([{ value: 'nno', count: 1 }, { value: 'nob', count: 1 }]);
  });

  it('browses everything without filters', () => {
    const result = query('', {});
    expect(result.total).toBe(6);
    expect(keys(result)).toEqual(['c', 'b', 'a', 'f', 'd', 'e']);
    expect(result.facets.form).toEqual([
      { value: 'book', count: 3 },
      { value: 'ebook', count: 2 },
      { value: 'audiobook', count: 1 },
    ]);
  });
});

describe('SearchIndex: sorting and paging', () => {
  const docs = ['Øst', 'Alfa', 'Åsen', 'beta', 'Ære', 'Zulu', '1984'].map((title, i) => searchDoc({ key: title, title: `${title} bok`, releaseDate: `20${10 + i}-01-01` }));
  const index = indexWith(...docs);

  it('sorts by title with æ ø å after z and digits first', () => {
    expect(keys(search(index, 'bok', { sort: 'title' }))).toEqual(['1984', 'Alfa', 'beta', 'Zulu', 'Ære', 'Øst', 'Åsen']);
  });

  it('sorts by newest', () => {
    expect(keys(search(index, 'bok', { sort: 'newest' }))).toEqual(['1984', 'Zulu', 'Ære', 'beta', 'Åsen', 'Alfa', 'Øst']);
  });

  it('pages without overlap, with the total of all hits', () => {
    const pages = [0, 3, 6].map((offset) => search(index, 'bok', { sort: 'title', offset, limit: 3 }));
    expect(pages.map(keys)).toEqual([['1984', 'Alfa', 'beta'], ['Zulu', 'Ære', 'Øst'], ['Åsen']]);
    expect(pages.map((page) => page.total)).toEqual([7, 7, 7]);
  });
});

describe('SearchIndex: browsing by title and newest through the browse orders', () => {
  const titles = ['Historien om alt', 'Historien om Bo', 'historien om bo', 'Historien', 'Å være', 'Zebra'];
  const docFor = (n: number, title = titles[n % titles.length]!) =>
    searchDoc({ key: `k${n}`, title, form: n % 10 === 0 ? 'ebook' : 'book', language: n % 3 === 0 ? 'eng' : 'nob', releaseDate: `20${10 + (n % 7)}-0${1 + (n % 5)}-01` });

  /** The expected page by brute force: `upserted` in upsert order, the later upsert first on ties. */
  function expectedPage(upserted: SearchDoc[], filters: SearchFilters, sort: 'title' | 'newest', offset: number, limit: number): string[] {
    const latest = new Map<string, { doc: SearchDoc; at: number }>();
    upserted.forEach((doc, at) => latest.set(doc.key, { doc, at }));
    const text = (doc: SearchDoc) => wordsOf(doc.title).join(' ');
    return [...latest.values()]
      .filter(({ doc }) => (filters.form ?? [doc.form]).includes(doc.form) && (filters.language ?? [doc.language!]).includes(doc.language!) && (filters.year ?? [Number(doc.releaseDate!.slice(0, 4))]).includes(Number(doc.releaseDate!.slice(0, 4))))
      .sort((a, b) => (sort === 'title' ? compareSortText(text(a.doc), 0, text(b.doc), 0) : b.doc.releaseDate!.localeCompare(a.doc.releaseDate!)) || b.at - a.at)
      .slice(offset, offset + limit)
      .map(({ doc }) => doc.key);
  }

  it('pages like a full sort, with documents added, replaced and removed since the orders were built', () => {
    const index = new SearchIndex({ resultCacheSize: 0 });
    const upserted: SearchDoc[] = [];
    const upsert = (doc: SearchDoc) => {
      index.upsert(doc);
      upserted.push(doc);
    };
    for (let n = 0; n < 400; n++) upsert(docFor(n));
    index.prepare();
    const removed = new Set<string>();
    const check = () => {
      const live = upserted.filter((doc) => !removed.has(doc.key));
      for (const filters of [{}, { form: ['book'] }, { form: ['book'], language: ['nob'] }, { year: [2014] }, { form: ['ebook'] }] as SearchFilters[]) {
        for (const sort of ['title', 'newest'] as const) {
          for (const [offset, limit] of [[0, 2], [3, 4], [40, 20]] as const) {
            const result = index.search({ text: '', filters, sort, offset, limit });
            expect(keys(result), `${JSON.stringify(filters)} ${sort} ${offset}`).toEqual(expectedPage(live, filters, sort, offset, limit));
          }
        }
      }
    };
    check();
    // A short tail: new documents, replaced ones (new titles and dates), removals.
    for (let n = 400; n < 405; n++) upsert(docFor(n));
    for (const n of [7, 8, 9]) upsert({ ...docFor(n + 1000, titles[(n + 1) % titles.length]!), key: `k${n}` });
    for (const n of [1, 2]) {
      index.remove(`k${n}`);
      removed.add(`k${n}`);
    }
    check();
    index.compact();
    check();
  });
});

describe('SearchIndex: changes', () => {
  it('an updated product is found by its new words only', () => {
    const index = indexWith(sult, markens);
    index.upsert({ ...sult, title: 'Pan' });
    expect(keys(search(index, 'sult'))).toEqual([]);
    expect(keys(search(index, 'pan'))).toEqual(['sult']);
    expect(search(index, '').total).toBe(2);
    expect(index.size).toBe(2);
  });

  it('a removed product is neither found, counted nor suggested', () => {
    const index = indexWith(sult, markens);
    index.remove('sult');
    expect(keys(search(index, 'hamsun'))).toEqual(['markens']);
    expect(search(index, '').facets.year).toEqual([{ value: 1917, count: 1 }]);
    expect(index.suggest('sul', 5)).toEqual([]);
    expect(search(index, sult.isbn).isbnMatch).toBe(false);
    expect(index.size).toBe(1);
  });

  it('answers the same after compaction', () => {
    const index = indexWith(sult, markens, potter1, potter2, peter, bok);
    index.remove('peter');
    index.upsert({ ...potter1, title: 'Harry Potter og de vises stein (ny utgave)' });
    const before = ['harry potter', 'hamsun', '', 'ny'].map((text) => search(index, text));
    index.compact();
    expect(['harry potter', 'hamsun', '', 'ny'].map((text) => search(index, text))).toEqual(before);
    expect(index.stats().removedDocuments).toBe(0);
  });

  it('compacts by itself when removed documents pile up', () => {
    const index = new SearchIndex({ resultCacheSize: 0, compactAt: 0.25 });
    for (let i = 0; i < 3000; i++) index.upsert(searchDoc({ key: `k${i}`, title: `Bok nummer ${i}` }));
    for (let i = 0; i < 1500; i++) index.upsert(searchDoc({ key: `k${i}`, title: `Ny bok ${i}` }));
    expect(index.stats().removedDocuments).toBeLessThan(1024);
    expect(search(index, 'ny').total).toBe(1500);
    expect(search(index, 'nummer').total).toBe(1500);
  });

  it('serves a cached result only until the next change', () => {
    const index = new SearchIndex();
    index.upsert(sult);
    expect(search(index, 'sult').total).toBe(1);
    index.upsert(searchDoc({ title: 'Sult igjen' }));
    expect(search(index, 'sult').total).toBe(2);
  });
});

describe('SearchIndex: suggestions', () => {
  const index = indexWith(sult, markens, potter1, potter2, peter, bjornson);

  it('completes the last word of a title, with the product', () => {
    const suggestions = index.suggest('harry pot', 5);
    expect(suggestions).toContainEqual({ kind: 'series', text: 'Harry Potter' });
    expect(suggestions).toContainEqual({ kind: 'title', text: 'Harry Potter og mysteriekammeret', key: 'potter2' });
    expect(suggestions).toContainEqual({ kind: 'title', text: 'Harry Potter og de vises stein', key: 'potter1' });
    // The series holds two products, each title one.
    expect(suggestions[0]).toEqual({ kind: 'series', text: 'Harry Potter' });
  });

  it('completes any word of a name, ASCII spellings included', () => {
    expect(index.suggest('hams', 5)).toEqual([{ kind: 'contributor', text: 'Knut Hamsun' }]);
    expect(index.suggest('bjornson', 5)).toEqual([{ kind: 'contributor', text: 'Bjørnstjerne Bjørnson' }]);
  });

  it('ranks by number of products, then recency, and stops at the limit', () => {
    expect(index.suggest('h', 2)).toEqual([
      { kind: 'series', text: 'Harry Potter' },
      { kind: 'contributor', text: 'Knut Hamsun' },
    ]);
  });

  it('knows products added and removed after it was built', () => {
    const live = indexWith(sult, potter1);
    expect(live.suggest('harry', 5).length).toBe(2);
    live.upsert(searchDoc({ key: 'new', title: 'Harriet og havet' }));
    expect(live.suggest('harr', 5)).toContainEqual({ kind: 'title', text: 'Harriet og havet', key: 'new' });
    live.remove('potter1');
    expect(live.suggest('harry', 5)).toEqual([]);
  });

  it('suggests nothing for nothing', () => {
    expect(index.suggest('  ', 5)).toEqual([]);
    expect(index.suggest('zzzz', 5)).toEqual([]);
  });
});
