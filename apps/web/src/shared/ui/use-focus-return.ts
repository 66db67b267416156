import { useEffect, useRef } from 'react';

/** Where focus goes once a form or panel has opened or closed: the add button, the list, or the button (by key) that opened it. */
export type FocusTarget = 'add' | 'list' | { button: string };

/**
 * Keyboard users keep their place in a list of editable things: after a form closes,
 * focus goes back to the button that opened it, to the add button, or to the list (after
 * a save, with the status message). `returnFocus` names the target; it is focused once
 * `trigger` (the open panel) has changed and the page has been drawn without the form.
 */
export function useFocusReturn(trigger: unknown) {
  const listRef = useRef<HTMLDivElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const next = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = next.current;
    next.current = null;
    if (target === 'add') addButtonRef.current?.focus();
    else if (target === 'list') listRef.current?.focus();
    else if (target) buttons.current.get(target.button)?.focus();
  }, [trigger]);

  /** Registers (or, with null, forgets) the button that opens a form, under its key. */
  const buttonRef = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };
  const returnFocus = (target: FocusTarget) => {
    next.current = target;
  };
  return { listRef, addButtonRef, buttonRef, returnFocus };
}
