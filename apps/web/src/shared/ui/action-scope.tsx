import { createContext, use, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';

/**
 * Every user action on a page (a save, a removal, a role change…) starts a new
 * "generation". Messages and open confirmations belong to the generation they were shown
 * in and vanish once another action starts, so "Rollen til Kari er endret." never lingers
 * beside a later failure, and no remove-confirmation stays open after other changes.
 */
interface ActionScopeState {
  /** The generation the page is rendering. */
  generation: number;
  /** Starts a new action: everything shown so far is now stale. Returns the new generation. */
  begin: () => number;
  /** The latest generation, also between renders (for callbacks after an await). */
  current: () => number;
}

const ActionScopeContext = createContext<ActionScopeState | null>(null);

/** Without a scope (tests, isolated widgets) nothing is ever stale. */
const NO_SCOPE: ActionScopeState = { generation: 0, begin: () => 0, current: () => 0 };

export function ActionScope({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const value = useMemo<ActionScopeState>(
    () => ({
      generation,
      begin: () => {
        latest.current += 1;
        setGeneration(latest.current);
        return latest.current;
      },
      current: () => latest.current,
    }),
    [generation],
  );
  return <ActionScopeContext value={value}>{children}</ActionScopeContext>;
}

export function useActionScope(): ActionScopeState {
  return use(ActionScopeContext) ?? NO_SCOPE;
}

/** A value that is shown until the next action starts (a status line, an error by a row). */
export function useScopedValue<T>(): [T | undefined, (value: T | undefined) => void] {
  const scope = useActionScope();
  const [stamped, setStamped] = useState<{ value: T; generation: number } | null>(null);
  const value = stamped && stamped.generation === scope.generation ? stamped.value : undefined;
  const set = (next: T | undefined) => setStamped(next === undefined ? null : { value: next, generation: scope.current() });
  return [value, set];
}

/** A success message for a StatusMessage region; `begin` starts an action (and clears it). */
export function useStatus() {
  const scope = useActionScope();
  const [message, setMessage] = useScopedValue<string>();
  return { message: message ?? '', show: (text: string) => setMessage(text), begin: scope.begin };
}

/** A form's submit handler: no page reload, no double submit, old messages cleared, then the mutation. */
export function submitWith(mutation: { isPending: boolean; mutate: () => void }, status: { begin(): void }) {
  return (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    status.begin();
    mutation.mutate();
  };
}
