import type { Explanation } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { nb } from '../../shared/i18n/nb.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { allowedFacts, profileText, reasonText, traceOutcomeText } from './explanation-wording.ts';

const t = (key: keyof typeof nb, vars?: Record<string, string | number>) => translate(nb, key, vars);
const context = { t, formatDate: (date: string) => `[${date}]`, rootName: 'Alle' };

const books = { id: 'books', name: 'Bøker' };
const base: Explanation = {
  transaction: 'loan',
  materialGroup: books,
  outcome: 'allowed',
  reason: null,
  profile: { id: 'voksne', name: 'Voksne', priority: 1 },
  matchedGroup: { id: 'g-voksne', name: 'Voksne', through: { id: 'g-voksne', name: 'Voksne' } },
  borrowerGroups: [{ id: 'g-voksne', name: 'Voksne' }],
  trace: [
    { id: 'voksne', name: 'Voksne', priority: 1, outcome: 'decided' },
    { id: 'alle', name: 'Alle', priority: 2, outcome: 'not_consulted' },
  ],
  facts: { loanDate: '2026-03-10', dueDate: '2026-04-07' },
};
const refused = (reason: string, facts: Explanation['facts'] = {}, extra: Partial<Explanation> = {}): Explanation => ({ ...base, outcome: 'refused', reason, facts, ...extra });

describe('profileText', () => {
  it('says which profile decided and the group it took the borrower in by, as the issue words it', () => {
    expect(profileText(context, base)).toBe('Profil «Voksne» (prioritet 1) gjelder fordi låneren er i «Voksne».');
  });

  it('names the borrower’s own group when the profile reached them through an ancestor', () => {
    const child = { ...base, profile: { id: 'alle', name: 'Alle', priority: 3 }, matchedGroup: { id: 'g-alle', name: 'Alle', through: { id: 'g-barn', name: 'Barn' } } };
    expect(profileText(context, child)).toBe('Profil «Alle» (prioritet 3) gjelder fordi låneren er i «Barn», som hører inn under «Alle».');
  });

  it('says an inter-library loan is decided by the profile for everyone', () => {
    const ill = { ...base, transaction: 'ill' as const, matchedGroup: { id: 'g-alle', name: 'Alle', through: null } };
    expect(profileText(context, ill)).toBe('Profil «Voksne» (prioritet 1) avgjør fordi den gjelder «Alle».');
  });

  it('has nothing to say when no profile decided, and little when the group is unknown', () => {
    expect(profileText(context, { ...base, profile: null, matchedGroup: null })).toBeNull();
    expect(profileText(context, { ...base, matchedGroup: null })).toBe('Profil «Voksne» (prioritet 1) avgjorde.');
  });
});

describe('reasonText', () => {
  it('is silent when the answer was yes', () => {
    expect(reasonText(context, base)).toBeNull();
  });

  it('gives the figures behind a refusal', () => {
    expect(reasonText(context, refused('loan_limit_reached', { loans: 3, maxLoans: 3 }))).toBe('Låneren har allerede 3 lån i denne materialgruppen, og grensen er 3.');
    expect(reasonText(context, refused('renewals_used_up', { renewalsUsed: 2, renewals: 2 }))).toBe('Lånet er allerede fornyet 2 av 2 mulige ganger.');
    expect(reasonText(context, refused('due_date_not_later', { dueDate: '2026-06-15', newDueDate: '2026-06-15' }))).toBe(
      'En fornyelse ville gitt forfallsdato [2026-06-15], som ikke er senere enn nåværende forfallsdato [2026-06-15].',
    );
    expect(reasonText(context, refused('booking_too_early', { earliestStart: '2026-03-13', preparationDays: 3 }))).toBe(
      'Bookingen kan tidligst starte [2026-03-13], fordi eksemplaret trenger 3 dager til klargjøring.',
    );
    expect(reasonText(context, refused('booking_too_long', { days: 20, maxBookingDays: 14 }))).toBe('Bookingen varer 20 dager, men høyst 14 dager er tillatt.');
    expect(reasonText(context, refused('booking_overlaps', { otherStart: '2026-04-01', otherEnd: '2026-04-05' }))).toBe(
      'Eksemplaret er allerede booket [2026-04-01]–[2026-04-05], og klargjøringen før en booking sperrer det også.',
    );
  });

  it('names the profile, the transaction and the material group', () => {
    expect(reasonText(context, refused('not_allowed_by_profile', {}, { transaction: 'reservation' }))).toBe('Profilen «Voksne» tillater ikke reservasjon.');
    expect(reasonText(context, refused('not_allowed_by_profile', {}, { transaction: 'renewal' }))).toBe('Profilen «Voksne» tillater ikke utlån.');
    expect(reasonText(context, refused('no_loan_profile', {}, { profile: null }))).toBe('Ingen låneprofil i «Bøker» gjelder for låneren, så materialet kan ikke lånes ut til denne låneren.');
    expect(reasonText(context, refused('not_available_for_ill'))).toBe('Ingen låneprofil i «Bøker» gjelder for «Alle», så materialet kan ikke lånes ut som fjernlån.');
    expect(reasonText(context, refused('not_bookable'))).toBe('Materialgruppen «Bøker» kan ikke bookes.');
  });

  it('falls back to a plain sentence when a figure is missing, never showing a gap', () => {
    for (const reason of ['loan_limit_reached', 'renewals_used_up', 'due_date_not_later', 'booking_too_early', 'booking_too_long', 'booking_overlaps']) {
      const sentence = reasonText(context, refused(reason, {}, { materialGroup: null }));
      expect(sentence, reason).not.toMatch(/[{}]|undefined/);
    }
    expect(reasonText({ ...context, rootName: undefined }, refused('not_available_for_ill'))).toBe('Ingen låneprofil gjelder for alle lånere, så materialet kan ikke lånes ut som fjernlån.');
    expect(reasonText(context, refused('booking_too_early', { earliestStart: '2026-03-13' }))).toBe('Bookingen kan tidligst starte [2026-03-13].');
  });

  it('has a sentence for every reason code, and one for a code it does not know', () => {
    const codes = [
      'no_material_group',
      'no_loan_profile',
      'not_allowed_by_profile',
      'not_available_for_ill',
      'borrower_blocked',
      'loan_limit_reached',
      'renewals_used_up',
      'reserved_by_other',
      'profile_no_longer_matches',
      'due_date_not_later',
      'not_bookable',
      'booking_too_early',
      'booking_too_long',
      'booking_overlaps',
      'booking_ends_before_start',
      'item_booked',
      'booking_overlaps_loan',
    ];
    const sentences = codes.map((code) => reasonText(context, refused(code)));
    expect(new Set(sentences).size).toBe(codes.length);
    expect(reasonText(context, refused('something_new'))).toBe('Handlingen ble avslått.');
  });
});

describe('the trace and the facts', () => {
  it('says what happened to each profile', () => {
    expect(traceOutcomeText(t, 'decided')).toBe('Avgjorde');
    expect(traceOutcomeText(t, 'no_shared_group')).toBe('Deler ingen gruppe med låneren');
  });

  it('lists the dates of an allowed loan and renewal, and nothing for a refusal', () => {
    expect(allowedFacts(context, base).map((f) => [f.label, f.value])).toEqual([
      ['Lånedato', '[2026-03-10]'],
      ['Forfaller', '[2026-04-07]'],
    ]);
    const renewal = { ...base, transaction: 'renewal' as const, facts: { dueDate: '2026-04-07', newDueDate: '2026-04-21', renewalsUsed: 1, renewals: 2 } };
    expect(allowedFacts(context, renewal).map((f) => [f.label, f.value])).toEqual([
      ['Forfaller', '[2026-04-21]'],
      ['Fornyelser brukt', '1 av 2'],
    ]);
    expect(allowedFacts(context, refused('borrower_blocked', { dueDate: '2026-04-07' }))).toEqual([]);
  });
});
