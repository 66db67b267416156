import { useEffect, useRef, useState } from 'react';

/**
 * Focus for the result of an action: `[ref, focus]`; `focus()` asks for it, and the element gets it once
 * the page has been drawn with the new data (a list that just grew, a section just filled).
 */
export function useFocusRequest<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) ref.current?.focus();
  }, [request]);
  const focus = () => setRequest((count) => count + 1);
  return [ref, focus] as const;
}
