import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A single-page app doesn't reload on navigation, so screen-reader users would hear nothing.
 * Moving focus to <main> after a route change mimics a page load. The first render is left
 * alone so the skip link stays the first thing a keyboard user reaches; comparing with the
 * previous path (rather than counting renders) keeps that true when effects run twice.
 */
export function ScrollAndFocusOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
