// Published cases counted by status or by country from case_count, which triggers keep in the transaction of
// every change: a lookup of a few dozen rows instead of a scan of every case.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export async function countPublishedByStatus(countryCode?: string): Promise<{ status: CaseStatus; count: number }[]> {
  const country = countryCode ? Prisma.sql`AND country_code = ${countryCode}` : Prisma.empty;
  return db.$queryRaw`
    SELECT status::text AS status, sum(n)::int AS count FROM case_count WHERE role = '' ${country}
    GROUP BY status HAVING sum(n) > 0 ORDER BY count DESC, status`;
}

export async function countPublishedByCountry(): Promise<{ code: string; count: number }[]> {
  return db.$queryRaw`
    SELECT country_code AS code, sum(n)::int AS count FROM case_count WHERE role = ''
    GROUP BY country_code HAVING sum(n) > 0`;
}
