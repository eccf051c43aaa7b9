// Statistics over published cases, rebuilt from the status history, globally or for one country, as of a date.
import "server-only";
import { db } from "@/lib/db";
import type { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { eventsAsOf } from "@/lib/exports/as-of";
import { detentionSpan, DETENTION_STATUSES, type Span } from "@/lib/exports/detention-time";
import { PUBLISHED } from "./public-selects";

export type Statistics = {
  asOf: Date;
  total: number;
  byStatus: { status: CaseStatus; count: number }[];
  byRole: { role: PersonRole; count: number }[];
  startsPerYear: { year: number; count: number }[];
  startYearUnknown: number;
  detainedOverTime: { year: number; count: number }[];
  detentionTimes: { slug: string; name: string; span: Span | null }[];
};

const tally = <K extends string | number>(items: K[]) => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

export async function getStatistics(options: { countryCode?: string; asOf?: Date }): Promise<Statistics> {
  const asOf = options.asOf ?? new Date();
  const cases = await db.case.findMany({
    where: { ...PUBLISHED, ...(options.countryCode ? { countryCode: options.countryCode } : {}) },
    select: {
      arrestDate: true,
      arrestPrecision: true,
      person: { select: { slug: true, fullName: true, roles: true } },
      statusEvents: { select: { toStatus: true, date: true, datePrecision: true, createdAt: true, sequence: true } },
    },
  });
  const known = cases
    .map((c) => ({ c, events: eventsAsOf(c.statusEvents, asOf) }))
    .filter((k) => k.events.length > 0)
    .map(({ c, events }) => {
      const latest = events.at(-1)!;
      const firstDated = events.find((e) => e.date && e.datePrecision !== "UNKNOWN");
      const start = c.arrestDate && c.arrestPrecision !== "UNKNOWN" ? c.arrestDate : (firstDated?.date ?? null);
      return { c, events, status: latest.toStatus, since: latest, startYear: start ? start.getUTCFullYear() : null };
    });

  const startYears = known.flatMap((k) => (k.startYear ? [k.startYear] : []));
  const firstYear = Math.min(...startYears, asOf.getUTCFullYear());
  const detainedOverTime: Statistics["detainedOverTime"] = [];
  for (let year = firstYear; year <= asOf.getUTCFullYear(); year++) {
    const end = year === asOf.getUTCFullYear() ? asOf : new Date(Date.UTC(year, 11, 31, 23, 59, 59));
    const count = known.filter((k) => {
      const latest = eventsAsOf(k.c.statusEvents, end).at(-1);
      return latest !== undefined && DETENTION_STATUSES.has(latest.toStatus);
    }).length;
    detainedOverTime.push({ year, count });
  }

  return {
    asOf,
    total: known.length,
    byStatus: [...tally(known.map((k) => k.status))].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count),
    byRole: [...tally(known.flatMap((k) => k.c.person.roles))].map(([role, count]) => ({ role, count })).sort((a, b) => b.count - a.count),
    startsPerYear: [...tally(startYears)].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    startYearUnknown: known.length - startYears.length,
    detainedOverTime,
    detentionTimes: known
      .filter((k) => DETENTION_STATUSES.has(k.status))
      .map((k) => ({
        slug: k.c.person.slug,
        name: k.c.person.fullName,
        span: detentionSpan({ status: k.status, arrestDate: k.c.arrestDate, arrestPrecision: k.c.arrestPrecision, statusSince: k.since.date, statusSincePrecision: k.since.datePrecision }, asOf),
      }))
      .sort((a, b) => (b.span?.days ?? -1) - (a.span?.days ?? -1)),
  };
}
