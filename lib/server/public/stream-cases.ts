// Every published case matching the /cases filters, read in batches keyed on the case id (the primary key
// index), so each batch is an index range scan and memory stays flat however many cases there are. Each batch
// brings its cases' charges, demands and source addresses with it (case-export-details.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, NameScript } from "@/lib/generated/prisma/enums";
import type { TCaseListQuery } from "@/lib/validations/case-list";
import { readCaseExportDetails, type CaseExportDetails } from "./case-export-details";
import { PUBLIC_CASE_FROM, publicCaseWhere, type PublicCaseRow } from "./list-cases";
import { currentPlaceJoin } from "./place-cases-sql";

export type ExportedCase = Omit<PublicCaseRow, "caseId" | "isUnnamed" | "roles"> &
  CaseExportDetails & {
    id: string;
    /** Role codes joined with ";", as the export writes them. */
    roles: string;
    arrestDate: Date | null;
    arrestPrecision: DatePrecision;
    convictionDate: Date | null;
    convictionPrecision: DatePrecision;
    releaseDate: Date | null;
    releasePrecision: DatePrecision;
    sentence: string | null;
    facility: string | null;
    /** The current place of detention (lib/places/current-stay.ts), when a stay is recorded. */
    placeName: string | null;
    placeAddressLocal: string | null;
    placeAddressLatin: string | null;
  };

type CaseRow = Omit<ExportedCase, keyof CaseExportDetails>;

async function readBatch(where: Prisma.Sql, script: NameScript, after: string | null, batchSize: number) {
  const keyset: Prisma.Sql = after ? Prisma.sql`AND c.id > ${after}` : Prisma.empty;
  const rows = await db.$queryRaw<CaseRow[]>`
    SELECT c.id, p.slug, p.full_name AS "fullName",
           (SELECT a.name FROM person_alias a WHERE a.person_id = p.id AND a.script = ${script}::name_script
            ORDER BY a.name LIMIT 1) AS "aliasName",
           array_to_string(p.roles, ';') AS roles, c.country_code AS "countryCode",
           co.name AS "countryName", c.status::text AS status, c.status_since AS "statusSince",
           c.status_since_precision::text AS "statusSincePrecision", c.arrest_date AS "arrestDate",
           c.arrest_precision::text AS "arrestPrecision", c.conviction_date AS "convictionDate",
           c.conviction_precision::text AS "convictionPrecision", c.release_date AS "releaseDate",
           c.release_precision::text AS "releasePrecision", c.sentence, c.facility,
           cur.name AS "placeName", cur.address_local AS "placeAddressLocal", cur.address_latin AS "placeAddressLatin"
    ${PUBLIC_CASE_FROM} ${currentPlaceJoin(Prisma.sql`c`)}
    WHERE ${where} ${keyset}
    ORDER BY c.id
    LIMIT ${batchSize}`;
  const details = await readCaseExportDetails(rows.map((r) => r.id));
  return rows.map((r): ExportedCase => ({ ...r, ...details.get(r.id)! }));
}

/** The next batch is requested as soon as the last one arrives, so the database works while the caller writes.
 *  script: the names' script the export's language shows, for the alias read with each case. */
export async function* streamPublicCases(
  query: TCaseListQuery,
  batchSize = 1000,
  script: NameScript = "LATIN",
): AsyncGenerator<ExportedCase[]> {
  const where = publicCaseWhere(query);
  const read = (after: string | null) => {
    const batch = readBatch(where, script, after, batchSize);
    // A download the client abandons leaves one read in flight; its failure must not go unhandled.
    batch.catch(() => undefined);
    return batch;
  };
  let next = read(null);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const more = rows.length === batchSize;
    if (more) next = read(rows.at(-1)!.id);
    yield rows;
    if (!more) return;
  }
}
