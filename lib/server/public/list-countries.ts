// Countries with the number of published cases in each.
import "server-only";
import { db } from "@/lib/db";
import { PUBLISHED } from "./public-selects";

export async function listCountries() {
  const countries = await db.country.findMany({
    orderBy: { name: "asc" },
    select: { code: true, name: true, _count: { select: { cases: { where: PUBLISHED }, laws: true } } },
  });
  return countries.map((c) => ({ code: c.code, name: c.name, caseCount: c._count.cases, lawCount: c._count.laws }));
}
