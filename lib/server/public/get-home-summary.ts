// Counts and the latest status changes shown on the home page, over published cases only.
import "server-only";
import { db } from "@/lib/db/client";
import { countPublishedByCountry, countPublishedByStatus } from "./count-published-cases";
import { PUBLISHED } from "@/lib/cases/published";

export async function getHomeSummary() {
  const [byCountry, byStatus, countries, latest] = await Promise.all([
    countPublishedByCountry(),
    countPublishedByStatus(),
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.statusEvent.findMany({
      where: { case: PUBLISHED },
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take: 8,
      select: {
        id: true,
        toStatus: true,
        date: true,
        datePrecision: true,
        case: {
          select: {
            country: { select: { code: true, name: true } },
            person: { select: { slug: true, fullName: true, aliases: { select: { name: true, script: true } } } },
          },
        },
      },
    }),
  ]);
  const names = new Map(countries.map((c) => [c.code, c.name]));
  return {
    total: byStatus.reduce((sum, row) => sum + row.count, 0),
    byCountry: byCountry
      .map((row) => ({ code: row.code, name: names.get(row.code) ?? row.code, count: row.count }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    byStatus,
    latest,
  };
}
