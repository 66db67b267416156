import { bokmalPack } from './bokmal-pack.ts';
import { capitalise, twoDifferent, type LanguagePack, type TitleKind } from './language-pack.ts';
import type { Random } from './random.ts';

/** Norwegian Nynorsk. Names and places are shared with Bokmål; words and sentences are not. */
type Noun = readonly [string, string, 'den' | 'det' | 'dei'];

const nouns: readonly Noun[] = [
  ['hus', 'huset', 'det'], ['natt', 'natta', 'den'], ['sjø', 'sjøen', 'den'], ['vinter', 'vinteren', 'den'],
  ['fjell', 'fjellet', 'det'], ['jente', 'jenta', 'den'], ['hav', 'havet', 'det'], ['skog', 'skogen', 'den'],
  ['lys', 'lyset', 'det'], ['sommar', 'sommaren', 'den'], ['gut', 'guten', 'den'], ['draum', 'draumen', 'den'],
  ['øy', 'øya', 'den'], ['hjarte', 'hjartet', 'det'], ['løyndom', 'løyndomen', 'den'], ['by', 'byen', 'den'],
  ['bøker', 'bøkene', 'dei'], ['reise', 'reisa', 'den'], ['fyr', 'fyret', 'det'], ['stille', 'stilla', 'den'],
  ['brev', 'brevet', 'det'], ['forteljingar', 'forteljingane', 'dei'], ['dal', 'dalen', 'den'], ['elv', 'elva', 'den'],
  ['ulv', 'ulven', 'den'], ['systrer', 'systrene', 'dei'], ['gard', 'garden', 'den'], ['storm', 'stormen', 'den'],
  ['brør', 'brørne', 'dei'], ['båt', 'båten', 'den'], ['skugge', 'skuggen', 'den'], ['vindauge', 'vindauget', 'det'],
  ['nøkkel', 'nøkkelen', 'den'], ['bru', 'brua', 'den'], ['song', 'songen', 'den'], ['spegel', 'spegelen', 'den'],
  ['hytte', 'hytta', 'den'], ['veg', 'vegen', 'den'], ['lygn', 'lygna', 'den'], ['skodde', 'skodda', 'den'],
  ['snø', 'snøen', 'den'], ['stjerne', 'stjerna', 'den'], ['kyrkje', 'kyrkja', 'den'], ['born', 'borna', 'dei'],
  ['år', 'åra', 'dei'], ['fjordar', 'fjordane', 'dei'], ['forteljing', 'forteljinga', 'den'], ['mørker', 'mørkret', 'det'],
];
const singular = nouns.filter((n) => n[2] !== 'dei');
const adjectives = [
  'siste', 'lange', 'mørke', 'stille', 'gamle', 'kalde', 'løynde', 'raude', 'gløymde', 'første', 'kvite',
  'tapte', 'blå', 'ville', 'tause', 'einsame', 'framande', 'varme', 'opne', 'nye',
];
const prepositions = ['ved', 'i', 'over', 'under', 'bak', 'mot', 'utan', 'etter'];
const pastClauses = ['forsvann', 'kom attende', 'vart att', 'visste for mykje', 'aldri sov', 'laug', 'song', 'venta'];
const presentVerbs = ['kjem', 'fell', 'vaknar', 'brenn', 'forsvinn', 'syng', 'ventar'];
const places = ['Sogn', 'Hardanger', 'Voss', 'Sunnmøre', 'Nordfjord', 'Valdres', 'Setesdal', 'Telemark', 'Jølster', 'Bergen', 'Stord', 'Ørsta'];
const topics = ['surdeig', 'strikking', 'fuglane', 'soppen', 'fjellturar', 'hagen', 'vikingane', 'kaffi', 'fiske', 'friluftsliv', 'havet', 'trebåtar'];
const youthTopics = ['dinosaurar', 'verdsrommet', 'kroppen', 'dyra i skogen', 'vikingane', 'havet', 'vulkanar', 'hestar'];
const themes = ['kjærleik', 'sakn', 'venskap', 'skuld', 'familie', 'løyndomar', 'sorg', 'håp', 'fridom', 'hemn', 'svik'];
const describing = ['sterk', 'vakker', 'spennande', 'gripande', 'morosam', 'mørk', 'varm', 'stillferdig', 'intens'];

function name(r: Random): string {
  return r.zipf(bokmalPack.givenNames);
}

function fictionTitle(r: Random): string {
  const n = r.zipf(nouns);
  switch (r.below(7)) {
    case 0: return capitalise(n[1]);
    case 1: case 2: return `${capitalise(n[2])} ${r.zipf(adjectives)} ${n[1]}`;
    case 3: return `${capitalise(n[1])} ${r.pick(prepositions)} ${r.zipf(nouns)[1]}`;
    case 4: { const s = r.zipf(singular); return `${capitalise(s[1])} som ${r.zipf(pastClauses)}`; }
    case 5: { const s = r.zipf(singular); return `Når ${s[1]} ${r.pick(presentVerbs)}`; }
    default: return `${name(r)} og ${n[1]}`;
  }
}

function title(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction': return r.chance(0.05) ? `Forteljingar frå ${r.zipf(places)}` : fictionTitle(r);
    case 'youth-fiction': {
      const s = r.zipf(singular);
      return r.chance(0.5) ? `${name(r)} og ${s[2]} ${r.zipf(adjectives)} ${s[1]}` : fictionTitle(r);
    }
    case 'adult-nonfiction': {
      const topic = r.zipf(topics);
      return r.pick([`Den store boka om ${topic}`, `Historia om ${r.zipf(places)}`, `Turar i ${r.zipf(places)}`, `Alt om ${topic}`]);
    }
    case 'youth-nonfiction': return `Mi første bok om ${r.zipf(youthTopics)}`;
  }
}

function subtitle(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction': return r.zipf(['roman', 'noveller', 'dikt', 'ei forteljing', 'kriminalroman']);
    case 'youth-fiction': return r.zipf(['ei forteljing', 'biletbok', 'eventyr']);
    case 'adult-nonfiction': return r.zipf(['ei reise langs kysten', 'essay', 'ei praktisk handbok']);
    case 'youth-nonfiction': return 'ei faktabok';
  }
}

function description(kind: TitleKind, title: string, author: string | null, r: Random): string {
  const place = r.zipf(places);
  const hero = name(r);
  switch (kind) {
    case 'adult-fiction': {
      const first = `${title} er ein ${r.zipf(describing)} roman om ${twoDifferent(r, themes).join(' og ')}.`;
      const second = r.chance(0.5)
        ? `Når ${hero} kjem attende til ${place} etter mange år, må gamle løyndomar fram i lyset.`
        : `Det er vinter i ${place}, og ingenting er som før.`;
      const third = author && r.chance(0.4) ? ` ${author} skriv med humor og varme.` : r.chance(0.4) ? ' Ei forteljing du seint vil gløyme.' : '';
      return `${first} ${second}${third}`;
    }
    case 'youth-fiction':
      return `Ei ${r.zipf(describing)} forteljing for born frå ${r.between(3, 12)} år. ${hero} og venene finn ${r.zipf(singular)[1]} i ${place}.`;
    case 'adult-nonfiction':
      return `${title} er ei ${r.zipf(describing)} og grundig bok for alle som vil vite meir. Forfattaren tek lesaren med frå ${place} til ${r.zipf(places)}.`;
    case 'youth-nonfiction':
      return `Ei faktabok for born om ${r.zipf(youthTopics)}. Med mange bilete og morosame fakta.`;
  }
}

export const nynorskPack: LanguagePack = {
  code: 'nno',
  isbnGroups: ['97882'],
  givenNames: bokmalPack.givenNames,
  familyNames: bokmalPack.familyNames,
  publishers: ['Skrivarstova', 'Fjordforlaget', 'Nordlys Forlag', 'Bygdeboka', 'Vestavind Forlag', 'Kvitveis Forlag'],
  title,
  subtitle,
  description,
  seriesName: (audience, r) =>
    audience === 'youth' ? `${name(r)}-bøkene` : `${capitalise(r.zipf(singular)[1])}-serien`,
  gameTitle: (r) => `Spørjespel om ${r.zipf(topics)}`,
  organisation: (r) => `${r.zipf(places)} sogelag`,
  merchandiseTitle: (r) => r.pick(['Bokpose', `Kalender med ${r.zipf(topics)}`, 'Lesedagbok']),
  keywords: {
    common: [
      'bok', 'bøker', 'roman', 'romanar', 'familie', 'venskap', 'kjærleik', 'natur', 'historie', 'historier', 'Noreg',
      'forteljing', 'forteljingar', 'bøkene', 'born', 'borna', 'hav', 'fjell', 'fjella', 'reise', 'sorg', 'bygd', 'oppvekst',
    ],
    'adult-fiction': ['krim', 'noveller', 'dikt', 'lyrikk', 'samtidsroman', 'slektsroman'],
    'adult-nonfiction': ['matlaging', 'oppskrifter', 'friluftsliv', 'turar', 'biografi', 'fuglar'],
    'youth-fiction': ['eventyr', 'dyr', 'dyra', 'skule', 'vener', 'troll', 'trolla'],
    'youth-nonfiction': ['fakta', 'faktabøker', 'dinosaurar', 'rommet', 'kroppen', 'dyr'],
  },
};
