import { useId } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useInlineConfirmation } from './use-inline-confirmation.ts';

interface Props {
  /** Visible button text names the thing ("Fjern Kari"), so a list of buttons is unambiguous. */
  buttonLabel: string;
  question: string;
  /** Does the removal; the confirmation stays open (and busy) until it settles. */
  onConfirm: () => Promise<unknown>;
  /** Why the last attempt failed, shown by the button and read with it. */
  error?: string | undefined;
}

/**
 * Two-step removal inline: no modal to trap focus in, and nothing is deleted by one stray
 * click. Focus lands on "Avbryt" (the safe choice); Escape or Avbryt close the question and
 * return focus to the button that opened it. The question belongs to the action scope:
 * any other change on the page closes it.
 */
export function ConfirmRemove({ buttonLabel, question, onConfirm, error }: Props) {
  const t = useT();
  const questionId = useId();
  const errorId = useId();
  const { open, pending, openRef, cancelRef, ask, close, confirm, onKeyDown } = useInlineConfirmation(onConfirm);

  if (!open) {
    return (
      <div className="confirm-remove">
        <button
          ref={openRef}
          type="button"
          className="button button--danger-quiet"
          aria-describedby={error ? errorId : undefined}
          onClick={ask}
        >
          {buttonLabel}
        </button>
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <div className="button-row">
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={close}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" aria-disabled={pending || undefined} onClick={() => void confirm()}>
          {pending ? t('common.removing') : t('common.confirmRemove')}
        </button>
      </div>
    </div>
  );
}
