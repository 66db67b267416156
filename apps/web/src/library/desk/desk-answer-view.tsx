import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ExplanationView } from '../explanation/explanation-view.tsx';
import { deskAnswerText, type DeskAnswer } from './desk-answer.ts';

interface Props {
  answer: DeskAnswer | undefined;
  rootName?: string | undefined;
}

/**
 * The desk's last answer. The sentence is a live region, always in the page, so a screen
 * reader announces each new answer while focus stays in the barcode field for the next scan.
 * A refusal shows why at once; a yes keeps its explanation one click away.
 */
export function DeskAnswerView({ answer, rootName }: Props) {
  const t = useT();
  const format = useFormatters();
  const context = { t, formatDate: (date: string) => format.calendarDate(date), rootName };
  const allowed = answer?.kind === 'return' || answer?.decision.allowed === true;
  return (
    <div className="desk-answer">
      <p role="status" className={answer ? `notice ${allowed ? 'notice--success' : 'notice--error'}` : 'status-idle'}>
        {answer ? deskAnswerText(context, answer) : ''}
      </p>
      {answer?.kind === 'decision' ? (
        allowed ? (
          <details className="desk-answer__why">
            <summary>{t('libDesk.answer.showWhy')}</summary>
            <ExplanationView explanation={answer.decision.explanation} rootName={rootName} />
          </details>
        ) : (
          <div className="desk-answer__why">
            <ExplanationView explanation={answer.decision.explanation} rootName={rootName} traceOpen showReason={false} />
          </div>
        )
      ) : null}
    </div>
  );
}
