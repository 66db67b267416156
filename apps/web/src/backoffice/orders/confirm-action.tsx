import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope } from '../../shared/ui/action-scope.tsx';

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
  const scope = useActionScope();
  const questionId = useId();
  const [openedIn, setOpenedIn] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const open = openedIn !== null && openedIn === scope.generation;

  useEffect(() => {
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
    // This act is the new action: other messages go, but the question stays until it settles.
    setOpenedIn(scope.begin());
    setPending(true);
    try {
      await onConfirm();
    } catch {
      // The caller shows the error; the question closes so the button (and the error) are reachable.
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
      <button ref={openRef} type="button" className="button" disabled={disabled} aria-describedby={describedBy} onClick={() => setOpenedIn(scope.current())}>
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
