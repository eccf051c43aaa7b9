import type { ReactNode } from "react";

/** A box that scrolls sideways on narrow screens. Keyboard users must be able to reach it to scroll it, so it
 *  takes focus and is named (axe: scrollable-region-focusable). */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
