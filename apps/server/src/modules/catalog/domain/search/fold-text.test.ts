import { describe, expect, it } from 'vitest';
import { apostropheParts, asciiFallback, foldText, joinApostrophes, suggestionText, wordsOf } from './fold-text.ts';

describe('foldText', () => {
  it('lower-cases and removes accents but keeps æ ø å', () => {
    expect(foldText('Émile Zola à Ørsta, Ærø og Ålesund')).toBe('emile zola a ørsta, ærø og ålesund');
    expect(foldText('Naïve Brontë')).toBe('naive bronte');
  });
  it('files Swedish and German ä and ö with æ and ø', () => {
    expect(foldText('Björn Källström')).toBe('bjørn kællstrøm');
  });
  it('keeps å when it arrives decomposed (a + combining ring)', () => {
    expect(foldText('A\u030Asen')).toBe('åsen');
  });
  it('expands ß and ligatures', () => {
    expect(foldText('Straße ﬁnn')).toBe('strasse finn');
  });
});

describe('wordsOf', () => {
  it('splits on anything but letters and digits', () => {
    expect(wordsOf('Harry Potter og de vises stein (1997), bd. 1')).toEqual(['harry', 'potter', 'og', 'de', 'vises', 'stein', '1997', 'bd', '1']);
  });
  it('keeps an apostrophe between letters, also a typographic one', () => {
    expect(wordsOf("O’Brien's auto's 't Hooft d'Artagnan")).toEqual(["o'brien's", "auto's", 't', 'hooft', "d'artagnan"]);
  });
  it('apostrophe words match whole and by their parts', () => {
    expect(joinApostrophes("o'brien")).toBe('obrien');
    expect(apostropheParts("d'artagnan")).toEqual(['artagnan']);
    expect(apostropheParts("auto's")).toEqual(['auto']);
  });
});

describe('asciiFallback', () => {
  it('spells æ ø å as a user without them types', () => {
    expect(asciiFallback('bjørnson')).toBe('bjornson');
    expect(asciiFallback('blåbær')).toBe('blaabaer');
    expect(asciiFallback('hamsun')).toBeNull();
  });
  it('suggestion text uses the fallbacks, so both spellings meet', () => {
    expect(suggestionText('Bjørnstjerne Bjørnson')).toBe(suggestionText('bjornstjerne bjornson'));
  });
});
