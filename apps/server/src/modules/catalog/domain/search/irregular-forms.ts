/**
 * Plurals that Snowball cannot reduce to their singular because the vowel changes
 * (bok → bøker) or the plural adds a syllable (kind → kinderen). Keys are folded word
 * forms; values are the singular, which is then stemmed like any other word.
 */
export const norwegianIrregulars: ReadonlyMap<string, string> = new Map(
  Object.entries({
    bøker: 'bok', bøkene: 'bok', bøkenes: 'bok', bøkers: 'bok',
    menn: 'mann', mennene: 'mann',
    hender: 'hånd', hendene: 'hånd',
    føtter: 'fot', føttene: 'fot', føter: 'fot',
    netter: 'natt', nettene: 'natt',
    tenner: 'tann', tennene: 'tann',
    bønder: 'bonde', bøndene: 'bonde',
    brødre: 'bror', brødrene: 'bror',
    døtre: 'datter', døtrene: 'datter',
    mødre: 'mor', mødrene: 'mor',
    fedre: 'far', fedrene: 'far',
    gjess: 'gås', gjessene: 'gås',
    tær: 'tå', tærne: 'tå',
    knær: 'kne', knærne: 'kne',
    strender: 'strand', strendene: 'strand',
    krefter: 'kraft', kreftene: 'kraft',
    stenger: 'stang', stengene: 'stang',
  }),
);

export const dutchIrregulars: ReadonlyMap<string, string> = new Map(
  Object.entries({
    steden: 'stad',
    schepen: 'schip',
    kinderen: 'kind',
    eieren: 'ei',
    lammeren: 'lam',
    kalveren: 'kalf',
    bladeren: 'blad',
    liederen: 'lied',
    volkeren: 'volk',
    runderen: 'rund',
    beenderen: 'been',
    gelederen: 'gelid',
    leden: 'lid',
    smeden: 'smid',
    ogen: 'oog',
    koeien: 'koe',
    vlooien: 'vlo',
    meisjes: 'meisje',
  }),
);
