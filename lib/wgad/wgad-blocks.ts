// The building blocks of a WGAD draft, shared by its words (wgad-text.ts) and its Word file (wgad-docx.ts): text
// from the records, a gap marked for the author to fill, and the citations a fact rests on.
import { formatPartialDate } from "@/lib/format/partial-date";
import type { WgadCitation } from "@/lib/server/wgad/get-wgad-draft";

export type WgadPart =
  | { kind: "text"; text: string }
  /** What the author must complete, shown highlighted so it cannot be mistaken for a fact. */
  | { kind: "missing"; text: string }
  /** The citations behind the text before it: one footnote each. */
  | { kind: "cite"; citations: WgadCitation[] };

/** One paragraph: a label ("Date of arrest") and its content, or a bullet under the line before. */
export type WgadLine = { label?: string; parts: WgadPart[]; bullet?: boolean };

export type WgadSection = { heading: string; intro?: string; lines: WgadLine[] };

export const text = (value: string): WgadPart => ({ kind: "text", text: value });
export const missing = (value: string): WgadPart => ({ kind: "missing", text: value });

/** The citations as one part, or none when there are none, so no empty footnote mark is written. */
export const cite = (citations: readonly WgadCitation[]): WgadPart[] =>
  citations.length ? [{ kind: "cite", citations: [...new Map(citations.map((c) => [c.id, c])).values()] }] : [];

/** A sentence's closing period, unless it already ends in one (Russian dates end in "г."). */
export const endSentence = (s: string) => (s.endsWith(".") ? s : `${s}.`);

/** A source as its footnote reads: title, publisher, date, address, then the supporting passage verbatim. */
export function footnoteText(c: WgadCitation, locale: string, quoting: (title: string) => string): string {
  const s = c.source;
  const head = [s.title, s.publisher, formatPartialDate(s.publishedDate, s.publishedPrecision, locale)]
    .filter(Boolean)
    .join(", ");
  return [
    endSentence(head),
    s.url ? `${s.url}.` : null,
    c.quotedSource ? `${quoting(c.quotedSource.title)}.` : null,
    `“${c.quote}”${c.locator ? ` (${c.locator})` : ""}`,
  ]
    .filter(Boolean)
    .join(" ");
}
