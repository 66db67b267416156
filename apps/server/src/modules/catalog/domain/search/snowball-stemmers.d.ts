// The package ships no types; this is the part of its API the index uses.
declare module 'snowball-stemmers' {
  type SnowballStemmer = { stem(word: string): string };
  const snowball: {
    newStemmer(algorithm: string): SnowballStemmer;
    algorithms(): string[];
  };
  export default snowball;
}
