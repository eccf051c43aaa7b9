"use client";
// The site-wide search box: suggestions as you type, in the WAI-ARIA combobox pattern, keyboard first.
// Without JavaScript it is a plain form that opens the results page. Its few strings come translated from the
// server (header-search.tsx), so public pages ship no message catalogue or formatter to the browser.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { countryName } from "@/lib/format/country-name";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

type Suggestion = { slug: string; name: string; countryCode: string; status: CaseStatus };

export type HeaderSearchStrings = {
  label: string;
  /** The accessible name of the search landmark, distinct from the search page's own form. */
  landmark: string;
  placeholder: string;
  suggestions: string;
  statuses: Record<CaseStatus, string>;
};

export function HeaderSearchBox({ locale, strings }: { locale: string; strings: HeaderSearchStrings }) {
  const t = (key: "label" | "landmark" | "placeholder" | "suggestions") => strings[key];
  const statuses = (status: CaseStatus) => strings.statuses[status];
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/search?q=${encodeURIComponent(q)}&limit=8`).catch(() => null);
      if (!response?.ok || ticket !== latest.current) return;
      const body = (await response.json()) as { results: Suggestion[] };
      setSuggestions(body.results);
      setActive(-1);
      setOpen(true);
    }, 180);
    return () => clearTimeout(timer);
  }, [query]);

  const go = (s: Suggestion) => {
    setOpen(false);
    router.push(`/${locale}/cases/${s.slug}`);
  };

  return (
    <form
      action={`/${locale}/search`}
      method="get"
      role="search"
      aria-label={t("landmark")}
      className="relative"
      onSubmit={(e) => {
        if (active >= 0 && suggestions[active]) {
          e.preventDefault();
          go(suggestions[active]);
        }
      }}
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        {t("label")}
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        value={query}
        maxLength={200}
        placeholder={t("placeholder")}
        autoComplete="off"
        role="combobox"
        aria-expanded={open && suggestions.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          // Cleared here rather than in the effect, so a short query never renders stale suggestions first.
          if (e.target.value.trim().length < 2) setSuggestions([]);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, suggestions.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, -1));
          } else if (e.key === "Escape") {
            setOpen(false);
            setActive(-1);
          }
        }}
        className="w-48 rounded border border-slate-400 bg-white px-2 py-1 sm:w-64"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!open || suggestions.length === 0}
        className="absolute right-0 z-20 mt-1 w-80 rounded border border-slate-300 bg-white shadow"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              go(s);
            }}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-blue-100" : ""}`}
          >
            <span lang="en" className="font-medium">
              {s.name}
            </span>
            <span className="block text-sm text-slate-600">
              {countryName(s.countryCode, locale, s.countryCode)} · {statuses(s.status)}
            </span>
          </li>
        ))}
      </ul>
    </form>
  );
}
