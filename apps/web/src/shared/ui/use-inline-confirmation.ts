import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useActionScope } from './action-scope.tsx';

/**
 * The state of an inline "are you sure?" step (ConfirmRemove, ConfirmAction): no modal to
 * trap focus in. Opening moves focus to Avbryt (the safe choice); Escape or Avbryt close the
 * question and return focus to the button that opened it. The question belongs to the action
 * scope, so any other change on the page closes it; confirming is the new action, and the
 * question stays open (and busy) until `onConfirm` settles. Errors are the caller's to show.
 */
export function useInlineConfirmation(onConfirm: () => Promise<unknown>) {
  const scope = useActionScope();
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

  return { open, pending, openRef, cancelRef, ask: () => setOpenedIn(scope.current()), close, confirm, onKeyDown };
}
