import type { ReactNode } from 'react';

/** A table wider than a narrow screen scrolls on its own; the region is reached and scrolled with the keyboard too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
