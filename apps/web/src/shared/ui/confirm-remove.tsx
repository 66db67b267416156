import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useActionScope } from './action-scope.tsx';

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
  const scope = useActionScope();
  const questionId = useId();
  const errorId = useId();
  const [openedIn, setOpenedIn] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const open = openedIn !== null && openedIn === scope.generation;

  useEffect(() => {
    // Move focus with the step so keyboard users land on the new choice, and back when closed.
    if (open) {
      cancelRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpenedIn(null);
  };

  const confirm = async () => {
    if (pending) return;
    // This removal is the new action: other messages go, but this question stays until it settles.
    setOpenedIn(scope.begin());
    setPending(true);
    try {
      await onConfirm();
    } catch {
      // The caller shows the error by its row; the question closes so the button (and the error) are reachable.
    } finally {
      setPending(false);
      close();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !pending) {
      event.stopPropagation();
      close();
    }
  };

  if (!open) {
    return (
      <div className="confirm-remove">
        <button
          ref={openRef}
          type="button"
          className="button button--danger-quiet"
          aria-describedby={error ? errorId : undefined}
          onClick={() => setOpenedIn(scope.current())}
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
