import { capitalise, twoDifferent, type LanguagePack, type TitleKind } from './language-pack.ts';
import type { Random } from './random.ts';

/** English: the imported titles every Nordic and Flemish library buys some of. */
const nouns = [
  'House', 'Night', 'Sea', 'Winter', 'Girl', 'Silence', 'Light', 'Summer', 'Boy', 'Dream', 'Island', 'Heart', 'Secret',
  'City', 'Journey', 'Lighthouse', 'River', 'Letter', 'Village', 'Forest', 'Sisters', 'Farm', 'Storm', 'Brothers', 'Boat',
  'Shadow', 'Window', 'Fox', 'Key', 'Bridge', 'Song', 'Mirror', 'Map', 'Road', 'Lie', 'Truth', 'Inheritance', 'Fog',
  'Border', 'Snow', 'Star', 'Coast', 'Garden', 'Moon', 'Clock', 'Bird', 'Horse', 'Wizard', 'Stories', 'Books',
];
const adjectives = [
  'Last', 'Long', 'Dark', 'Quiet', 'Old', 'Cold', 'Secret', 'Red', 'Forgotten', 'First', 'White', 'Lost', 'Blue', 'Wild',
  'Silent', 'Lonely', 'Strange', 'Warm', 'Broken', 'Hidden',
];
const places = ['Cornwall', 'the Highlands', 'Dublin', 'Yorkshire', 'Maine', 'the Hebrides', 'London', 'Oxford', 'Galway', 'Norfolk'];
const givenNames = [
  'James', 'Mary', 'John', 'Emma', 'Oliver', 'Sarah', 'Thomas', 'Anna', 'David', 'Kate', 'Daniel', 'Laura', 'Michael',
  'Claire', 'Peter', 'Rachel', 'Andrew', 'Helen', 'Richard', 'Alice', 'Simon', 'Lucy', 'Mark', 'Jane', 'Paul', 'Grace',
  'Robert', 'Hannah', 'William', 'Ruth', 'George', 'Eleanor', 'Samuel', 'Iris', 'Edward', 'Maeve',
];
const familyNames = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Robinson',
  'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Clarke', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'Scott', 'Phillips',
  'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Carter', 'Bailey', 'Doyle',
];
const topics = ['sourdough', 'knitting', 'birds', 'mushrooms', 'hiking', 'gardening', 'the Vikings', 'coffee', 'sleep', 'the brain', 'the ocean', 'climate'];
const youthTopics = ['dinosaurs', 'space', 'the human body', 'forest animals', 'knights', 'volcanoes', 'horses', 'robots'];
const themes = ['love', 'loss', 'friendship', 'guilt', 'family', 'secrets', 'grief', 'hope', 'freedom', 'revenge', 'belonging', 'betrayal'];
/** With their article: "an intense", "a warm". */
const describing = ['a powerful', 'a beautiful', 'a gripping', 'a moving', 'a funny', 'a dark', 'a warm', 'a quiet', 'an intense', 'an original'];

function title(kind: TitleKind, r: Random): string {
  switch (kind) {
    case 'adult-fiction':
    case 'youth-fiction':
      switch (r.below(6)) {
        case 0: return `The ${r.zipf(nouns)}`;
        case 1: case 2: return `The ${r.zipf(adjectives)} ${r.zipf(nouns)}`;
        case 3: return `The ${r.zipf(nouns)} of ${r.zipf(places)}`;
        case 4: return `${r.zipf(givenNames)} and the ${r.zipf(adjectives)} ${r.zipf(nouns)}`;
        default: return `When the ${r.zipf(nouns)} Falls`;
      }
    case 'adult-nonfiction': return r.pick([`The Big Book of ${capitalise(r.zipf(topics))}`, `A History of ${r.zipf(places)}`, `Walking in ${r.zipf(places)}`]);
    case 'youth-nonfiction': return `My First Book of ${capitalise(r.zipf(youthTopics))}`;
  }
}

export const englishPack: LanguagePack = {
  code: 'eng',
  isbnGroups: ['9781'],
  givenNames,
  familyNames,
  publishers: ['Harbour Lane Press', 'Northlight Books', 'Kestrel & Finch', 'Greywater Publishing', 'Lantern House'],
  title,
  subtitle: (kind, r) =>
    kind === 'adult-fiction' ? r.zipf(['A Novel', 'Stories', 'A Thriller', 'Poems']) : kind === 'adult-nonfiction' ? r.zipf(['A Practical Guide', 'Essays', 'A Memoir']) : 'An Adventure',
  description: (kind, title, author, r) => {
    const place = r.zipf(places);
    if (kind === 'adult-fiction') {
      return `${title} is ${r.zipf(describing)} novel about ${twoDifferent(r, themes).join(' and ')}. When ${r.zipf(givenNames)} returns to ${place} after many years, old secrets come to light.${author && r.chance(0.5) ? ` ${author} writes with humour and warmth.` : ''}`;
    }
    if (kind === 'adult-nonfiction') return `${title} is ${r.zipf(describing)} and thorough book for anyone who wants to know more. The author takes the reader from ${place} to ${r.zipf(places)}.`;
    if (kind === 'youth-nonfiction') return `A fact book for children about ${r.zipf(youthTopics)}. With lots of pictures and fun facts.`;
    return `${capitalise(r.zipf(describing))} story for children aged ${r.between(3, 12)} and up. ${r.zipf(givenNames)} and friends discover a secret in ${place}.`;
  },
  seriesName: (audience, r) => (audience === 'youth' ? `The ${r.zipf(givenNames)} Adventures` : `The ${r.zipf(places)} Mysteries`),
  gameTitle: (r) => `${capitalise(r.zipf(youthTopics))} Quiz`,
  organisation: (r) => `${r.zipf(places)} Historical Society`,
  merchandiseTitle: (r) => r.pick(['Tote Bag', 'Reading Journal', `${r.zipf(nouns)} Bookmarks`]),
  keywords: {
    common: ['book', 'books', 'novel', 'novels', 'family', 'friendship', 'love', 'nature', 'history', 'story', 'stories', 'travel', 'grief', 'humour', 'war'],
    'adult-fiction': ['crime', 'detective', 'murder', 'thriller', 'thrillers', 'poetry'],
    'adult-nonfiction': ['cooking', 'recipes', 'walking', 'biography', 'biographies', 'birds', 'health'],
    'youth-fiction': ['adventure', 'adventures', 'animals', 'school', 'friends', 'magic', 'dragons'],
    'youth-nonfiction': ['facts', 'dinosaurs', 'space', 'body', 'animals', 'experiments'],
  },
};
