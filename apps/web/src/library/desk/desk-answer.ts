import type { DeskDecision, Loan } from '@hylle/contracts';
import { reasonText, type WordingContext } from '../explanation/explanation-wording.ts';

/** What the desk asked for, as much as the answer needs to name it. */
export type DeskAct =
  | { kind: 'checkOut' | 'reserve' | 'ill'; barcode: string; borrowerName: string }
  | { kind: 'book'; barcode: string; borrowerName: string }
  | { kind: 'renew'; title: string; borrowerName: string };

/** The desk's last answer: a decision on an act, or a return (which no rule decides). */
export type DeskAnswer = { kind: 'decision'; act: DeskAct; decision: DeskDecision } | { kind: 'return'; loan: Loan };

/**
 * The answer in one sentence, for the eye and for the live region that announces it: what was
 * done (with the due date), or what was refused and why. The full explanation is shown below it.
 */
export function deskAnswerText(context: WordingContext, answer: DeskAnswer): string {
  const { t, formatDate } = context;
  if (answer.kind === 'return') {
    const { loan } = answer;
    return t('libDesk.answer.returned', { title: loan.item.title, name: loan.borrower.name, card: loan.borrower.cardNumber });
  }
  const { act, decision } = answer;
  if (!decision.allowed) {
    const why = reasonText(context, decision.explanation) ?? t('library.reason.unknown');
    if (act.kind === 'renew') return t('libDesk.answer.renewRefused', { title: act.title, why });
    return t(`libDesk.answer.${act.kind}Refused`, { barcode: act.barcode, why });
  }
  const loan = decision.loan;
  switch (act.kind) {
    case 'checkOut':
      return loan
        ? t('libDesk.answer.checkedOut', { title: loan.item.title, name: act.borrowerName, date: formatDate(loan.dueOn) })
        : t('libDesk.answer.checkedOutPlain', { barcode: act.barcode, name: act.borrowerName });
    case 'renew':
      return loan ? t('libDesk.answer.renewed', { title: loan.item.title, date: formatDate(loan.dueOn) }) : t('libDesk.answer.renewedPlain', { title: act.title });
    case 'reserve':
      return t('libDesk.answer.reserved', { barcode: act.barcode, name: act.borrowerName });
    case 'book':
      return decision.booking
        ? t('libDesk.answer.booked', { barcode: act.barcode, name: act.borrowerName, start: formatDate(decision.booking.startsOn), end: formatDate(decision.booking.endsOn) })
        : t('libDesk.answer.bookedPlain', { barcode: act.barcode, name: act.borrowerName });
    case 'ill':
      return t('libDesk.answer.illRequested', { barcode: act.barcode, name: act.borrowerName });
  }
}
