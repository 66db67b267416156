import { describe, expect, it } from 'vitest';
import { stemFlags, stemFlagsOf, stemWord } from './stem-word.ts';

const same = (language: 'norwegian' | 'dutch', a: string, b: string) => expect(stemWord(language, a)).toBe(stemWord(language, b));

describe('stemWord', () => {
  it('reduces Norwegian regular and irregular plurals to the singular stem', () => {
    same('norwegian', 'bøkene', 'bok');
    same('norwegian', 'bøker', 'bok');
    same('norwegian', 'boka', 'bok');
    same('norwegian', 'menn', 'mann');
    same('norwegian', 'hendene', 'hånd');
    same('norwegian', 'brødrene', 'bror');
    same('norwegian', 'hestene', 'hest');
  });
  it('reduces Dutch plurals, with the irregular ones and s/f voicing', () => {
    same('dutch', 'boeken', 'boek');
    same('dutch', 'kinderen', 'kind');
    same('dutch', 'steden', 'stad');
    same('dutch', 'schepen', 'schip');
    same('dutch', 'eieren', 'ei');
    same('dutch', 'huizen', 'huis');
    same('dutch', 'brieven', 'brief');
  });
  it('leaves short words and numbers alone', () => {
    expect(stemWord('norwegian', 'ei')).toBe('ei');
    expect(stemWord('dutch', '1984')).toBe('1984');
  });
});

describe('stemFlagsOf', () => {
  it('uses Norwegian for the Scandinavian languages, Dutch for Dutch, both when unknown, none otherwise', () => {
    expect(stemFlagsOf('nob')).toBe(stemFlags.norwegian);
    expect(stemFlagsOf('dan')).toBe(stemFlags.norwegian);
    expect(stemFlagsOf('dut')).toBe(stemFlags.dutch);
    expect(stemFlagsOf(null)).toBe(stemFlags.norwegian | stemFlags.dutch);
    expect(stemFlagsOf('eng')).toBe(0);
  });
});
