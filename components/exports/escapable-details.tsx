"use client";
// A <details> menu that Escape closes, handing focus back to its summary (the WAI-ARIA disclosure pattern).
import { useRef, type ReactNode } from "react";

export function EscapableDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={ref}
      className={className}
      onKeyDown={(event) => {
        const details = ref.current;
        if (event.key !== "Escape" || !details?.open) return;
        event.preventDefault();
        details.open = false;
        details.querySelector("summary")?.focus();
      }}
    >
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {children}
    </details>
  );
}
