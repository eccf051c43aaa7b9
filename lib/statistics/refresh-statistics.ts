// Drains the queue of cases whose statistics changed (statistics_stale, filled by triggers in every changing
// transaction): takes each one's stored contribution away from the country sums, computes it afresh with the
// statistics' own SQL, and adds it back, in one transaction. Drains run one at a time (an advisory lock), so the
// sums always equal the stored contributions. A queue row that a transaction still running has added is not
// visible to the drain and stays for the next one, so no change is ever missed.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { contributionsSql } from "./statistics-contributions";

/** Any key for pg_advisory_xact_lock that nothing else in Habeas takes. */
const DRAIN_LOCK = Prisma.sql`hashtext('habeas.statistics.drain')`;
/** Computing every case of a large database at once (after a migration or a bulk load) takes a while. */
const DRAIN_TIMEOUT_MS = 10 * 60_000;

export async function hasStaleStatistics(client: Pick<Db, "$queryRaw">): Promise<boolean> {
  const [row] = await client.$queryRaw<{ stale: boolean }[]>`SELECT EXISTS (SELECT 1 FROM statistics_stale) AS stale`;
  return row?.stale ?? false;
}

/** Adds the stored contributions of the cases `ids` to the country sums, `sign` times. */
async function addToCountrySums(tx: Pick<Db, "$executeRaw">, ids: string[], sign: 1 | -1): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO country_statistic AS cs (country_code, kind, key, n)
    SELECT s.country_code, x.kind, x.key, ${sign}::int * sum(x.n)::int
    FROM case_statistic s CROSS JOIN LATERAL unnest(s.kinds, s.keys, s.counts) AS x(kind, key, n)
    WHERE s.case_id IN (SELECT unnest(${ids}::text[])) GROUP BY 1, 2, 3
    ON CONFLICT (country_code, kind, key) DO UPDATE SET n = cs.n + EXCLUDED.n`;
}

/** Brings the stored statistics up to date with every committed change. Returns the number of cases computed. */
export async function refreshStatistics(client: Db): Promise<number> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DRAIN_LOCK})`;
      const drained = await tx.$queryRaw<{ case_id: string }[]>`
        WITH gone AS (DELETE FROM statistics_stale RETURNING case_id) SELECT DISTINCT case_id FROM gone`;
      if (drained.length === 0) return 0;
      const ids = drained.map((row) => row.case_id);
      await addToCountrySums(tx, ids, -1);
      await tx.$executeRaw`DELETE FROM case_statistic WHERE case_id IN (SELECT unnest(${ids}::text[]))`;
      await tx.$executeRaw`
        INSERT INTO case_statistic (case_id, country_code, kinds, keys, counts)
        SELECT x.case_id, c.country_code, array_agg(x.kind), array_agg(x.key), array_agg(x.n)
        FROM (SELECT case_id, kind, key, sum(n)::int AS n
              FROM (${contributionsSql(Prisma.sql`c.id IN (SELECT unnest(${ids}::text[]))`, Prisma.sql`NULL::date`)}) y
              GROUP BY 1, 2, 3) x
        JOIN "case" c ON c.id = x.case_id
        GROUP BY x.case_id, c.country_code`;
      await addToCountrySums(tx, ids, 1);
      // Only once every change is added: a sum can pass through zero on the way.
      await tx.$executeRaw`DELETE FROM country_statistic WHERE n = 0`;
      return ids.length;
    },
    { timeout: DRAIN_TIMEOUT_MS, maxWait: DRAIN_TIMEOUT_MS },
  );
}
