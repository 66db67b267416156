import { useId } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { useInlineConfirmation } from '../../shared/ui/use-inline-confirmation.ts';

interface Props {
  buttonLabel: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  /** The button can't be used yet; `describedBy` names the text that says why. */
  disabled?: boolean;
  describedBy?: string | undefined;
  /** Does the act; the question stays open (and busy) until it settles. */
  onConfirm: () => Promise<unknown>;
}

/**
 * An act that cannot be undone (an invoice) asks first, inline: no modal to trap focus in.
 * Focus lands on Avbryt, the safe choice; Escape or Avbryt close the question and return
 * focus to the button. Like ConfirmRemove, the question belongs to the action scope: any
 * other change on the page closes it.
 */
export function ConfirmAction({ buttonLabel, question, confirmLabel, pendingLabel, disabled, describedBy, onConfirm }: Props) {
  const t = useT();
  const questionId = useId();
  const { open, pending, openRef, cancelRef, ask, close, confirm, onKeyDown } = useInlineConfirmation(onConfirm);

  if (!open) {
    return (
      <button ref={openRef} type="button" className="button" disabled={disabled} aria-describedby={describedBy} onClick={ask}>
        {buttonLabel}
      </button>
    );
  }
  return (
    <div className="confirm confirm--action" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <div className="button-row">
        <button ref={cancelRef} type="button" className="button button--secondary" aria-disabled={pending || undefined} onClick={() => !pending && close()}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button" aria-disabled={pending || undefined} onClick={() => void confirm()}>
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </div>
  );
}
