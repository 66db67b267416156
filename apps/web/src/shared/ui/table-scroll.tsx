import type { ReactNode } from 'react';

/**
 * A table too wide for its column scrolls inside this box, never the page. The box is
 * focusable and named so keyboard users can scroll it too (WCAG 2.1.1, axe
 * scrollable-region-focusable). Tables marked `table-stack` become one card per row on
 * narrow screens instead (see styles.css), so the box rarely has to scroll at all.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
