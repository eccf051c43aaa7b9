// Counts and the latest status changes shown on the home page, over published cases only.
import "server-only";
import { db } from "@/lib/db";
import { PUBLISHED } from "./public-selects";

export async function getHomeSummary() {
  const [byCountry, byStatus, countries, latest] = await Promise.all([
    db.case.groupBy({ by: ["countryCode"], where: PUBLISHED, _count: { _all: true } }),
    db.case.groupBy({ by: ["status"], where: PUBLISHED, _count: { _all: true } }),
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
    total: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    byCountry: byCountry
      .map((row) => ({ code: row.countryCode, name: names.get(row.countryCode) ?? row.countryCode, count: row._count._all }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })).sort((a, b) => b.count - a.count),
    latest,
  };
}
