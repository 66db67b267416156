import { capitalise, twoDifferent, type LanguagePack, type TitleKind } from './language-pack.ts';
import type { Random } from './random.ts';

/** Norwegian Bokmål. Nouns are [indefinite, definite, article before an adjective]. */
type Noun = readonly [string, string, 'den' | 'det' | 'de'];

const nouns: readonly Noun[] = [
  ['hus', 'huset', 'det'], ['natt', 'natten', 'den'], ['sjø', 'sjøen', 'den'], ['vinter', 'vinteren', 'den'],
  ['fjell', 'fjellet', 'det'], ['jente', 'jenta', 'den'], ['hav', 'havet', 'det'], ['skog', 'skogen', 'den'],
  ['lys', 'lyset', 'det'], ['sommer', 'sommeren', 'den'], ['gutt', 'gutten', 'den'], ['drøm', 'drømmen', 'den'],
  ['øy', 'øya', 'den'], ['hjerte', 'hjertet', 'det'], ['hemmelighet', 'hemmeligheten', 'den'], ['by', 'byen', 'den'],
  ['bøker', 'bøkene', 'de'], ['reise', 'reisen', 'den'], ['fyr', 'fyret', 'det'], ['stillhet', 'stillheten', 'den'],
  ['brev', 'brevet', 'det'], ['fortellinger', 'fortellingene', 'de'], ['dal', 'dalen', 'den'], ['elv', 'elva', 'den'],
  ['ulv', 'ulven', 'den'], ['søstre', 'søstrene', 'de'], ['gård', 'gården', 'den'], ['storm', 'stormen', 'den'],
  ['brødre', 'brødrene', 'de'], ['båt', 'båten', 'den'], ['skygge', 'skyggen', 'den'], ['vindu', 'vinduet', 'det'],
  ['rev', 'reven', 'den'], ['nøkkel', 'nøkkelen', 'den'], ['bro', 'broen', 'den'], ['sang', 'sangen', 'den'],
  ['speil', 'speilet', 'det'], ['hytte', 'hytta', 'den'], ['kart', 'kartet', 'det'], ['vei', 'veien', 'den'],
  ['løgn', 'løgnen', 'den'], ['sannhet', 'sannheten', 'den'], ['arv', 'arven', 'den'], ['tåke', 'tåken', 'den'],
  ['grense', 'grensen', 'den'], ['snø', 'snøen', 'den'], ['bjørn', 'bjørnen', 'den'], ['stjerne', 'stjernen', 'den'],
  ['kyst', 'kysten', 'den'], ['hage', 'hagen', 'den'], ['netter', 'nettene', 'de'], ['måne', 'månen', 'den'],
  ['klokke', 'klokken', 'den'], ['fugl', 'fuglen', 'den'], ['hest', 'hesten', 'den'], ['kirke', 'kirken', 'den'],
  ['barn', 'barna', 'de'], ['is', 'isen', 'den'], ['konge', 'kongen', 'den'], ['fortelling', 'fortellingen', 'den'],
  ['år', 'årene', 'de'], ['fjorder', 'fjordene', 'de'], ['trollmann', 'trollmannen', 'den'], ['mørke', 'mørket', 'det'],
];
const singular = nouns.filter((n) => n[2] !== 'de');
const adjectives = [
  'siste', 'lange', 'mørke', 'stille', 'gamle', 'kalde', 'hemmelige', 'røde', 'glemte', 'første', 'hvite',
  'tapte', 'blå', 'ville', 'tause', 'ensomme', 'fremmede', 'varme', 'åpne', 'nye', 'brente', 'forbudte',
];
const prepositions = ['ved', 'i', 'over', 'under', 'bak', 'mot', 'uten', 'etter'];
const pastClauses = ['forsvant', 'kom tilbake', 'ble igjen', 'visste for mye', 'aldri sov', 'løy', 'sang', 'ventet', 'druknet', 'lyste'];
const presentVerbs = ['kommer', 'faller', 'våkner', 'brenner', 'forsvinner', 'synger', 'venter', 'stilner'];
const places = [
  'Lofoten', 'Bergen', 'Tromsø', 'Finnmark', 'Hardanger', 'Oslo', 'Trondheim', 'Vesterålen', 'Røros', 'Stavanger',
  'Jotunheimen', 'Sunnmøre', 'Helgeland', 'Telemark', 'Valdres', 'Senja', 'Lindesnes', 'Svalbard', 'Bodø', 'Setesdal',
];
const givenNames = [
  'Anne', 'Kari', 'Ingrid', 'Ole', 'Lars', 'Per', 'Jon', 'Marit', 'Hilde', 'Nils', 'Kristin', 'Erik', 'Tone', 'Bjørn',
  'Astrid', 'Silje', 'Hans', 'Liv', 'Knut', 'Sigrid', 'Tor', 'Ragnhild', 'Eirik', 'Håkon', 'Mari', 'Solveig', 'Gunnar',
  'Ida', 'Jonas', 'Nora', 'Emma', 'Magnus', 'Sindre', 'Ane', 'Torunn', 'Vigdis', 'Arild', 'Åse', 'Øystein', 'Trond',
  'Heidi', 'Linn', 'Hege', 'Geir', 'Frode', 'Kjersti', 'Ragnar', 'Synnøve', 'Tiril', 'Ingvild', 'Audun', 'Halvor',
  'Gro', 'Berit', 'Espen', 'Unni', 'Torbjørn', 'Siri', 'Jorunn', 'Oddny', 'Vetle', 'Maja', 'Eline', 'Mathias',
];
const familyNames = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Kristiansen', 'Jensen', 'Haugen',
  'Karlsen', 'Hagen', 'Johnsen', 'Dahl', 'Lie', 'Strand', 'Bakke', 'Solberg', 'Nygård', 'Lunde', 'Moen', 'Aas', 'Fjeld',
  'Vik', 'Eide', 'Hovland', 'Myklebust', 'Sæther', 'Ødegård', 'Brekke', 'Kvam', 'Rønning', 'Tveit', 'Aune', 'Bjørnstad',
  'Holm', 'Sandvik', 'Fossum', 'Engen', 'Hauge', 'Lien', 'Stene', 'Nesheim', 'Grønli', 'Haugland', 'Rustad', 'Skaug',
  'Tangen', 'Vold', 'Øien', 'Åsheim', 'Bratland', 'Løvås', 'Midtbø', 'Refsnes', 'Sunde', 'Teigen', 'Ulvestad', 'Vestby',
];
const publishers = [
  'Fjordforlaget', 'Nordlys Forlag', 'Kvitveis Forlag', 'Brenning & Dahl', 'Fyrlykta', 'Tindetrykk', 'Havørn Forlag',
  'Granheim & Sønner', 'Bokbåten', 'Polarsirkelen Forlag', 'Vidde & Vik', 'Lanternen', 'Sjøsprøyt Forlag', 'Multebær Bøker',
];
const topics = [
  'surdeig', 'strikking', 'fuglene', 'soppene', 'fjellturer', 'hagen', 'vikingene', 'krigsårene', 'kaffe', 'fiske',
  'friluftsliv', 'hjernen', 'klimaet', 'søvn', 'havet', 'kystkulturen', 'trebåter', 'urter', 'skisporten', 'nordlyset',
];
const youthTopics = ['dinosaurer', 'verdensrommet', 'kroppen', 'dyrene i skogen', 'vikingene', 'havet', 'vulkaner', 'hester', 'fotball', 'robotene'];
const themes = ['kjærlighet', 'savn', 'vennskap', 'skyld', 'familie', 'hemmeligheter', 'sorg', 'håp', 'frihet', 'hevn', 'tilhørighet', 'svik'];
const describing = ['sterk', 'vakker', 'spennende', 'gripende', 'morsom', 'mørk', 'varm', 'stillferdig', 'intens', 'original'];

function name(r: Random): string {
  return r.zipf(givenNames);
}

function fictionTitle(r: Random): string {
  const n = r.zipf(nouns);
  switch (r.below(8)) {
    case 0: return capitalise(n[1]);
    case 1: case 2: return `${capitalise(n[2])} ${r.zipf(adjectives)} ${n[1]}`;
    case 3: return `${capitalise(n[1])} ${r.pick(prepositions)} ${r.zipf(nouns)[1]}`;
    case 4: { const s = r.zipf(singular); return `${capitalise(s[1])} som ${r.zipf(pastClauses)}`; }
    case 5: { const s = r.zipf(singular); return `Når ${s[1]} ${r.pick(presentVerbs)}`; }
    case 6: return `${capitalise(n[1])} i ${r.zipf(places)}`;
    default: return `${name(r)} og ${n[1]}`;
  }
}

function title(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction': return r.chance(0.04) ? `Fortellinger fra ${r.zipf(places)}` : fictionTitle(r);
    case 'youth-fiction': {
      const s = r.zipf(singular);
      switch (r.below(5)) {
        case 0: return `${name(r)} og ${s[2]} ${r.zipf(adjectives)} ${s[1]}`;
        case 1: return `Mysteriet med ${s[1]}`;
        case 2: return `${name(r)} redder ${s[1]}`;
        case 3: return `${name(r)} på ${r.zipf(places)}`;
        default: return fictionTitle(r);
      }
    }
    case 'adult-nonfiction': {
      const topic = r.zipf(topics);
      switch (r.below(7)) {
        case 0: return `Den store boken om ${topic}`;
        case 1: return `Historien om ${r.zipf(places)}`;
        case 2: return `${name(r)} ${r.zipf(familyNames)}: et liv`;
        case 3: return `Turer i ${r.zipf(places)}`;
        case 4: return `${capitalise(topic)} for nybegynnere`;
        case 5: return `Alt om ${topic}`;
        default: return `Bøkene om ${topic}`;
      }
    }
    case 'youth-nonfiction': {
      const topic = r.zipf(youthTopics);
      switch (r.below(3)) {
        case 0: return `Min første bok om ${topic}`;
        case 1: return `Alt du vil vite om ${topic}`;
        default: return capitalise(topic);
      }
    }
  }
}

function subtitle(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction': return r.zipf(['roman', 'kriminalroman', 'noveller', 'dikt', 'en fortelling', 'thriller', 'en slektsroman']);
    case 'youth-fiction': return r.zipf(['en fortelling', 'en spenningsbok', 'bildebok', 'eventyr']);
    case 'adult-nonfiction': return r.zipf(['en reise langs kysten', 'historier fra et langt liv', 'oppskrifter for hele året', 'en praktisk guide', 'essays']);
    case 'youth-nonfiction': return r.zipf(['fakta og moro', 'en faktabok', 'med klistremerker']);
  }
}

function description(kind: TitleKind, title: string, author: string | null, r: Random): string {
  const place = r.zipf(places);
  const hero = name(r);
  switch (kind) {
    case 'adult-fiction': {
      const first = `${title} er en ${r.zipf(describing)} roman om ${twoDifferent(r, themes).join(' og ')}.`;
      const second = r.pick([
        `Når ${hero} kommer tilbake til ${place} etter mange år, må gamle hemmeligheter fram i lyset.`,
        `I ${place} forsvinner en ung kvinne, og ${hero} må finne ut hva som skjedde.`,
        `Det er vinter i ${place}, og ingenting er som før.`,
        `${hero} har aldri fortalt noen om ${r.zipf(singular)[1]}.`,
      ]);
      const third = author && r.chance(0.5) ? ` ${author} skriver med humor og varme.` : r.chance(0.5) ? ' En fortelling du sent vil glemme.' : '';
      return `${first} ${second}${third}`;
    }
    case 'youth-fiction':
      return `En ${r.zipf(describing)} fortelling for barn fra ${r.between(3, 12)} år. ${hero} og vennene oppdager ${r.zipf(singular)[1]} i ${place}.`;
    case 'adult-nonfiction':
      return `${title} er en ${r.zipf(describing)} og grundig bok for alle som vil vite mer. Forfatteren tar leseren med fra ${place} til ${r.zipf(places)}.${r.chance(0.5) ? ' Boken er rikt illustrert med bilder og kart.' : ''}`;
    case 'youth-nonfiction':
      return `En faktabok for barn om ${r.zipf(youthTopics)}. Med mange bilder og morsomme fakta.`;
  }
}

function seriesName(audience: 'adult' | 'youth', r: Random): string {
  const s = r.zipf(singular);
  if (audience === 'youth') return r.chance(0.5) ? `${name(r)}-bøkene` : `Mysteriene i ${r.zipf(places)}`;
  return r.pick([`${capitalise(s[1])}-serien`, `${r.zipf(places)}-krim`, `${capitalise(s[1])}-trilogien`]);
}

export const bokmalPack: LanguagePack = {
  code: 'nob',
  isbnGroups: ['97882'],
  givenNames,
  familyNames,
  publishers,
  title,
  subtitle,
  description,
  seriesName,
  gameTitle: (r) => r.pick([`Quiz om ${r.zipf(topics)}`, `${capitalise(r.zipf(singular)[1])}: brettspill`, `Memory: ${capitalise(r.zipf(youthTopics))}`]),
  organisation: (r) => r.pick([`${r.zipf(places)} historielag`, `Foreningen for ${r.zipf(topics)}`, `Museet i ${r.zipf(places)}`]),
  merchandiseTitle: (r) => r.pick([`Kalender med ${r.zipf(topics)}`, 'Bokpose', `Bokmerker: ${capitalise(r.zipf(singular)[1])}`, 'Lesedagbok']),
  keywords: {
    common: [
      'bok', 'bøker', 'roman', 'romaner', 'familie', 'vennskap', 'kjærlighet', 'natur', 'historie', 'historier', 'Norge',
      'fortelling', 'fortellinger', 'bøkene', 'barn', 'barna', 'hav', 'fjell', 'fjellene', 'reise', 'reiser', 'sorg',
      'kyst', 'byliv', 'oppvekst', 'humor', 'minner', 'sommer', 'vinter', 'krig', 'hemmeligheter',
    ],
    'adult-fiction': ['krim', 'kriminalromaner', 'etterforskning', 'mord', 'spenning', 'slektsroman', 'samtidsroman', 'noveller', 'dikt', 'lyrikk'],
    'adult-nonfiction': ['matlaging', 'oppskrifter', 'friluftsliv', 'turer', 'biografi', 'biografier', 'historie', 'naturen', 'fugler', 'helse'],
    'youth-fiction': ['eventyr', 'eventyrene', 'dyr', 'dyrene', 'skole', 'venner', 'vennene', 'magi', 'troll', 'trollene'],
    'youth-nonfiction': ['fakta', 'faktabøker', 'dinosaurer', 'rommet', 'kroppen', 'dyr', 'dyrene', 'natur', 'eksperimenter', 'tegning'],
  },
};
