import { capitalise, twoDifferent, type LanguagePack, type TitleKind } from './language-pack.ts';
import type { Random } from './random.ts';

/**
 * French, for the Flemish store's French-language shelf. Nouns carry their article; the
 * adjectives are the same in both genders, so no agreement is needed.
 */
const nouns = [
  'la maison', 'la nuit', 'la mer', "l'hiver", 'la fille', 'le silence', 'la lumière', "l'été", 'le garçon', 'le rêve',
  "l'île", 'le cœur', 'le secret', 'la ville', 'le voyage', 'le phare', 'la rivière', 'la lettre', 'le village', 'la forêt',
  'la ferme', 'la tempête', 'le bateau', "l'ombre", 'la fenêtre', 'le renard', 'la clé', 'le pont', 'la chanson', 'le miroir',
  'la carte', 'la route', 'le mensonge', 'la vérité', "l'héritage", 'la brume', 'la neige', "l'étoile", 'la côte', 'le jardin',
];
const adjectives = ['rouge', 'sauvage', 'étrange', 'tranquille', 'immobile', 'fragile', 'invisible', 'magique', 'triste', 'calme'];
const prepositions = ['sous', 'dans', 'derrière', 'sans', 'après', 'contre'];
const places = ['Bruxelles', 'Liège', 'Namur', 'Mons', 'Tournai', 'Charleroi', 'Bruges', 'Gand', 'Anvers', 'Paris', 'Lyon', 'Arlon'];
const givenNames = [
  'Marie', 'Jean', 'Pierre', 'Sophie', 'Claire', 'Luc', 'Anne', 'Julien', 'Camille', 'Nicolas', 'Isabelle', 'Thomas',
  'Élise', 'Antoine', 'Céline', 'Marc', 'Hélène', 'Louis', 'Chloé', 'Olivier', 'Amélie', 'Benoît', 'Manon', 'François',
];
const familyNames = [
  'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leclercq', 'Lefèvre', 'Renard', 'Lemaire', 'Dumont',
  'Mercier', 'Fontaine', 'Chevalier', 'Rousseau', 'Blanc', 'Henry', 'Petit', 'Leroy', 'Moreau', 'Girard', 'Bonnet',
  'Denis', 'Collin', 'Jacquet', 'Masson', 'Noël', 'Hubert', 'Marchal', 'Gilles',
];
const topics = ['la cuisine belge', 'les oiseaux', 'le chocolat', 'la bande dessinée', "l'histoire de Bruxelles", 'la randonnée', 'le jardin'];
const themes = ["l'amour", "l'absence", "l'amitié", 'la culpabilité', 'la famille', 'les secrets', 'le deuil', "l'espoir", 'la liberté'];
const describing = ['bouleversant', 'captivant', 'lumineux', 'drôle', 'sombre', 'tendre', 'puissant'];
const describingFeminine = ['bouleversante', 'captivante', 'lumineuse', 'drôle', 'sombre', 'tendre', 'puissante'];

function title(kind: TitleKind, r: Random): string {
  const noun = r.zipf(nouns);
  switch (kind) {
    case 'adult-fiction':
    case 'youth-fiction':
      switch (r.below(5)) {
        case 0: return capitalise(noun);
        case 1: case 2: return `${capitalise(noun)} ${r.zipf(adjectives)}`;
        case 3: return `${capitalise(noun)} ${r.pick(prepositions)} ${r.zipf(nouns)}`;
        default: return `${r.zipf(givenNames)} et ${noun}`;
      }
    case 'adult-nonfiction': return r.pick([`Tout savoir sur ${r.zipf(topics)}`, `Promenades à ${r.zipf(places)}`, `${r.zipf(places)} : une histoire`]);
    case 'youth-nonfiction': return `Mon premier livre sur ${noun}`;
  }
}

export const frenchPack: LanguagePack = {
  code: 'fre',
  isbnGroups: ['9782'],
  givenNames,
  familyNames,
  publishers: ['Éditions du Beffroi', 'Éditions Lumière du Nord', 'Éditions de la Meuse', 'Le Sablier Bleu'],
  title,
  subtitle: (kind, r) => (kind === 'adult-fiction' ? r.zipf(['roman', 'nouvelles', 'poèmes', 'polar']) : kind === 'adult-nonfiction' ? 'guide pratique' : 'une aventure'),
  description: (kind, title, author, r) => {
    const place = r.zipf(places);
    if (kind === 'adult-fiction') {
      return `${title} est un roman ${r.zipf(describing)} sur ${twoDifferent(r, themes).join(' et ')}. Quand ${r.zipf(givenNames)} revient à ${place} après des années, de vieux secrets refont surface.${author && r.chance(0.5) ? ` ${author} écrit avec humour et tendresse.` : ''}`;
    }
    if (kind === 'adult-nonfiction') return `${title} est un livre ${r.zipf(describing)} et complet pour tous les curieux. Un voyage entre ${place} et ${r.zipf(places)}.`;
    if (kind === 'youth-nonfiction') return `Un documentaire pour les enfants, avec beaucoup d\u2019images. ${title} explique le monde aux plus jeunes.`;
    return `Une histoire ${r.zipf(describingFeminine)} pour les enfants dès ${r.between(3, 12)} ans. ${r.zipf(givenNames)} et ses amis découvrent ${r.zipf(nouns)} à ${place}.`;
  },
  seriesName: (audience, r) => (audience === 'youth' ? `Les aventures de ${r.zipf(givenNames)}` : `Les enquêtes de ${r.zipf(givenNames)} ${r.zipf(familyNames)}`),
  gameTitle: (r) => `Quiz : ${r.zipf(topics)}`,
  organisation: (r) => `Cercle d\u2019histoire de ${r.zipf(places)}`,
  merchandiseTitle: (r) => r.pick(['Sac à livres', 'Carnet de lecture', 'Marque-pages']),
  keywords: {
    common: ['livre', 'livres', 'roman', 'romans', 'famille', 'amitié', 'amour', 'nature', 'histoire', 'histoires', 'voyage', 'Belgique', 'guerre'],
    'adult-fiction': ['polar', 'polars', 'enquête', 'meurtre', 'poésie'],
    'adult-nonfiction': ['cuisine', 'recettes', 'randonnée', 'biographie', 'oiseaux'],
    'youth-fiction': ['aventure', 'aventures', 'animaux', 'école', 'amis', 'magie'],
    'youth-nonfiction': ['documentaire', 'dinosaures', 'espace', 'corps', 'animaux'],
  },
};
