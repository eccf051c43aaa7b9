// Shows a value, or says plainly that no source gives it.
import type { ReactNode } from "react";
import { NOT_KNOWN } from "@/lib/format/labels";

export function OrNotKnown({ value, children }: { value: unknown; children?: ReactNode }) {
  if (value === null || value === undefined || value === "") return <span className="italic text-slate-500">{NOT_KNOWN}</span>;
  return <>{children ?? String(value)}</>;
}
