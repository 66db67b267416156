import type { DeskDecision, Explanation, Loan } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { nb } from '../../shared/i18n/nb.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { deskAnswerText } from './desk-answer.ts';

const t = (key: keyof typeof nb, vars?: Record<string, string | number>) => translate(nb, key, vars);
const context = { t, formatDate: (date: string) => `[${date}]` };
const explanation: Explanation = {
  transaction: 'loan',
  materialGroup: { id: 'b', name: 'Bøker' },
  outcome: 'allowed',
  reason: null,
  profile: null,
  matchedGroup: null,
  borrowerGroups: [],
  trace: [],
  facts: {},
};
const loan: Loan = {
  id: 'l',
  item: { id: 'i', barcode: '0301', title: 'Sult' },
  borrower: { id: 'k', cardNumber: '1001', name: 'Kari Nordmann' },
  materialGroupId: 'b',
  status: 'open',
  loanedOn: '2026-03-10',
  dueOn: '2026-04-07',
  renewalsUsed: 0,
  returnedOn: null,
  decision: explanation,
};
const decision = (overrides: Partial<DeskDecision>): DeskDecision => ({ allowed: true, explanation, loan: null, booking: null, reservationId: null, illRequestId: null, ...overrides });

describe('deskAnswerText', () => {
  it('says what was lent, to whom and until when', () => {
    expect(deskAnswerText(context, { kind: 'decision', act: { kind: 'checkOut', barcode: '0301', borrowerName: 'Kari Nordmann' }, decision: decision({ loan }) })).toBe(
      '«Sult» er lånt ut til Kari Nordmann. Forfaller [2026-04-07].',
    );
  });

  it('says why a loan was refused, naming the barcode', () => {
    const refusal = decision({ allowed: false, explanation: { ...explanation, outcome: 'refused', reason: 'loan_limit_reached', facts: { loans: 3, maxLoans: 3 } } });
    expect(deskAnswerText(context, { kind: 'decision', act: { kind: 'checkOut', barcode: '0301', borrowerName: 'Kari' }, decision: refusal })).toBe(
      'Strekkode 0301 kan ikke lånes ut: Låneren har allerede 3 lån i denne materialgruppen, og grensen er 3.',
    );
  });

  it('answers a renewal with the new due date, or why not', () => {
    const act = { kind: 'renew', title: 'Sult', borrowerName: 'Kari' } as const;
    expect(deskAnswerText(context, { kind: 'decision', act, decision: decision({ loan: { ...loan, dueOn: '2026-04-21' } }) })).toBe('«Sult» er fornyet. Ny forfallsdato er [2026-04-21].');
    const refusal = decision({ allowed: false, explanation: { ...explanation, outcome: 'refused', reason: 'renewals_used_up', facts: { renewalsUsed: 2, renewals: 2 } } });
    expect(deskAnswerText(context, { kind: 'decision', act, decision: refusal })).toBe('«Sult» kan ikke fornyes: Lånet er allerede fornyet 2 av 2 mulige ganger.');
  });

  it('confirms reservations, bookings, inter-library loans and returns', () => {
    const who = { barcode: '0301', borrowerName: 'Kari' };
    expect(deskAnswerText(context, { kind: 'decision', act: { kind: 'reserve', ...who }, decision: decision({ reservationId: 'r' }) })).toBe('Strekkode 0301 er reservert for Kari.');
    const booking = { id: 'b', itemId: 'i', borrowerId: 'k', startsOn: '2026-04-01', endsOn: '2026-04-05', blockedFrom: '2026-03-29' };
    expect(deskAnswerText(context, { kind: 'decision', act: { kind: 'book', ...who }, decision: decision({ booking }) })).toBe('Strekkode 0301 er booket for Kari fra [2026-04-01] til [2026-04-05].');
    expect(deskAnswerText(context, { kind: 'decision', act: { kind: 'ill', ...who }, decision: decision({ illRequestId: 'x' }) })).toBe('Fjernlånsbestilling av strekkode 0301 er registrert for Kari.');
    expect(deskAnswerText(context, { kind: 'return', loan })).toBe('«Sult» er levert inn. Den var lånt av Kari Nordmann (kort 1001).');
  });
});
