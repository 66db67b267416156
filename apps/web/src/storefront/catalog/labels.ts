import type { Audience, AvailabilityStatus, ContributorRole, Genre, ProductForm, SearchSort } from '@hylle/contracts';
import type { MessageKey } from '../../shared/i18n/nb.ts';

/** Message keys for the catalogue's coded values, one table each so a new value is a compile error. */
export const FORM_KEYS: Record<ProductForm, MessageKey> = {
  book: 'product.form.book',
  ebook: 'product.form.ebook',
  audiobook: 'product.form.audiobook',
  video: 'product.form.video',
  game: 'product.form.game',
  other: 'product.form.other',
};

export const AUDIENCE_KEYS: Record<Audience, MessageKey> = {
  adult: 'product.audience.adult',
  youth: 'product.audience.youth',
};

export const GENRE_KEYS: Record<Genre, MessageKey> = {
  fiction: 'product.genre.fiction',
  nonfiction: 'product.genre.nonfiction',
};

export const AVAILABILITY_KEYS: Record<AvailabilityStatus, MessageKey> = {
  in_stock: 'product.availability.in_stock',
  orderable: 'product.availability.orderable',
  forthcoming: 'product.availability.forthcoming',
  out_of_print: 'product.availability.out_of_print',
};

export const ROLE_KEYS: Record<ContributorRole, MessageKey> = {
  author: 'product.role.author',
  editor: 'product.role.editor',
  illustrator: 'product.role.illustrator',
  translator: 'product.role.translator',
  narrator: 'product.role.narrator',
  other: 'product.role.other',
};

export const SORT_KEYS: Record<SearchSort, MessageKey> = {
  relevance: 'search.sort.relevance',
  newest: 'search.sort.newest',
  title: 'search.sort.title',
};
