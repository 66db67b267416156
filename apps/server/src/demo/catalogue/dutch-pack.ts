import { capitalise, twoDifferent, type LanguagePack, type TitleKind } from './language-pack.ts';
import type { Random } from './random.ts';

/** Dutch as written in Flanders. Nouns are [noun, article]; plural nouns take "de". */
type Noun = readonly [string, 'de' | 'het', plural?: true];

const nouns: readonly Noun[] = [
  ['huis', 'het'], ['nacht', 'de'], ['zee', 'de'], ['winter', 'de'], ['meisje', 'het'], ['stilte', 'de'], ['licht', 'het'],
  ['zomer', 'de'], ['jongen', 'de'], ['droom', 'de'], ['eiland', 'het'], ['hart', 'het'], ['geheim', 'het'], ['stad', 'de'],
  ['boeken', 'de', true], ['reis', 'de'], ['vuurtoren', 'de'], ['rivier', 'de'], ['brief', 'de'], ['verhalen', 'de', true],
  ['dorp', 'het'], ['bos', 'het'], ['zussen', 'de', true], ['boerderij', 'de'], ['storm', 'de'], ['broers', 'de', true],
  ['boot', 'de'], ['schaduw', 'de'], ['raam', 'het'], ['vos', 'de'], ['sleutel', 'de'], ['brug', 'de'], ['lied', 'het'],
  ['spiegel', 'de'], ['kaart', 'de'], ['weg', 'de'], ['leugen', 'de'], ['waarheid', 'de'], ['erfenis', 'de'], ['mist', 'de'],
  ['grens', 'de'], ['sneeuw', 'de'], ['belfort', 'het'], ['ster', 'de'], ['kust', 'de'], ['tuin', 'de'], ['nachten', 'de', true],
  ['maan', 'de'], ['klok', 'de'], ['vogel', 'de'], ['paard', 'het'], ['begijnhof', 'het'], ['kinderen', 'de', true],
  ['polder', 'de'], ['jaren', 'de', true], ['tovenaar', 'de'], ['duisternis', 'de'], ['verhaal', 'het'], ['boek', 'het'],
];
const singular = nouns.filter((n) => !n[2]);
const adjectives = [
  'laatste', 'lange', 'donkere', 'stille', 'oude', 'koude', 'geheime', 'rode', 'vergeten', 'eerste', 'witte',
  'verloren', 'blauwe', 'wilde', 'zwijgende', 'eenzame', 'vreemde', 'warme', 'nieuwe', 'verboden', 'gebroken',
];
const prepositions = ['aan', 'in', 'bij', 'over', 'onder', 'achter', 'zonder', 'na'];
const pastClauses = ['verdween', 'terugkwam', 'bleef', 'te veel wist', 'nooit sliep', 'loog', 'zong', 'wachtte'];
const presentVerbs = ['valt', 'komt', 'ontwaakt', 'brandt', 'verdwijnt', 'zingt', 'wacht'];
const places = [
  'Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Mechelen', 'Oostende', 'Hasselt', 'Kortrijk', 'Lier', 'Ieper', 'Aalst',
  'Turnhout', 'de Kempen', 'de Westhoek', 'het Pajottenland', 'de Vlaamse Ardennen', 'het Meetjesland', 'Diest',
];
const givenNames = [
  'Jan', 'Marc', 'Luc', 'Peter', 'Ann', 'Els', 'Koen', 'Wouter', 'Sofie', 'Griet', 'Bram', 'Lotte', 'Tine', 'Jef',
  'Marieke', 'Joke', 'Stijn', 'Ruben', 'Ilse', 'Hilde', 'Katrien', 'Dirk', 'Annelies', 'Geert', 'Kristof', 'Eva', 'Lieve',
  'Hanne', 'Pieter', 'Nele', 'Bart', 'Tom', 'Veerle', 'Sarah', 'Jonas', 'Lies', 'Frank', 'Rik', 'Inge', 'Mieke', 'Wim',
  'Karel', 'Jozef', 'Hannelore', 'Jeroen', 'Leen', 'Toon', 'Bieke', 'Lien', 'Mathias', 'Roos', 'Fien', 'Warre', 'Emiel',
  'Ward', 'Seppe', 'Jolien', 'Evelien', 'Gert', 'Dries',
];
const familyNames = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois',
  'Van den Broeck', 'Vermeulen', 'De Wilde', 'Verhoeven', 'Van Damme', 'Desmet', 'Dewulf', 'Vandenberghe', 'Declercq',
  'Hermans', 'Michiels', 'Aerts', 'Cools', 'Pauwels', 'Segers', 'Smets', 'Stevens', 'Van de Velde', 'Verstraete',
  'De Backer', 'Geerts', 'Coppens', 'Vermeersch', 'Bogaert', 'Martens', 'Verbeke', 'Van Acker', 'De Vos', 'Claeys',
  'Lemmens', 'Timmermans', 'Vervoort', 'Nys', 'Baert', 'Van Hoof', 'De Coninck', 'Huysmans', 'Verlinden', 'Maenhout',
  'Vanhoutte', 'Moens', 'Daems', 'Van Looy', 'Schepers', 'Boeckx',
];
const publishers = [
  'Uitgeverij De Schelde', 'Uitgeverij Beiaard', 'De Klaproos', 'Uitgeverij Kempenland', 'Uitgeverij Het Belfort',
  'Uitgeverij Duinroos', 'Polderpers', 'Uitgeverij Leie & Schelde', 'De Zilveren Reiger', 'Uitgeverij Vlasbloem',
  'Uitgeverij Torenhof', 'Het Zoute Woord',
];
const topics = [
  'zuurdesem', 'breien', 'vogels', 'paddenstoelen', 'wandelen', 'de tuin', 'bier', 'chocolade', 'de Eerste Wereldoorlog',
  'de middeleeuwen', 'fietsen', 'het brein', 'het klimaat', 'slaap', 'de zee', 'de Vlaamse primitieven', 'kruiden',
];
const youthTopics = ['dinosaurussen', 'de ruimte', 'ons lichaam', 'dieren in het bos', 'ridders', 'de zee', 'vulkanen', 'paarden', 'voetbal', 'robots'];
const themes = ['liefde', 'gemis', 'vriendschap', 'schuld', 'familie', 'geheimen', 'rouw', 'hoop', 'vrijheid', 'wraak', 'verraad', 'trouw'];
/** After "een" a de-word takes the -e (een sterke roman), a het-word does not (een sterk boek). */
const describing = ['sterke', 'prachtige', 'spannende', 'ontroerende', 'grappige', 'duistere', 'warme', 'ingetogen', 'intense', 'originele'];
const describingNeuter = ['sterk', 'prachtig', 'spannend', 'ontroerend', 'grappig', 'duister', 'warm', 'ingetogen', 'intens', 'origineel'];

function name(r: Random): string {
  return r.zipf(givenNames);
}

function withArticle(n: Noun): string {
  return `${n[1]} ${n[0]}`;
}

function fictionTitle(r: Random): string {
  const n = r.zipf(nouns);
  switch (r.below(8)) {
    case 0: return capitalise(withArticle(n));
    case 1: case 2: return `${capitalise(n[1])} ${r.zipf(adjectives)} ${n[0]}`;
    case 3: return `${capitalise(withArticle(n))} ${r.pick(prepositions)} ${withArticle(r.zipf(nouns))}`;
    case 4: { const s = r.zipf(singular); return `${capitalise(withArticle(s))} ${s[1] === 'het' ? 'dat' : 'die'} ${r.zipf(pastClauses)}`; }
    case 5: { const s = r.zipf(singular); return `Als ${withArticle(s)} ${r.pick(presentVerbs)}`; }
    case 6: return `${capitalise(withArticle(n))} van ${r.zipf(places)}`;
    default: return `${name(r)} en ${withArticle(n)}`;
  }
}

function title(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction': return r.chance(0.04) ? `Verhalen uit ${r.zipf(places)}` : fictionTitle(r);
    case 'youth-fiction': {
      const s = r.zipf(singular);
      switch (r.below(4)) {
        case 0: return `${name(r)} en ${s[1]} ${r.zipf(adjectives)} ${s[0]}`;
        case 1: return `Het geheim van ${withArticle(s)}`;
        case 2: return `${name(r)} redt ${withArticle(s)}`;
        default: return fictionTitle(r);
      }
    }
    case 'adult-nonfiction': {
      const topic = r.zipf(topics);
      switch (r.below(6)) {
        case 0: return `Het grote boek over ${topic}`;
        case 1: return `De geschiedenis van ${r.zipf(places)}`;
        case 2: return `${name(r)} ${r.zipf(familyNames)}: een leven`;
        case 3: return `Wandelen in ${r.zipf(places)}`;
        case 4: return `Alles over ${topic}`;
        default: return `Boeken over ${topic}`;
      }
    }
    case 'youth-nonfiction': {
      const topic = r.zipf(youthTopics);
      switch (r.below(3)) {
        case 0: return `Mijn eerste boek over ${topic}`;
        case 1: return `Alles wat je wilt weten over ${topic}`;
        default: return capitalise(topic);
      }
    }
  }
}

function subtitle(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction': return r.zipf(['roman', 'thriller', 'verhalen', 'gedichten', 'een familiekroniek', 'novelle']);
    case 'youth-fiction': return r.zipf(['een spannend verhaal', 'prentenboek', 'sprookjes']);
    case 'adult-nonfiction': return r.zipf(['een reis langs de kust', 'verhalen uit een lang leven', 'recepten voor het hele jaar', 'een praktische gids', 'essays']);
    case 'youth-nonfiction': return r.zipf(['weetjes en doe-opdrachten', 'een informatief boek']);
  }
}

function description(kind: TitleKind, title: string, author: string | null, r: Random): string {
  const place = r.zipf(places);
  const hero = name(r);
  switch (kind) {
    case 'adult-fiction': {
      const first = `${title} is een ${r.zipf(describing)} roman over ${twoDifferent(r, themes).join(' en ')}.`;
      const second = r.pick([
        `Wanneer ${hero} na jaren terugkeert naar ${place}, komen oude geheimen boven.`,
        `In ${place} verdwijnt een jonge vrouw, en ${hero} moet uitzoeken wat er gebeurd is.`,
        `Het is winter in ${place}, en niets is nog zoals vroeger.`,
        `${hero} heeft nooit iemand verteld over ${withArticle(r.zipf(singular))}.`,
      ]);
      const third = author && r.chance(0.5) ? ` ${author} schrijft met humor en warmte.` : r.chance(0.5) ? ' Een verhaal dat je niet snel vergeet.' : '';
      return `${first} ${second}${third}`;
    }
    case 'youth-fiction':
      return `Een ${r.zipf(describingNeuter)} verhaal voor kinderen vanaf ${r.between(3, 12)} jaar. ${hero} en de anderen ontdekken ${withArticle(r.zipf(singular))} in ${place}.`;
    case 'adult-nonfiction':
      return `${title} is een ${r.zipf(describingNeuter)} en grondig boek voor iedereen die meer wil weten. De auteur neemt de lezer mee van ${place} naar ${r.zipf(places)}.${r.chance(0.5) ? ' Het boek is rijk geïllustreerd met foto\u2019s en kaarten.' : ''}`;
    case 'youth-nonfiction':
      return `Een informatief boek voor kinderen over ${r.zipf(youthTopics)}. Met veel prenten en leuke weetjes.`;
  }
}

export const dutchPack: LanguagePack = {
  code: 'dut',
  isbnGroups: ['97890', '97894'],
  givenNames,
  familyNames,
  publishers,
  title,
  subtitle,
  description,
  seriesName: (audience, r) =>
    audience === 'youth'
      ? r.chance(0.5) ? `De avonturen van ${name(r)}` : `Detectivebureau ${r.zipf(familyNames)}`
      : r.pick([`De ${r.zipf(places)}-reeks`, `${capitalise(withArticle(r.zipf(singular)))}-trilogie`, `Inspecteur ${r.zipf(familyNames)}`]),
  gameTitle: (r) => r.pick([`Kwis over ${r.zipf(topics)}`, `${capitalise(withArticle(r.zipf(singular)))}: bordspel`, `Memo: ${r.zipf(youthTopics)}`]),
  organisation: (r) => r.pick([`Heemkundige Kring ${r.zipf(places)}`, `Stadsarchief ${r.zipf(places)}`, `Vereniging voor ${r.zipf(topics)}`]),
  merchandiseTitle: (r) => r.pick([`Kalender met ${r.zipf(topics)}`, 'Boekentas', `Boekenleggers: ${r.zipf(singular)[0]}`, 'Leesdagboek']),
  keywords: {
    common: [
      'boek', 'boeken', 'roman', 'romans', 'familie', 'vriendschap', 'liefde', 'natuur', 'geschiedenis', 'verhaal', 'verhalen',
      'Vlaanderen', 'kinderen', 'zee', 'reizen', 'reis', 'rouw', 'kust', 'stad', 'opgroeien', 'humor', 'herinneringen',
      'zomer', 'winter', 'oorlog', 'geheimen', 'Belgi\u00eb',
    ],
    'adult-fiction': ['misdaad', 'misdaadromans', 'detective', 'moord', 'spanning', 'thriller', 'thrillers', 'familieroman', 'gedichten', 'poëzie'],
    'adult-nonfiction': ['koken', 'recepten', 'wandelen', 'wandelingen', 'biografie', 'biografieën', 'geschiedenis', 'vogels', 'gezondheid', 'tuinieren'],
    'youth-fiction': ['sprookjes', 'avontuur', 'avonturen', 'dieren', 'school', 'vrienden', 'magie', 'heksen', 'ridders', 'draken'],
    'youth-nonfiction': ['weetjes', 'informatieve boeken', 'dinosaurussen', 'ruimte', 'lichaam', 'dieren', 'natuur', 'proefjes', 'tekenen'],
  },
};
