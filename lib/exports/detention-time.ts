// Time in detention, from dates known only as precisely as sources give them. An imprecise start gives
// "at least" a number of days, never a guess.
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { daysSince } from "@/lib/format/partial-date";

export const DETENTION_STATUSES: ReadonlySet<CaseStatus> = new Set([
  "DETAINED_PRE_TRIAL",
  "DETAINED",
  "IMPRISONED",
  "HOUSE_ARREST",
  "PSYCHIATRIC_DETENTION",
  "INCOMMUNICADO",
]);

export type Span = { days: number; exact: boolean };

type DatedCase = {
  status: CaseStatus;
  arrestDate: Date | null;
  arrestPrecision: DatePrecision;
  statusSince: Date | null;
  statusSincePrecision: DatePrecision;
};

/** From arrest if known, else from when the current detention status began; null when neither is known. */
export function detentionSpan(c: DatedCase, asOf: Date): Span | null {
  if (!DETENTION_STATUSES.has(c.status)) return null;
  return daysSince(c.arrestDate, c.arrestPrecision, asOf) ?? daysSince(c.statusSince, c.statusSincePrecision, asOf);
}

export type DetentionSummary = { detained: number; counted: number; total: Span | null; longest: (Span & { index: number }) | null };

export function summariseDetention(spans: (Span | null)[], detained: number): DetentionSummary {
  let total: Span | null = null;
  let longest: (Span & { index: number }) | null = null;
  spans.forEach((span, index) => {
    if (!span) return;
    total = { days: (total?.days ?? 0) + span.days, exact: (total?.exact ?? true) && span.exact };
    if (!longest || span.days > longest.days) longest = { ...span, index };
  });
  return { detained, counted: spans.filter(Boolean).length, total, longest };
}
