"use client";
// After a stale-save refusal, the editor reloads the current values without losing their own: the button keeps
// what the form holds in this tab's sessionStorage and reloads the page; each field then shows the kept value
// beside the current one, with a button that puts it back, until the form is saved or the editor dismisses them.
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";

type Kept = ReadonlyMap<string, string>;

/** The form's bookkeeping, which the reloaded page sets itself; never offered back. */
const BOOKKEEPING = new Set(["version", "seen", "id", "type", "caseId", "personId"]);

const storageKey = () => `habeas:kept-values:${window.location.pathname}`;

/** The kept values of this page, and a way to forget them; null before a reload kept any. */
const KeptValuesContext = createContext<{ kept: Kept; forget: () => void } | null>(null);

function readKept(raw: string | null): Kept {
  try {
    const stored: unknown = JSON.parse(raw ?? "[]");
    if (!Array.isArray(stored)) return new Map();
    return new Map(
      stored.filter(
        (entry): entry is [string, string] =>
          Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string",
      ),
    );
  } catch {
    return new Map();
  }
}

/** What the form holds now: one value per field, as a text field, a textarea or a select has. */
function valuesOf(form: HTMLFormElement): [string, string][] {
  const data = new FormData(form);
  return [...new Set(data.keys())]
    .filter((name) => !BOOKKEEPING.has(name) && !name.startsWith("$") && data.getAll(name).length === 1)
    .flatMap((name) => {
      const value = data.get(name);
      return typeof value === "string" && value !== "" ? [[name, value] as [string, string]] : [];
    });
}

/** Tells the readers below when this tab's kept values change (sessionStorage sends no event to its own tab). */
const listeners = new Set<() => void>();
const subscribeKept = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const storedKept = () => window.sessionStorage.getItem(storageKey());

function setStored(value: string | null) {
  if (value === null) window.sessionStorage.removeItem(storageKey());
  else window.sessionStorage.setItem(storageKey(), value);
  listeners.forEach((listener) => listener());
}

/** Around a form's fields: reads what a reload kept for this page. `saved` forgets it once the form has saved. */
export function KeptValuesProvider({ saved, children }: { saved: boolean; children: ReactNode }) {
  // sessionStorage exists only in the browser: the server, and hydration, see nothing kept.
  const stored = useSyncExternalStore(subscribeKept, storedKept, () => null);
  const kept = useMemo(() => readKept(stored), [stored]);
  useEffect(() => {
    if (saved) setStored(null);
  }, [saved]);
  const forget = () => setStored(null);
  const active = kept.size > 0 && !saved;
  return (
    <KeptValuesContext value={active ? { kept, forget } : null}>
      {active && <KeptNotice forget={forget} />}
      {children}
    </KeptValuesContext>
  );
}

function KeptNotice({ forget }: { forget: () => void }) {
  const t = useTranslations("KeptValues");
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950" data-kept-notice>
      <p>{t("notice")}</p>
      <button type="button" onClick={forget} className="mt-2 text-sm underline">
        {t("dismiss")}
      </button>
    </div>
  );
}

/** The refusal's button: keeps the form's values, lets the page go without the unsaved-changes question, reloads. */
export function ReloadKeepingButton({ beforeReload }: { beforeReload?: () => void }) {
  const t = useTranslations("KeptValues");
  const ref = useRef<HTMLButtonElement>(null);
  const reload = () => {
    const form = ref.current?.form;
    if (form) setStored(JSON.stringify(valuesOf(form)));
    beforeReload?.();
    // After React has dropped the unsaved-changes listener that beforeReload switched off.
    window.setTimeout(() => window.location.reload(), 0);
  };
  return (
    <button
      ref={ref}
      type="button"
      onClick={reload}
      className="mt-2 rounded border border-red-400 bg-white px-3 py-1.5 text-sm font-medium text-red-900"
    >
      {t("reload")}
    </button>
  );
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const controlOf = (id: string) => document.getElementById(id) as Control | null;

/** A kept value as the field shows it: a select's by its option's label. */
function shownAs(control: Control, value: string): string {
  if (!(control instanceof HTMLSelectElement)) return value;
  return [...control.options].find((option) => option.value === value)?.textContent ?? value;
}

/** Sets a control's value. The input event is heard by the form's unsaved-changes guard and by KeptValue, as
 *  typing would be. */
function putValue(id: string, value: string) {
  const control = controlOf(id);
  if (!control) return;
  control.value = value;
  control.dispatchEvent(new Event("input", { bubbles: true }));
}

/** A control's value as it is now, re-read whenever any field changes. */
const subscribeInput = (listener: () => void) => {
  document.addEventListener("input", listener, true);
  document.addEventListener("change", listener, true);
  return () => {
    document.removeEventListener("input", listener, true);
    document.removeEventListener("change", listener, true);
  };
};

/** Beside a field: the value the editor had before the reload, when it differs from the current one. */
export function KeptValue({ id, name }: { id: string; name: string }) {
  const t = useTranslations("KeptValues");
  const kept = useContext(KeptValuesContext)?.kept.get(name) ?? null;
  const current = useSyncExternalStore(
    subscribeInput,
    () => controlOf(id)?.value ?? null,
    () => null,
  );
  const control = kept !== null && current !== null ? controlOf(id) : null;
  if (kept === null || !control || current === kept) return null;
  const putBack = () => putValue(id, kept);
  return (
    <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950" data-kept-value={name}>
      {t("yours")} <q className="whitespace-pre-wrap break-words">{shownAs(control, kept)}</q>{" "}
      <button type="button" onClick={putBack} className="underline">
        {t("putBack")}
      </button>
    </p>
  );
}
