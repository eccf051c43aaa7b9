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

/** What time in detention is counted from; read by detention-runs.ts. */
export type DetentionRun = {
  /** The status that holds on the date. */
  status: CaseStatus;
  arrest: Start;
  /** When the current unbroken run of detention statuses began, if a source says. */
  runStart: Start;
  /** The first status of the run whose start a source gives: the detention began then or earlier. */
  laterStart: Start;
  /** The last status outside detention before the run (a release, say), and when it is first known to hold;
   *  null when the run is the whole history. */
  before: { knownFrom: Date | null } | null;
  /** The latest report of any status of the run: the last day the detention is known to hold. */
  lastReportedOn: Date | null;
};

const known = (d: Start): d is { date: Date; precision: DatePrecision } => !!d.date && d.precision !== "UNKNOWN";

/** The arrest starts this detention only when nothing outside detention may have come after it: the run is the
 *  whole history, or the status before it is known to hold before the arrest's first possible day. */
function arrestStartsRun(run: DetentionRun): boolean {
  if (!known(run.arrest)) return false;
  if (!run.before) return true;
  return !!run.before.knownFrom && run.before.knownFrom < run.arrest.date!;
}

/** Where the count starts, and whether a count from there can be exact (the detention began on that day). */
function detentionStart(run: DetentionRun): { start: Start; exact: boolean } | null {
  if (known(run.runStart)) return { start: run.runStart, exact: true };
  const laterStart = known(run.laterStart) ? run.laterStart : null;
  // An arrest after a dated status of the run cannot be its start: the records disagree, so count "at least".
  if (arrestStartsRun(run) && (!laterStart || run.arrest.date! <= laterStart.date))
    return { start: run.arrest, exact: true };
  return laterStart && { start: laterStart, exact: false };
}

/** Time in detention: from the start of the current unbroken run of detention statuses, when a source dates it;
 *  else from the arrest, when no release or other status outside detention came after it; else "at least" from the
 *  first dated status of the run. Never to today from a report, and nothing when no start is known. */
export function detentionSpan(run: DetentionRun, asOf?: Date): Span | null {
  if (!DETENTION_STATUSES.has(run.status)) return null;
  const from = detentionStart(run);
  const span = from && daysKnown(from.start, run.lastReportedOn, asOf);
  return span && { days: span.days, exact: span.exact && from.exact };
}
