import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A single-page app doesn't reload on navigation, so screen-reader users would hear nothing.
 * Moving focus to <main> after a route change mimics a page load; the first render is
 * left alone so the skip link stays the first thing a keyboard user reaches.
 */
export function ScrollAndFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
