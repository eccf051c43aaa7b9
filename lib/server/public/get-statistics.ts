// Statistics over published cases, globally or for one country, as they stood on a date. Every figure is a sum
// of what each case contributes (lib/statistics/statistics-contributions.ts, the as-of rule of lib/status-time):
// summed over the history for a past date, read from the stored sums for the present. The answer holds a row
// per status, role, year or range of time in detention, never one per person.
import "server-only";
import { db } from "@/lib/db/client";
import { onPrimary } from "@/lib/db/read-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { hasStaleStatistics, refreshStatistics } from "@/lib/statistics/refresh-statistics";
import { sumContributionsSql, type ContributionSum } from "@/lib/statistics/statistics-contributions";
import { asOfDay, sqlDay } from "@/lib/status-time/as-of";
import { DETENTION_BUCKETS, type DetentionBucket } from "@/lib/status-time/detention-buckets";

export type Statistics = {
  asOf: Date;
  /** True when the date is today: then every recorded status counts, dated or not. */
  present: boolean;
  /** Published cases in scope, whatever is known of them on the date. */
  total: number;
  /** Of those, the people whose status on the date is not established. */
  notKnown: number;
  byStatus: { status: CaseStatus; count: number }[];
  byRole: { role: PersonRole; count: number }[];
  /** Detentions begun (a detention status after none, or after a non-detention one), by the year of their known
   *  start: every year from the first to the last (or the as-of year), years without one as zero. */
  startsPerYear: { year: number; count: number }[];
  startNotKnown: number;
  detainedOverTime: { year: number; detained: number; notKnown: number }[];
  /** People in detention on the date by how long they are known to have been held; every range, zeros too. */
  detentionTimes: { bucket: DetentionBucket; count: number }[];
};

type Row = ContributionSum;

/** Past days: the contributions summed over the status history there and then (a read of every event). */
function statisticsAsOf(countryCode: string | undefined, day: string): Promise<Row[]> {
  const scope = countryCode ? Prisma.sql`c.country_code = ${countryCode}` : Prisma.sql`true`;
  return db.$queryRaw<Row[]>(sumContributionsSql(scope, sqlDay(day)));
}

/** The present: the stored contributions, summed by country (a few hundred rows), after any pending change is computed. */
async function statisticsNow(countryCode: string | undefined): Promise<Row[]> {
  if (await hasStaleStatistics(db)) await onPrimary(() => refreshStatistics(db));
  const country = countryCode ? Prisma.sql`WHERE country_code = ${countryCode}` : Prisma.empty;
  return db.$queryRaw<Row[]>`SELECT kind, key, sum(n)::int AS n FROM country_statistic ${country} GROUP BY kind, key`;
}

/** Year ends before `lastYear`, from the first with anything known: people held in detention and people known of. */
function pastYearEnds(rows: Row[], lastYear: number): { year: number; detained: number; known: number }[] {
  const byYear = (kind: string) =>
    rows.filter((r) => r.kind === kind && r.n !== 0).map((r) => ({ year: Number(r.key), n: r.n }));
  const steps = byYear("step");
  const knownSteps = byYear("knownStep");
  const first = Math.min(lastYear, ...knownSteps.map((s) => s.year));
  const upTo = (list: { year: number; n: number }[], year: number) =>
    list.reduce((sum, s) => (s.year <= year ? sum + s.n : sum), 0);
  return Array.from({ length: lastYear - first }, (_, i) => first + i).map((year) => ({
    year,
    detained: upTo(steps, year),
    known: upTo(knownSteps, year),
  }));
}

/** Every year from the first to the last given, with the counts given and zero for the rest. */
function everyYear(counts: Map<number, number>, last: number): { year: number; count: number }[] {
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const end = Math.max(last, ...counts.keys());
  return Array.from({ length: end - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

export async function getStatistics(options: { countryCode?: string; asOf?: Date }): Promise<Statistics> {
  const asOf = options.asOf ?? new Date();
  const day = asOfDay(options.asOf);
  const lastYear = asOf.getUTCFullYear();
  const rows = day === null ? await statisticsNow(options.countryCode) : await statisticsAsOf(options.countryCode, day);
  const pick = (kind: string) => rows.filter((row) => row.kind === kind);
  const total = pick("total")[0]?.n ?? 0;
  const known = pick("known")[0]?.n ?? 0;
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  const starts = pick("start");
  const buckets = new Map(pick("bucket").map((r) => [r.key, r.n]));
  // The as-of day closes the last year; it is the `held` count itself.
  const heldDetained = pick("bucket").reduce((sum, r) => sum + r.n, 0);
  const pastYears = pastYearEnds(rows, lastYear).map((y) => ({
    year: y.year,
    detained: y.detained,
    notKnown: total - y.known,
  }));
  return {
    asOf,
    present: day === null,
    total,
    notKnown: total - known,
    byStatus: pick("status")
      .map((r) => ({ status: r.key as CaseStatus, count: r.n }))
      .sort(byCount),
    byRole: pick("role")
      .map((r) => ({ role: r.key as PersonRole, count: r.n }))
      .sort(byCount),
    startsPerYear: everyYear(new Map(starts.flatMap((r) => (r.key === "" ? [] : [[Number(r.key), r.n]]))), lastYear),
    startNotKnown: starts.find((r) => r.key === "")?.n ?? 0,
    detainedOverTime:
      total === 0
        ? []
        : [...pastYears, { year: lastYear, detained: heldDetained, notKnown: total - known }].sort(
            (a, b) => a.year - b.year,
          ),
    detentionTimes: DETENTION_BUCKETS.map((bucket) => ({ bucket, count: buckets.get(bucket) ?? 0 })),
  };
}
