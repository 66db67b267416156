import type {
  Audience,
  Availability,
  Contributor,
  Genre,
  ListPrice,
  ProductForm,
  ProductRecord,
} from '../../modules/catalog/domain/product.ts';
import { addMonths, dayNumber, isoDate } from './calendar-day.ts';
import { classicWorks, invertName, type ClassicWork } from './classic-works.ts';
import { isbnForSequence, isbnGroups, maxUniqueIsbns, type IsbnGroup } from './isbn-for-sequence.ts';
import type { LanguagePack, TitleKind } from './language-pack.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import { storeProfiles, themaByKind, type StoreProfile } from './store-profile.ts';

export type GenerateProductsOptions = {
  count: number;
  seed: number;
  store: 'no' | 'be';
  /** The day the catalogue is "made": release dates, forthcoming titles and fixed-price periods are relative to it. */
  today: string;
};

/**
 * A made-up catalogue of `count` products, the same for the same options, one record at a
 * time (a million records never sit in memory together). The store's real classics come
 * first, so even a small demo catalogue has Hamsun or Conscience; after them, generated
 * works, each in one to four editions (hardback, paperback, e-book, audiobook) that share
 * title, people and blurb, as the same work does in a real catalogue.
 */
export function* generateProducts(options: GenerateProductsOptions): Generator<ProductRecord, void, undefined> {
  const { count, seed, store } = options;
  if (!Number.isInteger(count) || count < 0 || count > maxUniqueIsbns) {
    throw new RangeError(`count must be an integer in 0..${maxUniqueIsbns}`);
  }
  const context: Context = {
    r: createRandom(seed),
    seed,
    profile: storeProfiles[store],
    today: dayNumber(options.today),
    isbnOffsets: isbnOffsetsFor(seed),
    sequence: 0,
    count,
  };
  const classics = classicWorks[store];
  for (const classic of classics) {
    if (context.sequence >= count) return;
    yield* editions(context, classicPlan(context, classic));
  }
  while (context.sequence < count) {
    // Now and then a classic again, in a new edition from another publisher.
    const plan = context.r.chance(0.003) ? classicPlan(context, context.r.pick(classics)) : generatedPlan(context);
    yield* editions(context, plan);
  }
}

type Context = {
  r: Random;
  seed: number;
  profile: StoreProfile;
  today: number;
  isbnOffsets: Record<IsbnGroup, number>;
  sequence: number;
  count: number;
};

/** What the editions of one work share. */
type WorkPlan = {
  title: string;
  subtitle: string | null;
  pack: LanguagePack;
  contributors: Contributor[];
  publisher: string;
  series: { name: string; number: string | null } | null;
  audience: Audience;
  genre: Genre;
  themaCodes: string[];
  keywords: string[];
  description: string | null;
  primaryForm: ProductForm;
  /** First release of the first edition, as a day number. */
  firstDay: number;
};

const audiences: Record<TitleKind, Audience> = {
  'adult-fiction': 'adult', 'adult-nonfiction': 'adult', 'youth-fiction': 'youth', 'youth-nonfiction': 'youth',
};
const genres: Record<TitleKind, Genre> = {
  'adult-fiction': 'fiction', 'adult-nonfiction': 'nonfiction', 'youth-fiction': 'fiction', 'youth-nonfiction': 'nonfiction',
};
const primaryForms: readonly ProductForm[] = ['book', 'ebook', 'audiobook', 'video', 'game', 'other'];
const primaryFormWeights = [86, 2.5, 2.5, 4, 2.5, 2.5];
const kinds: readonly TitleKind[] = ['adult-fiction', 'adult-nonfiction', 'youth-fiction', 'youth-nonfiction'];
const kindWeights = [40, 25, 25, 10];

function generatedPlan(c: Context): WorkPlan {
  const { r, profile } = c;
  const pack = profile.languages[r.weighted(profile.languageWeights)] as LanguagePack;
  const kind = kinds[r.weighted(kindWeights)] as TitleKind;
  const audience = audiences[kind];
  const genre = genres[kind];
  const primaryForm = primaryForms[r.weighted(primaryFormWeights)] as ProductForm;
  const local = pack.code === 'nob' || pack.code === 'nno' || pack.code === 'dut';
  const translated = local && genre === 'fiction' && r.chance(0.2);

  let series: WorkPlan['series'] = null;
  let author: Contributor;
  let publisher: string;
  const authorPack = translated ? r.pick(profile.foreignAuthors) : pack;
  if (primaryForm !== 'other' && primaryForm !== 'game' && r.chance(0.2)) {
    // A series has its own stream of random numbers, so its name, author and publisher
    // are the same in every volume without being remembered. There are more series the
    // further the catalogue has come (a handful of titles each), and it depends on nothing
    // else, so a shorter catalogue is the start of a longer one.
    const index = r.zipfIndex(Math.max(8, Math.round(c.sequence / 30)));
    const sr = createRandom(mixSeed(mixSeed(c.seed, index), profile.languages.indexOf(pack) * 4 + kinds.indexOf(kind)));
    series = { name: pack.seriesName(audience, sr), number: String(1 + r.zipfIndex(14)) };
    author = person(authorPack, 'author', sr);
    publisher = sr.zipf(pack.publishers);
  } else {
    author = person(authorPack, 'author', r);
    publisher = r.zipf(pack.publishers);
  }

  const themaCodes = [r.zipf(themaByKind[kind])];
  if (r.chance(0.25)) {
    const second = r.zipf(themaByKind[kind]);
    if (second !== themaCodes[0]) themaCodes.push(second);
  }
  // Picture books (YBC) are fiction on a library's shelf, but the code alone does not say
  // so: a YF… code does, for whoever reads only the codes (an ONIX file has no genre).
  if (genre === 'fiction' && audience === 'youth' && !themaCodes.some((code) => code.startsWith('YF'))) themaCodes.push('YFB');
  const fromStoreCountry = pack.code === 'dut' ? profile.currency === 'EUR' : pack.code === 'nob' || pack.code === 'nno';
  if (fromStoreCountry && r.chance(0.2)) themaCodes.push(profile.placeQualifier);

  const contributors: Contributor[] = [];
  let title: string;
  if (primaryForm === 'game') {
    title = pack.gameTitle(r);
    if (r.chance(0.5)) contributors.push(person(pack, 'other', r));
  } else if (primaryForm === 'other') {
    title = pack.merchandiseTitle(r);
    if (r.chance(0.4)) contributors.push(person(pack, 'illustrator', r));
  } else if (primaryForm === 'video') {
    title = pack.title(kind, r);
    // A film's director: ONIX has a code for it (D02), the record's roles do not.
    if (r.chance(0.8)) contributors.push(person(pack, 'other', r));
  } else {
    title = pack.title(kind, r);
    if (genre === 'nonfiction' && r.chance(0.08)) {
      // Edited volumes: by a person, or by an organisation in its own name (sort name = name).
      if (audience === 'adult' && r.chance(0.3)) {
        const organisation = pack.organisation(r);
        contributors.push({ name: organisation, sortName: organisation, role: 'editor' });
      } else {
        contributors.push({ ...author, role: 'editor' });
      }
    } else {
      contributors.push(author);
      if (r.chance(0.12)) contributors.push(person(authorPack, 'author', r));
    }
    if (audience === 'youth' && (themaCodes[0] === 'YBC' || r.chance(genre === 'fiction' ? 0.6 : 0.3))) {
      contributors.push(person(pack, 'illustrator', r));
    }
    if (translated) contributors.push(person(pack, 'translator', r));
  }

  const keywords: string[] = [];
  const keywordCount = r.between(2, 5);
  const special = pack.keywords[kind];
  for (let i = 0; i < keywordCount; i++) {
    const word = i < 2 && r.chance(0.7) ? r.zipf(special) : r.zipf(pack.keywords.common);
    if (!keywords.includes(word)) keywords.push(word);
  }

  const firstAuthor = contributors[0]?.name ?? null;
  // Films, games and merchandise get no subtitle or blurb: the word lists are about books.
  const aboutBooks = primaryForm === 'book' || primaryForm === 'ebook' || primaryForm === 'audiobook';
  return {
    title,
    subtitle: aboutBooks && r.chance(0.2) ? pack.subtitle(kind, r) : null,
    pack,
    contributors,
    publisher,
    series,
    audience,
    genre,
    themaCodes,
    keywords,
    description: aboutBooks && r.chance(0.97) ? pack.description(kind, title, firstAuthor, r) : null,
    primaryForm,
    firstDay: firstReleaseDay(c),
  };
}

const packsByCode = new Map<string, LanguagePack>();
for (const profile of Object.values(storeProfiles)) for (const pack of profile.languages) packsByCode.set(pack.code, pack);

function classicPlan(c: Context, work: ClassicWork): WorkPlan {
  const pack = packsByCode.get(work.language) as LanguagePack;
  const contributors: Contributor[] = work.authors.map((name) => ({ name, sortName: invertName(name), role: 'author' }));
  if (work.illustrator) contributors.push({ name: work.illustrator, sortName: invertName(work.illustrator), role: 'illustrator' });
  if (work.translator) contributors.push({ name: work.translator, sortName: invertName(work.translator), role: 'translator' });
  return {
    title: work.title,
    subtitle: null,
    pack,
    contributors,
    publisher: c.r.zipf(pack.publishers),
    series: work.series ? { ...work.series } : null,
    audience: work.audience,
    genre: work.genre,
    themaCodes: [...work.thema],
    keywords: [...work.keywords],
    description: work.description,
    primaryForm: 'book',
    firstDay: firstReleaseDay(c),
  };
}

/**
 * Over the last 30 years, weighted to recent ones (as a supplier's active catalogue is),
 * with about a third in the last 12 months and some not yet out.
 */
function firstReleaseDay(c: Context): number {
  const { r, today } = c;
  const u = r.next();
  if (u < 0.06) return today + r.between(1, 150);
  if (u < 0.38) return today - r.below(365);
  const v = r.next();
  return today - 365 - Math.floor(29 * 365 * v * v);
}

type Edition = { form: ProductForm; formCode: string; day: number };

function* editions(c: Context, plan: WorkPlan): Generator<ProductRecord, void, undefined> {
  const { r } = c;
  const list: Edition[] = [];
  const day = plan.firstDay;
  switch (plan.primaryForm) {
    case 'book': {
      const hardbackShare = plan.themaCodes[0] === 'YBC' ? 1 : plan.genre === 'nonfiction' ? 0.5 : 0.35;
      const hardback = r.chance(hardbackShare);
      list.push({ form: 'book', formCode: hardback ? 'BB' : 'BC', day });
      if (hardback && r.chance(0.12)) list.push({ form: 'book', formCode: 'BC', day: day + r.between(200, 400) });
      if (r.chance(plan.audience === 'adult' ? 0.4 : 0.2)) list.push({ form: 'ebook', formCode: r.chance(0.85) ? 'ED' : 'EA', day });
      if (r.chance(plan.audience === 'adult' && plan.genre === 'fiction' ? 0.25 : 0.1)) {
        list.push({ form: 'audiobook', formCode: r.chance(0.85) ? 'AJ' : 'AC', day: day + r.below(45) });
      }
      break;
    }
    case 'ebook': list.push({ form: 'ebook', formCode: r.chance(0.85) ? 'ED' : 'EA', day }); break;
    case 'audiobook': list.push({ form: 'audiobook', formCode: r.chance(0.85) ? 'AJ' : 'AC', day }); break;
    case 'video': list.push({ form: 'video', formCode: r.chance(0.75) ? 'VI' : 'VO', day }); break;
    case 'game': list.push({ form: 'game', formCode: r.chance(0.85) ? 'ZE' : 'DE', day }); break;
    case 'other': list.push({ form: 'other', formCode: r.chance(0.5) ? 'PC' : 'ZZ', day }); break;
  }
  for (const edition of list) {
    if (c.sequence >= c.count) return;
    yield record(c, plan, edition);
  }
}

const digitalCodes = new Set(['ED', 'EA', 'AJ']);

function record(c: Context, plan: WorkPlan, edition: Edition): ProductRecord {
  const { r, today, profile } = c;
  const group = plan.pack.isbnGroups.length === 1 ? plan.pack.isbnGroups[0] as IsbnGroup : r.pick(plan.pack.isbnGroups);
  const isbn = isbnForSequence(group, c.sequence, c.isbnOffsets[group]);
  c.sequence++;
  const releaseDate = isoDate(edition.day);
  const forthcoming = edition.day > today;

  let availability: Availability;
  if (forthcoming) {
    availability = { status: 'forthcoming', stockQuantity: null, availableFrom: releaseDate };
  } else if (today - edition.day > 5 * 365 && r.chance(0.3)) {
    availability = { status: 'out_of_print', stockQuantity: null, availableFrom: null };
  } else if (digitalCodes.has(edition.formCode) || !r.chance(0.65)) {
    // Digital editions are never on a shelf: always to order.
    availability = { status: 'orderable', stockQuantity: null, availableFrom: null };
  } else {
    const v = r.next();
    availability = { status: 'in_stock', stockQuantity: 1 + Math.floor(300 * v * v * v), availableFrom: null };
  }

  const contributors = plan.contributors.slice();
  if (edition.form === 'audiobook') contributors.push(person(plan.pack, 'narrator', r));

  return {
    isbn,
    title: plan.title,
    subtitle: plan.subtitle,
    contributors,
    publisher: plan.publisher,
    releaseDate,
    form: edition.form,
    formCode: edition.formCode,
    language: plan.pack.code,
    // Copies: a consumer that changes one edition must not change its siblings.
    series: plan.series && { name: plan.series.name, number: plan.series.number },
    audience: plan.audience,
    genre: plan.genre,
    themaCodes: plan.themaCodes.slice(),
    keywords: plan.keywords.slice(),
    description: plan.description,
    coverUrl: null,
    price: forthcoming && r.chance(0.04) ? null : price(r, profile, edition, releaseDate, today),
    availability,
  };
}

function price(r: Random, profile: StoreProfile, edition: Edition, releaseDate: string, today: number): ListPrice {
  const [low, high] = profile.priceRange(edition.form, edition.formCode);
  let amountMinor: number;
  if (profile.currency === 'NOK') {
    // Whole kroner ending in 9: 149, 159 … 599.
    amountMinor = (low + 10 * r.below(Math.floor((high - low) / 10) + 1)) * 100;
  } else {
    amountMinor = r.between(low, high) * 100 + 99;
  }
  const bookLike = edition.form === 'book' || edition.form === 'ebook' || edition.form === 'audiobook';
  let fixed = false;
  let fixedPriceUntil: string | null = null;
  if (bookLike) {
    const lastFixedDay = dayNumber(addMonths(releaseDate, profile.fixedPriceMonths)) - 1;
    if (today <= lastFixedDay) {
      // Inside the period the publisher's price is the fixed one; most say until when.
      fixed = true;
      if (r.chance(0.75)) fixedPriceUntil = isoDate(lastFixedDay);
    } else {
      // After it, some publishers keep sending price type 04, others a recommended price.
      fixed = r.chance(0.4);
    }
  }
  return {
    amountMinor,
    currency: profile.currency,
    includesVat: true,
    fixed,
    taxRateCode: r.chance(0.03) ? null : bookLike ? profile.bookTaxRateCode : 'S',
    fixedPriceUntil,
  };
}

function person(pack: LanguagePack, role: Contributor['role'], r: Random): Contributor {
  const given = r.zipf(pack.givenNames);
  const family = r.zipf(pack.familyNames);
  if (r.chance(0.1)) {
    // A middle initial makes more distinct people out of the same lists.
    const initial = `${String.fromCharCode(65 + r.below(26))}.`;
    return { name: `${given} ${initial} ${family}`, sortName: `${family}, ${given} ${initial}`, role };
  }
  return { name: `${given} ${family}`, sortName: `${family}, ${given}`, role };
}

function isbnOffsetsFor(seed: number): Record<IsbnGroup, number> {
  const offsets = {} as Record<IsbnGroup, number>;
  let i = 0;
  for (const group of Object.keys(isbnGroups) as IsbnGroup[]) {
    offsets[group] = mixSeed(seed, ++i) % (isbnGroups[group] === 7 ? 10_000_000 : 100_000_000);
  }
  return offsets;
}
