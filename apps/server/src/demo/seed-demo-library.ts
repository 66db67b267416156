import type { LibrarySettings } from '@hylle/contracts';
import type { AppContext } from '../platform/context.ts';
import { addBorrowerGroup, addLibraryStaff, createMaterialGroup, enableLibrary, getLibraryDirectory, importBorrowers, importItems, saveLoanProfile } from '../modules/library/index.ts';
import type { StoreCountry } from '../store-config.ts';
import type { DemoAccount } from './demo-data.ts';

type Words = {
  desk: { email: string; name: string };
  groups: { all: string; libraries: string; persons: string; children: string; adults: string };
  books: string;
  films: string;
  kits: string;
  borrowers: string;
  items: string;
};

/** The seed's example (003) in each store's language, with a few borrowers and items to lend. */
const words: Record<StoreCountry, Words> = {
  NO: {
    desk: { email: 'siv.skranke@demo.hylle.no', name: 'Siv Skranke' },
    groups: { all: 'Alle', libraries: 'Biblioteker', persons: 'Personer', children: 'Barn', adults: 'Voksne' },
    books: 'Bøker',
    films: 'Filmer',
    kits: 'Klassesett',
    borrowers: ['1001;Ola Nordmann;Voksne;nei', '1002;Kari Nordmann;Voksne;nei', '1003;Emil Nordmann;Barn;nei', '1004;Per Sperret;Voksne;ja', '9001;Fjordby bibliotek;Biblioteker;nei'].join('\n'),
    items: ['0301001;Sult;Bøker;VOKSEN;SKJØNN', '0301002;Markens grøde;Bøker;VOKSEN;SKJØNN', '0301003;Pan;Bøker;VOKSEN;SKJØNN', '0301004;Kalle Blomkvist;Bøker;BARN;', '0301005;Brødrene Løvehjerte;Bøker;BARN;', '0302001;Kon-Tiki;Filmer;VOKSEN;', '0303001;Klassesett: Sult (30 eks.);Klassesett;SKOLE;'].join('\n'),
  },
  BE: {
    desk: { email: 'bart.balie@demo.hylle.be', name: 'Bart Balie' },
    groups: { all: 'Iedereen', libraries: 'Bibliotheken', persons: 'Personen', children: 'Kinderen', adults: 'Volwassenen' },
    books: 'Boeken',
    films: 'Films',
    kits: 'Klassets',
    borrowers: ['1001;Jan Peeters;Volwassenen;nee', '1002;Els Peeters;Volwassenen;nee', '1003;Lotte Peeters;Kinderen;nee', '1004;Piet Geblokkeerd;Volwassenen;ja', '9001;Bibliotheek Mechelen;Bibliotheken;nee'].join('\n'),
    items: ['0301001;De Leeuw van Vlaanderen;Boeken;VOLWASSENEN;ROMANS', '0301002;Het verdriet van België;Boeken;VOLWASSENEN;ROMANS', '0301003;De Avonden;Boeken;VOLWASSENEN;ROMANS', '0301004;Jommeke;Boeken;JEUGD;', '0301005;Suske en Wiske;Boeken;JEUGD;', '0302001;Daens;Films;VOLWASSENEN;', '0303001;Klasset: De Avonden (30 ex.);Klassets;SCHOOL;'].join('\n'),
  },
};

/** The desk clerk of the demo library, for the start banner. */
export const demoLibraryDesk = (country: StoreCountry) => words[country].desk;

const must = <T>(result: { ok: true; value: T } | { ok: false; code: string }, what: string): T => {
  if (!result.ok) throw new Error(`demo library ${what}: ${result.code}`);
  return result.value;
};

/**
 * The main library of each demo store runs the library module (issue 5): its admin is the
 * account's admin, a desk clerk lends, and the rules are the seed's example — "Adults"
 * first, "Libraries" second, "All" last for books — with films and bookable class sets.
 */
export async function seedDemoLibrary(ctx: AppContext, staff: { userId: string; email: string }, accountId: string, demo: DemoAccount): Promise<void> {
  if (demo.key !== 'main') return;
  const w = words[ctx.config.store.country];
  const admin = demo.members.find((m) => m.role === 'admin')!;
  must(await enableLibrary(ctx, staff, accountId, { email: admin.email, name: admin.name }), 'enable');
  must(await addLibraryStaff(ctx, accountId, { ...w.desk, role: 'desk' }), 'desk clerk');
  let settings: LibrarySettings = must(await addBorrowerGroup(ctx, accountId, { name: w.groups.libraries, parentId: await rootOf(ctx, accountId) }), 'group');
  const group = (name: string) => settings.borrowerGroups.find((g) => g.name === name)!.id;
  settings = must(await addBorrowerGroup(ctx, accountId, { name: w.groups.persons, parentId: group(w.groups.all) }), 'group');
  settings = must(await addBorrowerGroup(ctx, accountId, { name: w.groups.children, parentId: group(w.groups.persons) }), 'group');
  settings = must(await addBorrowerGroup(ctx, accountId, { name: w.groups.adults, parentId: group(w.groups.persons) }), 'group');
  const materialGroup = async (body: Parameters<typeof createMaterialGroup>[2]) => {
    settings = must(await createMaterialGroup(ctx, accountId, body), 'material group');
    return settings.materialGroups.find((g) => g.name === body.name)!.id;
  };
  const books = await materialGroup({ name: w.books, description: '', bookable: false, preparationDays: 0, maxBookingDays: null, maxLoans: 10 });
  const films = await materialGroup({ name: w.films, description: '', bookable: false, preparationDays: 0, maxBookingDays: null, maxLoans: 3 });
  const kits = await materialGroup({ name: w.kits, description: '', bookable: true, preparationDays: 2, maxBookingDays: 28, maxLoans: null });
  const rules = { allowsLoan: true, yearlyReturnDate: null };
  const profiles: [string, Parameters<typeof saveLoanProfile>[4]][] = [
    [books, { ...rules, name: w.groups.adults, loanDays: 28, renewals: 2, renewalDays: 14, allowsIll: false, allowsReservation: true, borrowerGroupIds: [group(w.groups.adults)] }],
    [books, { ...rules, name: w.groups.libraries, loanDays: 60, renewals: 1, renewalDays: 30, allowsIll: true, allowsReservation: false, borrowerGroupIds: [group(w.groups.libraries)] }],
    [books, { ...rules, name: w.groups.all, loanDays: 21, renewals: 1, renewalDays: 14, allowsIll: true, allowsReservation: true, borrowerGroupIds: [group(w.groups.all)] }],
    [films, { ...rules, name: w.groups.all, loanDays: 7, renewals: 1, renewalDays: 7, allowsIll: false, allowsReservation: true, borrowerGroupIds: [group(w.groups.all)] }],
    [kits, { ...rules, name: w.groups.persons, loanDays: 28, renewals: 0, renewalDays: 0, allowsIll: false, allowsReservation: false, borrowerGroupIds: [group(w.groups.persons), group(w.groups.libraries)] }],
  ];
  for (const [materialGroupId, body] of profiles) must(await saveLoanProfile(ctx, accountId, materialGroupId, null, body), 'loan profile');
  must(await importBorrowers(ctx, accountId, w.borrowers), 'borrowers');
  const items = must(await importItems(ctx, accountId, w.items), 'items');
  if (items.problems.length > 0) throw new Error(`demo library items: ${JSON.stringify(items.problems)}`);
}

async function rootOf(ctx: AppContext, accountId: string): Promise<string> {
  const directory = must(await getLibraryDirectory(ctx, accountId), 'directory');
  return directory.borrowerGroups.find((g) => g.parentId === null)!.id;
}
