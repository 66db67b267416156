import { isbn13CheckDigit } from '../isbn.ts';
import type { SearchDoc } from './search-types.ts';

/** A valid ISBN-13 made from a number, for test documents. */
export function isbnFor(n: number): string {
  const first12 = `97882${String(n).padStart(7, '0')}`;
  return first12 + isbn13CheckDigit(first12);
}

let next = 0;

/** A test document: a Norwegian adult fiction book in stock unless told otherwise. */
export function searchDoc(fields: Partial<SearchDoc> & { title: string }): SearchDoc {
  next++;
  return {
    key: `doc-${next}`,
    isbn: isbnFor(next),
    subtitle: null,
    contributors: [],
    series: null,
    seriesNumber: null,
    publisher: null,
    keywords: [],
    themaCodes: [],
    language: 'nob',
    form: 'book',
    audience: 'adult',
    genre: 'fiction',
    releaseDate: '2020-01-01',
    availability: 'in_stock',
    ...fields,
  };
}
