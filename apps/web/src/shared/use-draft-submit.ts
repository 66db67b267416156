import { useState, type FormEvent, type RefObject } from 'react';

/** What a form's draft checker answers: the body to send, or the fields that are wrong, in form order. */
export type DraftResult<Problem extends string, Body> = { ok: true; body: Body } | { ok: false; problems: readonly Problem[] };

interface Options<Problem extends string, Body> {
  result: DraftResult<Problem, Body>;
  pending: boolean;
  /** Clears the form's status and marks where focus returns, before anything else happens. */
  onStart: () => void;
  /** The input for each problem: the first wrong one gets focus. */
  fields: Record<Problem, RefObject<HTMLElement | null>>;
  send: (body: Body) => void;
}

/**
 * Submitting a form whose draft is checked in the browser first. Problems are shown only once
 * the form has been submitted (not while the first value is being typed); then they follow the
 * draft, and a failed submit puts keyboard and screen-reader users in the first wrong field.
 */
export function useDraftSubmit<Problem extends string, Body>({ result, pending, onStart, fields, send }: Options<Problem, Body>) {
  const [checked, setChecked] = useState(false);
  const problems: readonly Problem[] = checked && !result.ok ? result.problems : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    onStart();
    setChecked(true);
    if (!result.ok) {
      const first = result.problems[0];
      if (first) fields[first].current?.focus();
      return;
    }
    send(result.body);
  };

  return { problems, submit };
}
