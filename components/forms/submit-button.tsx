"use client";
// A submit button that shows when its form is being sent and cannot be pressed twice.
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  tone?: "primary" | "danger" | "plain";
}) {
  const { pending } = useFormStatus();
  const tones = {
    primary: "bg-brand-700 text-white",
    danger: "bg-red-700 text-white",
    plain: "border border-slate-400 bg-white text-slate-900",
  };
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${tones[tone]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
