"use client";
// Asks before leaving a page whose form has unsaved changes.
import { useEffect, useState, type FormEvent } from "react";

export function useUnsavedGuard() {
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return {
    dirty,
    markClean: () => setDirty(false),
    formProps: { onChange: (_event: FormEvent) => setDirty(true), onInput: (_event: FormEvent) => setDirty(true) },
  };
}
