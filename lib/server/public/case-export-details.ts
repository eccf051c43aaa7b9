// What the case export adds to each case of a batch besides its own row: its charges, its demands and the web
// addresses of the sources cited for it. Three queries per batch, keyed on the batch's case ids, so the export
// keeps streaming in flat memory. Every case here is published, so these records and citations are public.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DemandKind, DemandStatus } from "@/lib/generated/prisma/enums";

export type CaseExportDetails = {
  charges: { article: string | null; description: string }[];
  demands: { kind: DemandKind; description: string; targetAuthority: string; status: DemandStatus }[];
  sourceUrls: string[];
};

type Keyed<T> = T & { caseId: string };

function byCase<T>(
  rows: Keyed<T>[],
  details: Map<string, CaseExportDetails>,
  add: (d: CaseExportDetails, row: T) => void,
) {
  for (const { caseId, ...row } of rows) {
    const found = details.get(caseId);
    if (found) add(found, row as T);
  }
}

export async function readCaseExportDetails(caseIds: string[]): Promise<Map<string, CaseExportDetails>> {
  const details = new Map(caseIds.map((id) => [id, { charges: [], demands: [], sourceUrls: [] } as CaseExportDetails]));
  if (caseIds.length === 0) return details;
  const ids = Prisma.sql`ANY(${caseIds}::text[])`;
  const [charges, demands, sources] = await Promise.all([
    db.$queryRaw<Keyed<CaseExportDetails["charges"][number]>[]>`
      SELECT cc.case_id AS "caseId", ch.article, ch.description
      FROM case_charge cc JOIN charge ch ON ch.id = cc.charge_id
      WHERE cc.case_id = ${ids} ORDER BY cc.case_id, ch.description, ch.id`,
    db.$queryRaw<Keyed<CaseExportDetails["demands"][number]>[]>`
      SELECT d.case_id AS "caseId", d.kind::text AS kind, d.description, d.target_authority AS "targetAuthority",
             d.status::text AS status
      FROM demand d WHERE d.case_id = ${ids} ORDER BY d.case_id, d.created_at, d.id`,
    // Whatever a case's page cites: the case, its status events, charges, demands and facts, and the person.
    db.$queryRaw<Keyed<{ url: string }>[]>`
      SELECT DISTINCT x.case_id AS "caseId", s.url FROM (
        SELECT ci.case_id, ci.source_id FROM citation ci WHERE ci.case_id = ${ids}
        UNION ALL SELECT se.case_id, ci.source_id FROM citation ci JOIN status_event se ON se.id = ci.status_event_id
          WHERE se.case_id = ${ids}
        UNION ALL SELECT cc.case_id, ci.source_id FROM citation ci JOIN case_charge cc ON cc.charge_id = ci.charge_id
          WHERE cc.case_id = ${ids}
        UNION ALL SELECT d.case_id, ci.source_id FROM citation ci JOIN demand d ON d.id = ci.demand_id
          WHERE d.case_id = ${ids}
        UNION ALL SELECT f.case_id, ci.source_id FROM citation ci JOIN case_fact f ON f.id = ci.case_fact_id
          WHERE f.case_id = ${ids}
        UNION ALL SELECT c.id, ci.source_id FROM citation ci JOIN "case" c ON c.person_id = ci.person_id
          WHERE c.id = ${ids}
      ) x JOIN source s ON s.id = x.source_id
      WHERE s.url IS NOT NULL
      ORDER BY 1, 2`,
  ]);
  byCase(charges, details, (d, row) => d.charges.push(row));
  byCase(demands, details, (d, row) => d.demands.push(row));
  byCase(sources, details, (d, row) => d.sourceUrls.push(row.url));
  return details;
}
