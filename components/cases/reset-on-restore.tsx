"use client";
// Keeps a GET filter form in step with its URL when the browser brings a page back from its back-forward
// cache: the page is then shown as the visitor left it, with whatever they had picked but not applied.
// reset() returns every field to the value the server rendered for this URL.
import { useEffect, useRef } from "react";

export function ResetOnRestore() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) form.reset();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  return <span ref={ref} hidden />;
}
