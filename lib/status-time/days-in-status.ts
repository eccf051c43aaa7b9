// How long a status is known to have lasted: from the last day its start can mean to the last day a source
// shows it still holding (the latest report, or the as-of date if that is earlier). Never to today from a
// report, and nothing without a known start: an imprecise start gives "at least" a number of days.
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

type Start = { date: Date | null; precision: DatePrecision };

/** Days from `start` to the last day the status is known to hold, or null when either end is not known. */
export function daysKnown(start: Start, lastReportedOn: Date | null, asOf?: Date): Span | null {
  if (!lastReportedOn) return null;
  const end = asOf && asOf < lastReportedOn ? asOf : lastReportedOn;
  const span = daysSince(start.date, start.precision, end);
  // Counted to a report, the status may well have lasted longer than the report shows: "at least".
  return span && { days: span.days, exact: span.exact && end === asOf };
}

type DetentionFacts = { status: CaseStatus; arrest: Start; since: Start; lastReportedOn: Date | null };

/** Time in detention: from arrest if known, else from when the detention status began. */
export function detentionSpan(c: DetentionFacts, asOf?: Date): Span | null {
  if (!DETENTION_STATUSES.has(c.status)) return null;
  return daysKnown(c.arrest, c.lastReportedOn, asOf) ?? daysKnown(c.since, c.lastReportedOn, asOf);
}
