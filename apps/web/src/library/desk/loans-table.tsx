import { Fragment, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeskDecision, Loan } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { useScopedValue } from '../../shared/ui/action-scope.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { ExplanationView } from '../explanation/explanation-view.tsx';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import type { DeskAnswer } from './desk-answer.ts';

interface Props {
  libraryId: string;
  borrowerName: string;
  loans: readonly Loan[];
  /** The library's today: a loan due before it is overdue. */
  today: string;
  materialGroupName: (id: string) => string;
  rootName?: string | undefined;
  onStart: () => void;
  onAnswer: (answer: DeskAnswer) => void;
}

/**
 * The borrower's open loans with due dates and renewals used, each with a renew button and
 * the decision stored when it was lent (rule 13), so the desk can say why a due date is what it is.
 */
export function LoansTable({ libraryId, borrowerName, loans, today, materialGroupName, rootName, onStart, onAnswer }: Props) {
  const t = useT();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const [renewError, setRenewError] = useScopedValue<{ id: string; message: string }>();

  const renew = useMutation({
    mutationFn: (loan: Loan) => apiPost<DeskDecision>(libraryApi(libraryId, '/desk/renew'), { loanId: loan.id }),
    onSuccess: (decision, loan) => {
      onAnswer({ kind: 'decision', act: { kind: 'renew', title: loan.item.title, borrowerName }, decision });
      void queryClient.invalidateQueries({ queryKey: libraryKeys.borrowers(libraryId) });
    },
    onError: (error, loan) => setRenewError({ id: loan.id, message: problemMessage(t, error) }),
  });

  const caption = t('libDesk.loans.title', { count: loans.length });
  return (
    <TableScroll label={caption}>
      <table className="table-stack desk-loans">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('libDesk.loans.titleColumn')}</th>
            <th scope="col">{t('libDesk.loans.loanedOn')}</th>
            <th scope="col">{t('libDesk.loans.dueOn')}</th>
            <th scope="col" className="numeric">
              {t('libDesk.loans.renewals')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {loans.map((loan) => {
            const overdue = loan.dueOn < today;
            const whyId = `loan-why-${loan.id}`;
            const pending = renew.isPending && renew.variables?.id === loan.id;
            return (
              <Fragment key={loan.id}>
                <tr>
                  <th scope="row">
                    {loan.item.title}
                    {/* Barcode and material group under the title: seven columns would not fit beside the desk's forms. */}
                    <span className="desk-loans__sub">
                      {t('libDesk.loans.itemFacts', { barcode: loan.item.barcode, group: materialGroupName(loan.materialGroupId) })}
                    </span>
                  </th>
                  <td data-label={t('libDesk.loans.loanedOn')} className="nowrap">
                    {format.calendarDate(loan.loanedOn, 'medium')}
                  </td>
                  <td data-label={t('libDesk.loans.dueOn')} className="nowrap">
                    {format.calendarDate(loan.dueOn, 'medium')}
                    {overdue ? <span className="badge desk-loans__overdue">{t('libDesk.loans.overdue')}</span> : null}
                  </td>
                  <td data-label={t('libDesk.loans.renewals')} className="numeric">
                    {loan.renewalsUsed}
                  </td>
                  <td data-label={t('common.actions')}>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('libDesk.loans.renewNamed', { title: loan.item.title })}
                        aria-disabled={pending || undefined}
                        aria-describedby={renewError?.id === loan.id ? `${whyId}-error` : undefined}
                        onClick={() => {
                          if (renew.isPending) return;
                          onStart();
                          renew.mutate(loan);
                        }}
                      >
                        {pending ? t('libDesk.loans.renewing') : t('libDesk.loans.renew')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-expanded={open === loan.id}
                        aria-controls={open === loan.id ? whyId : undefined}
                        aria-label={t('libDesk.loans.whyNamed', { title: loan.item.title })}
                        onClick={() => setOpen(open === loan.id ? null : loan.id)}
                      >
                        {t('libDesk.loans.why')}
                      </button>
                    </div>
                    {renewError?.id === loan.id ? (
                      <p id={`${whyId}-error`} className="field__error">
                        {renewError.message}
                      </p>
                    ) : null}
                  </td>
                </tr>
                {open === loan.id ? (
                  <tr className="desk-loans__why">
                    <td colSpan={5} id={whyId}>
                      <p className="muted">{t('libDesk.loans.decisionAtLoan', { date: format.calendarDate(loan.loanedOn) })}</p>
                      <ExplanationView explanation={loan.decision} rootName={rootName} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
