// Countries with the number of published cases in each (from case_count, not a count of every case).
import "server-only";
import { db } from "@/lib/db/client";
import { countPublishedByCountry } from "./count-published-cases";

export async function listCountries() {
  const [countries, counts] = await Promise.all([
    db.country.findMany({
      orderBy: { name: "asc" },
      select: { code: true, name: true, _count: { select: { laws: true } } },
    }),
    countPublishedByCountry(),
  ]);
  const caseCount = new Map(counts.map((c) => [c.code, c.count]));
  return countries.map((c) => ({
    code: c.code,
    name: c.name,
    caseCount: caseCount.get(c.code) ?? 0,
    lawCount: c._count.laws,
  }));
}
