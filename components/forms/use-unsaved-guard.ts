"use client";
// Asks before leaving a page whose form has unsaved changes: on reload or close, and on in-app links.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export function useUnsavedGuard() {
  const t = useTranslations("Editor");
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Client-side navigation never fires beforeunload, so in-app links are checked here.
    const guardLinks = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank") return;
      if (!window.confirm(t("unsavedChanges"))) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", guardLinks, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", guardLinks, true);
    };
  }, [dirty, t]);
  return {
    dirty,
    markClean: () => setDirty(false),
    formProps: { onChange: () => setDirty(true), onInput: () => setDirty(true) },
  };
}
