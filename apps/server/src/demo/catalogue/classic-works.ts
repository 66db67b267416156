import type { Audience, Genre } from '../../modules/catalog/domain/product.ts';
import type { LanguageCode } from './language-pack.ts';

/**
 * Real works by name, so that a search for Hamsun, Undset, Nesbø or Harry Potter in the
 * demo store finds what a librarian expects. The generator gives each its own made-up
 * editions (ISBN, publisher, price, date): only title, people and a short blurb are real.
 */
export type ClassicWork = {
  title: string;
  language: LanguageCode;
  /** Display names; the sort name inverts the last word ("Hamsun, Knut"). */
  authors: readonly string[];
  illustrator?: string;
  translator?: string;
  audience: Audience;
  genre: Genre;
  thema: readonly string[];
  series?: { name: string; number: string };
  keywords: readonly string[];
  description: string;
};

const hamsun = (title: string, description: string): ClassicWork => ({
  title, language: 'nob', authors: ['Knut Hamsun'], audience: 'adult', genre: 'fiction', thema: ['FBC', '1DNN'],
  keywords: ['klassiker', 'klassikere', 'roman', 'Hamsun'], description,
});
const ibsen = (title: string, description: string): ClassicWork => ({
  title, language: 'nob', authors: ['Henrik Ibsen'], audience: 'adult', genre: 'fiction', thema: ['DD', 'FBC'],
  keywords: ['drama', 'skuespill', 'skuespillene', 'klassiker', 'teater'], description,
});
const kristin = (title: string, number: string, description: string): ClassicWork => ({
  title, language: 'nob', authors: ['Sigrid Undset'], audience: 'adult', genre: 'fiction', thema: ['FV', 'FBC', '1DNN'],
  series: { name: 'Kristin Lavransdatter', number }, keywords: ['middelalderen', 'historisk roman', 'klassiker', 'kjærlighet'], description,
});
const fosse = (title: string, description: string, series?: { name: string; number: string }): ClassicWork => ({
  title, language: 'nno', authors: ['Jon Fosse'], audience: 'adult', genre: 'fiction', thema: ['FBA'],
  keywords: ['roman', 'romanar', 'Nobelprisen', 'kunst'], description, ...(series ? { series } : {}),
});
const hole = (title: string, number: string, description: string): ClassicWork => ({
  title, language: 'nob', authors: ['Jo Nesbø'], audience: 'adult', genre: 'fiction', thema: ['FF', 'FH'],
  series: { name: 'Harry Hole', number }, keywords: ['krim', 'kriminalromaner', 'etterforskning', 'Oslo', 'politiet'], description,
});
const parr = (title: string, description: string): ClassicWork => ({
  title, language: 'nno', authors: ['Maria Parr'], illustrator: 'Åshild Irgens', audience: 'youth', genre: 'fiction',
  thema: ['YFB', 'YFN'], keywords: ['venskap', 'familie', 'humor', 'bygd'], description,
});
const vestly = (title: string, description: string): ClassicWork => ({
  title, language: 'nob', authors: ['Anne-Cath. Vestly'], illustrator: 'Johan Vestly', audience: 'youth', genre: 'fiction',
  thema: ['YFN', 'YFB'], keywords: ['familie', 'familier', 'barn', 'klassiker', 'høytlesning'], description,
});
const potterNo = (title: string, number: string, description: string): ClassicWork => ({
  title, language: 'nob', authors: ['J.K. Rowling'], translator: 'Torstein Bugge Høverstad', audience: 'youth', genre: 'fiction',
  thema: ['YFH', 'YFB'], series: { name: 'Harry Potter', number }, keywords: ['fantasy', 'magi', 'trollmenn', 'trollmannen', 'kostskole'], description,
});
const potterNl = (title: string, number: string, description: string): ClassicWork => ({
  title, language: 'dut', authors: ['J.K. Rowling'], translator: "Wiebe Buddingh'", audience: 'youth', genre: 'fiction',
  thema: ['YFH', 'YFB'], series: { name: 'Harry Potter', number }, keywords: ['fantasy', 'magie', 'tovenaars', 'tovenaar', 'kostschool'], description,
});
const potterEn: ClassicWork = {
  title: "Harry Potter and the Philosopher's Stone", language: 'eng', authors: ['J.K. Rowling'], audience: 'youth', genre: 'fiction',
  thema: ['YFH'], series: { name: 'Harry Potter', number: '1' }, keywords: ['fantasy', 'magic', 'wizards', 'boarding school'],
  description: 'Harry Potter has lived under the stairs at his aunt and uncle\u2019s house all his life, until a letter arrives from Hogwarts School of Witchcraft and Wizardry. The first book in the Harry Potter series.',
};
const vlaams = (title: string, author: string, thema: readonly string[], keywords: readonly string[], description: string): ClassicWork => ({
  title, language: 'dut', authors: [author], audience: 'adult', genre: 'fiction', thema, keywords, description,
});
const jeugd = (title: string, author: string, thema: readonly string[], description: string, illustrator?: string): ClassicWork => ({
  title, language: 'dut', authors: [author], audience: 'youth', genre: 'fiction', thema,
  keywords: ['voorlezen', 'klassieker', 'kinderboeken', 'humor'], description, ...(illustrator ? { illustrator } : {}),
});

const norwegian: readonly ClassicWork[] = [
  hamsun('Sult', 'En ung forfatter driver sulten omkring i Kristiania og prøver å skrive seg ut av nøden. Hamsuns gjennombruddsroman fra 1890 regnes som et av de første moderne verkene i europeisk litteratur.'),
  hamsun('Markens grøde', 'Isak rydder jord i villmarka og bygger opp en gård sammen med Inger. Romanen som ga Knut Hamsun Nobelprisen i litteratur i 1920.'),
  hamsun('Victoria', 'Møllersønnen Johannes og slottsdatteren Victoria elsker hverandre, men standsforskjellen står mellom dem. En kort og lyrisk kjærlighetsroman.'),
  ibsen('Et dukkehjem', 'Nora Helmer har et hemmelig lån, og når det blir avslørt, må hun ta et valg som forandrer alt. Ibsens skuespill fra 1879 spilles over hele verden.'),
  ibsen('Peer Gynt', 'Det dramatiske diktet om Peer Gynt, som dikter og lyver seg gjennom livet mens Solveig venter. En av de mest kjente skikkelsene i norsk litteratur.'),
  ibsen('Vildanden', 'Gregers Werle vil avsløre sannheten om familien Ekdal, med tragiske følger. Et skuespill om livsløgnen og om hva sannhet kan koste.'),
  kristin('Kransen', '1', 'Kristin vokser opp på Jørundgård i Gudbrandsdalen på 1300-tallet og forelsker seg i ridderen Erlend Nikulaussøn. Første bind av trilogien som ga Sigrid Undset Nobelprisen i 1928.'),
  kristin('Husfrue', '2', 'Kristin er blitt husfrue på Husaby og mor til mange sønner, men ekteskapet med Erlend er stormfullt. Andre bind av Kristin Lavransdatter.'),
  kristin('Korset', '3', 'I det siste bindet ser Kristin tilbake på et langt liv med kjærlighet, skyld og tro. Trilogien regnes som et hovedverk i norsk litteratur.'),
  fosse('Det andre namnet', 'Den aldrande målaren Asle ser attende på livet sitt ein stille advent ved fjorden. Første del av Septologien.', { name: 'Septologien', number: '1' }),
  fosse('Eg er ein annan', 'Målaren Asle og namnebroren hans, to liv som speglar kvarandre. Andre del av Septologien.', { name: 'Septologien', number: '2' }),
  fosse('Eit nytt namn', 'Siste del av Septologien, eit av hovudverka til nobelprisvinnaren Jon Fosse.', { name: 'Septologien', number: '3' }),
  fosse('Morgon og kveld', 'Johannes blir fødd, og Johannes døyr: ein liten roman om eit heilt liv. Ein av dei mest lesne romanane til Jon Fosse.'),
  parr('Vaffelhjarte', 'Trille og Lena er bestevener og naboar i Knert-Mathilde, og det skjer alltid noko når dei er saman. Ei varm og morosam forteljing om venskap, sorg og vaflar.'),
  parr('Tonje Glimmerdal', 'Tonje er det einaste barnet i Glimmerdalen og susar fram på ski og sykkel. Når gode venen Gunnvald får ein løynleg gjest, får Tonje mykje å finne ut av.'),
  parr('Keeperen og havet', 'Lena skal bli verdas beste keeper, og Trille er med på alt. Ei ny forteljing om vennene frå Vaffelhjarte.'),
  hole('Flaggermusmannen', '1', 'Politietterforsker Harry Hole sendes til Sydney for å følge saken om drapet på en ung norsk kvinne. Den første boken om Harry Hole.'),
  hole('Kakerlakkene', '2', 'En norsk ambassadør blir funnet drept på et motell i Bangkok, og Harry Hole sendes ut for å dysse ned saken.'),
  hole('Rødstrupe', '3', 'Et sjeldent gevær er smuglet inn i Norge, og sporene fører Harry Hole tilbake til andre verdenskrig.'),
  hole('Snømannen', '7', 'Den første snøen faller over Oslo, og en kvinne forsvinner sporløst. Harry Hole jakter på en seriemorder.'),
  {
    title: 'Doktor Proktors prompepulver', language: 'nob', authors: ['Jo Nesbø'], illustrator: 'Per Dybvig', audience: 'youth', genre: 'fiction',
    thema: ['YFB'], series: { name: 'Doktor Proktor', number: '1' }, keywords: ['humor', 'oppfinnelser', 'venner', 'vennskap'],
    description: 'Lise og Bulle får en ny nabo, den sprø professoren Doktor Proktor, som har funnet opp et helt spesielt pulver. En vill og morsom fortelling for barn.',
  },
  vestly('Åtte små, to store og en lastebil', 'Mor og far og de åtte barna bor i en liten leilighet i byen, og lastebilen er med på alt. Den første boken om den store familien.'),
  vestly('Mormor og de åtte ungene i skogen', 'Den store familien flytter ut i skogen, og mormor kommer på besøk. En klassiker til høytlesning.'),
  vestly('Aurora i blokk Z', 'Aurora bor i en stor blokk, der pappa er hjemme med lillebror og mamma går på jobb. En fortelling om en familie som gjør ting på sin egen måte.'),
  potterNo('Harry Potter og de vises stein', '1', 'Harry Potter har bodd i kottet under trappen hos onkel og tante hele livet, helt til han får et brev fra Galtvort høyskole for hekseri og trolldom. Første bok i serien om Harry Potter.'),
  potterNo('Harry Potter og mysteriekammeret', '2', 'Harry vender tilbake til Galtvort for sitt andre år, men noe truer elevene ved skolen. Andre bok i serien om Harry Potter.'),
  potterNo('Harry Potter og fangen fra Azkaban', '3', 'En farlig fange har rømt fra Azkaban, og det sies at han er ute etter Harry. Tredje bok i serien om Harry Potter.'),
  potterNo('Harry Potter og ildbegeret', '4', 'Galtvort er vertskap for Tretrollmannsturneringen, og Harry blir på mystisk vis valgt ut som deltaker. Fjerde bok i serien om Harry Potter.'),
  potterNo('Harry Potter og Føniksordenen', '5', 'Voldemort er tilbake, men Magidepartementet nekter å tro det. Femte bok i serien om Harry Potter.'),
  potterNo('Harry Potter og halvblodsprinsen', '6', 'Harry finner en gammel lærebok som har tilhørt Halvblodsprinsen, mens Humlesnurr forbereder ham på det som kommer. Sjette bok i serien om Harry Potter.'),
  potterNo('Harry Potter og dødstalismanene', '7', 'Harry, Ronny og Hermine forlater Galtvort for å finne og ødelegge Voldemorts malacruxer. Den sjuende og siste boken i serien om Harry Potter.'),
  potterEn,
];

const flemish: readonly ClassicWork[] = [
  vlaams('De Leeuw van Vlaenderen', 'Hendrik Conscience', ['FV', 'FBC', '1DDB'], ['Guldensporenslag', 'middeleeuwen', 'klassieker', 'historische roman'],
    'Het verhaal van de Guldensporenslag van 1302, waarin de Vlaamse ambachtslieden het Franse ridderleger verslaan. De roman van de man die zijn volk leerde lezen.'),
  vlaams('De loteling', 'Hendrik Conscience', ['FBC', '1DDB'], ['klassieker', 'dorp', 'leger', 'liefde'],
    'Jan Braet wordt als loteling opgeroepen voor het leger en moet zijn dorp en zijn geliefde Katrien verlaten. Een klassieker uit de Vlaamse literatuur.'),
  vlaams('Baas Gansendonck', 'Hendrik Conscience', ['FBC', '1DDB'], ['klassieker', 'hoogmoed', 'herberg'],
    'De hoogmoedige herbergier Gansendonck wil zijn dochter uithuwelijken aan een baron, met rampzalige gevolgen.'),
  vlaams('Het verdriet van België', 'Hugo Claus', ['FBA', 'FV', '1DDB'], ['Tweede Wereldoorlog', 'oorlog', 'opgroeien', 'West-Vlaanderen'],
    'Louis Seynaeve groeit op in West-Vlaanderen in de jaren voor en tijdens de Tweede Wereldoorlog. Het hoofdwerk van Hugo Claus.'),
  vlaams('De Metsiers', 'Hugo Claus', ['FBA', '1DDB'], ['boerderij', 'familie', 'geheimen'],
    'Op een afgelegen boerderij in Vlaanderen leeft de familie Metsiers in een broeierige sfeer vol geheimen. De debuutroman van Hugo Claus.'),
  vlaams('De verwondering', 'Hugo Claus', ['FBA'], ['leraar', 'zoektocht', 'bal'],
    'Leraar Victor-Denijs de Rijckel raakt na een gemaskerd bal verstrikt in een zoektocht naar een onbekende vrouw.'),
  vlaams('Sprakeloos', 'Tom Lanoye', ['FBA', '1DDB'], ['moeder', 'familie', 'toneel', 'rouw'],
    'Tom Lanoye schrijft over zijn moeder, een amateurtoneelspeelster die na een beroerte haar spraak verliest. Een ontroerend en geestig portret van een Vlaamse familie.'),
  vlaams('Het derde huwelijk', 'Tom Lanoye', ['FBA'], ['huwelijk', 'ziekte', 'liefde'],
    'Maurice, een zieke man, gaat een schijnhuwelijk aan met een jonge Afrikaanse vrouw, en er groeit iets wat geen van beiden verwachtte.'),
  vlaams('Kartonnen dozen', 'Tom Lanoye', ['FBA'], ['eerste liefde', 'school', 'opgroeien'],
    'Een autobiografische roman over een eerste liefde op een katholieke jongensschool.'),
  jeugd('Jip en Janneke', 'Annie M.G. Schmidt', ['YBC', 'YFB'], 'De korte verhaaltjes over de buurkinderen Jip en Janneke, met de beroemde silhouettekeningen van Fiep Westendorp. Om voor te lezen vanaf drie jaar.', 'Fiep Westendorp'),
  jeugd('Pluk van de Petteflet', 'Annie M.G. Schmidt', ['YFB'], 'Pluk heeft een kraanwagentje maar geen huis, tot hij een kamertje vindt in het torentje van de Petteflet. Daar beleeft hij allerlei avonturen met de bewoners.', 'Fiep Westendorp'),
  jeugd('Abeltje', 'Annie M.G. Schmidt', ['YFB', 'YFC'], 'Liftjongen Abeltje drukt op de verkeerde knop en vliegt met de lift het warenhuis uit, de wijde wereld in.'),
  jeugd('Minoes', 'Annie M.G. Schmidt', ['YFB'], 'Minoes was vroeger een kat en is nu een jonge vrouw, maar ze heeft nog veel kattige trekjes. Samen met de verlegen journalist Tibbe ontmaskert ze een schijnheilige fabrikant.'),
  jeugd('Broere', 'Bart Moeyaert', ['YFN', 'YFB'], 'Zeven broers, zeven verhalen over opgroeien in een groot gezin. Bart Moeyaert schrijft over zijn eigen jeugd als jongste van zeven.'),
  jeugd('Het is de liefde die we niet begrijpen', 'Bart Moeyaert', ['YFM', 'YFB'], 'Verhalen over de liefde, gezien door de ogen van jonge mensen.'),
  jeugd('Bianca', 'Bart Moeyaert', ['YFB', 'YFN'], 'Bianca is twaalf en boos op de hele wereld, en dan komt er een bekende acteur in het huis aan de overkant wonen.'),
  jeugd('Misschien wisten zij alles', 'Toon Tellegen', ['YFP', 'YFB'], 'Verhalen over de eekhoorn, de mier en de andere dieren in het bos, die zich verwonderen over alles wat bestaat.'),
  jeugd('Er ging geen dag voorbij', 'Toon Tellegen', ['YFP', 'YFB'], 'De eekhoorn en de mier schrijven elkaar brieven en beleven kleine, wonderlijke avonturen in het bos.'),
  potterNl('Harry Potter en de Steen der Wijzen', '1', 'Harry Potter woont al zijn hele leven in de kast onder de trap bij zijn oom en tante, tot hij een brief krijgt van Zweinstein, de school voor hekserij en hocus-pocus. Het eerste boek over Harry Potter.'),
  potterNl('Harry Potter en de Geheime Kamer', '2', 'Harry keert terug naar Zweinstein voor zijn tweede jaar, maar iets bedreigt de leerlingen van de school. Het tweede boek over Harry Potter.'),
  potterNl('Harry Potter en de Gevangene van Azkaban', '3', 'Een gevaarlijke gevangene is ontsnapt uit Azkaban, en men zegt dat hij het op Harry gemunt heeft. Het derde boek over Harry Potter.'),
  potterNl('Harry Potter en de Vuurbeker', '4', 'Zweinstein organiseert het Toverschool Toernooi, en Harry wordt op mysterieuze wijze gekozen als deelnemer. Het vierde boek over Harry Potter.'),
  potterNl('Harry Potter en de Orde van de Feniks', '5', 'Voldemort is terug, maar het Ministerie van Toverkunst weigert het te geloven. Het vijfde boek over Harry Potter.'),
  potterNl('Harry Potter en de Halfbloed Prins', '6', 'Harry vindt een oud schoolboek dat ooit van de Halfbloed Prins was, terwijl Perkamentus hem voorbereidt op wat komen gaat. Het zesde boek over Harry Potter.'),
  potterNl('Harry Potter en de Relieken van de Dood', '7', 'Harry, Ron en Hermelien verlaten Zweinstein om Voldemorts Gruzielementen op te sporen en te vernietigen. Het zevende en laatste boek over Harry Potter.'),
  potterEn,
];

export const classicWorks: Record<'no' | 'be', readonly ClassicWork[]> = { no: norwegian, be: flemish };

/** "Knut Hamsun" → "Hamsun, Knut"; "Anne-Cath. Vestly" → "Vestly, Anne-Cath.". */
export function invertName(name: string): string {
  const space = name.lastIndexOf(' ');
  return space < 0 ? name : `${name.slice(space + 1)}, ${name.slice(0, space)}`;
}
