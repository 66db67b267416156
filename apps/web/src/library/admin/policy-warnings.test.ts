import type { LibrarySettings, LoanProfile } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { nb } from '../../shared/i18n/nb.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { warningsFor, warningText } from './policy-warnings.ts';

const t = (key: keyof typeof nb, vars?: Record<string, string | number>) => translate(nb, key, vars);
const list = (items: readonly string[]) => new Intl.ListFormat('nb', { type: 'conjunction' }).format(items);
const profile = (id: string, name: string, priority: number): LoanProfile => ({
  id,
  name,
  priority,
  materialGroupId: 'books',
  loanDays: 28,
  yearlyReturnDate: null,
  renewals: 0,
  renewalDays: 0,
  allowsLoan: true,
  allowsIll: false,
  allowsReservation: false,
  borrowerGroupIds: [],
});
const settings: Pick<LibrarySettings, 'borrowerGroups' | 'materialGroups'> = {
  borrowerGroups: [{ id: 'all', name: 'Alle', parentId: null, borrowers: 0, profiles: 0 }],
  materialGroups: [
    {
      id: 'books',
      name: 'Bøker',
      description: '',
      bookable: false,
      preparationDays: 0,
      maxBookingDays: null,
      maxLoans: null,
      items: 0,
      profiles: [profile('a', 'Alle', 1), profile('b', 'Barn', 2), profile('v', 'Voksne', 3), profile('s', 'Semester', 4)],
    },
  ],
};

describe('warningText', () => {
  it('says in plain words what each warning means, naming the profiles', () => {
    expect(warningText(t, settings, { kind: 'applies_to_nobody', materialGroupId: 'books', profileId: 's' }, list)).toBe(
      'Profilen «Semester» har ingen lånergrupper og gjelder derfor ingen.',
    );
    expect(warningText(t, settings, { kind: 'shadowed', materialGroupId: 'books', profileId: 'v', byProfileIds: ['a'] }, list)).toBe(
      'Profilen «Voksne» blir aldri brukt: profilen «Alle» har høyere prioritet og dekker alle gruppene dens.',
    );
    expect(warningText(t, settings, { kind: 'shadowed', materialGroupId: 'books', profileId: 'v', byProfileIds: ['a', 'b'] }, list)).toBe(
      'Profilen «Voksne» blir aldri brukt: profilene «Alle» og «Barn» har høyere prioritet og dekker til sammen alle gruppene dens.',
    );
    expect(warningText(t, settings, { kind: 'no_ill', materialGroupId: 'books' }, list)).toBe(
      '«Bøker» har ingen profil for «Alle», så materialet kan ikke lånes ut som fjernlån.',
    );
  });
});

describe('warningsFor', () => {
  it('sorts warnings to the profile or the material group they are about', () => {
    const warnings = [
      { kind: 'no_ill', materialGroupId: 'books' },
      { kind: 'applies_to_nobody', materialGroupId: 'books', profileId: 's' },
      { kind: 'applies_to_nobody', materialGroupId: 'films', profileId: 'f' },
    ] as const;
    expect(warningsFor(warnings, 'books', null).map((w) => w.kind)).toEqual(['no_ill']);
    expect(warningsFor(warnings, 'books', 's').map((w) => w.kind)).toEqual(['applies_to_nobody']);
    expect(warningsFor(warnings, 'books', 'v')).toEqual([]);
  });
});
