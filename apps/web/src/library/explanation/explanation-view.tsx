import type { Explanation } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { useListFormat } from '../use-list-format.ts';
import { allowedFacts, profileText, reasonText, traceOutcomeText, transactionLabel } from './explanation-wording.ts';

interface Props {
  explanation: Explanation;
  /** The root group's name, for the words about inter-library loans. */
  rootName?: string | undefined;
  /** The trace starts open where the reader came to find out why (a refusal, the policy tester). */
  traceOpen?: boolean;
  /** False where the refusal is already said just above (the desk's answer sentence). */
  showReason?: boolean;
}

/**
 * Why a rule applied (rule 13), the same for the admin's policy tester, the desk's answers
 * and a loan's stored decision: the refusal and its figures, the profile that decided and the
 * group that took the borrower in, and every profile in priority order with what happened to it.
 */
export function ExplanationView({ explanation, rootName, traceOpen = false, showReason = true }: Props) {
  const t = useT();
  const format = useFormatters();
  const list = useListFormat();
  const context = { t, formatDate: (date: string) => format.calendarDate(date), rootName };
  const reason = showReason ? reasonText(context, explanation) : null;
  const profile = profileText(context, explanation);
  const facts = allowedFacts(context, explanation);
  const traceTitle = t('library.explain.traceTitle', { count: explanation.trace.length });

  return (
    <div className="explanation">
      {reason ? <p className="explanation__reason">{reason}</p> : null}
      {profile ? <p className="explanation__profile">{profile}</p> : null}
      <dl className="facts explanation__facts">
        <div>
          <dt>{t('library.explain.transaction')}</dt>
          <dd>{transactionLabel(t, explanation.transaction)}</dd>
        </div>
        {explanation.materialGroup ? (
          <div>
            <dt>{t('library.explain.materialGroup')}</dt>
            <dd>{explanation.materialGroup.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('library.explain.borrowerGroups')}</dt>
          <dd>{explanation.borrowerGroups.length > 0 ? list(explanation.borrowerGroups.map((g) => g.name)) : t('common.none')}</dd>
        </div>
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {explanation.trace.length > 0 ? (
        <details open={traceOpen} className="explanation__trace">
          <summary>{traceTitle}</summary>
          <TableScroll label={traceTitle}>
            <table className="table-stack">
              <caption className="visually-hidden">{traceTitle}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('library.explain.priority')}
                  </th>
                  <th scope="col">{t('library.explain.profile')}</th>
                  <th scope="col">{t('library.explain.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {explanation.trace.map((step) => (
                  <tr key={step.id} className={step.outcome === 'decided' ? 'explanation__decided' : undefined}>
                    <td className="numeric" data-label={t('library.explain.priority')}>
                      {step.priority}
                    </td>
                    <th scope="row">{step.name}</th>
                    <td data-label={t('library.explain.outcome')}>{traceOutcomeText(t, step.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </div>
  );
}
