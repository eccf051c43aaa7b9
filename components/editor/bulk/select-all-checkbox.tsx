"use client";
// "Select all on this page": ticked when every case is, and mixed (announced as such) when only some are.
import { useEffect, useRef } from "react";

type Props = { label: string; checked: boolean; mixed: boolean; disabled: boolean; onChange: (all: boolean) => void };

export function SelectAllCheckbox({ label, checked, mixed, disabled, onChange }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` exists only as a DOM property, not as an attribute React can render.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="size-4"
      aria-label={label}
      checked={checked}
      disabled={disabled}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
