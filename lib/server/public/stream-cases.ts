// Every published case matching the /cases filters, read in batches keyed on the case id (the primary key
// index), so each batch is an index range scan and memory stays flat however many cases there are.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { TCaseListQuery } from "@/lib/validations/case-list";
import { PUBLIC_CASE_FROM, publicCaseWhere, type PublicCaseRow } from "./list-cases";
import { currentPlaceJoin } from "./place-cases-sql";

export type ExportedCase = Omit<PublicCaseRow, "caseId" | "aliasName" | "isUnnamed" | "roles"> & {
  id: string;
  /** Role codes joined with ";", as the export writes them. */
  roles: string;
  arrestDate: Date | null;
  arrestPrecision: DatePrecision;
  sentence: string | null;
  facility: string | null;
  /** The current place of detention (lib/places/current-stay.ts), when a stay is recorded. */
  placeName: string | null;
  placeAddressLocal: string | null;
  placeAddressLatin: string | null;
};

function readBatch(where: Prisma.Sql, after: string | null, batchSize: number): Promise<ExportedCase[]> {
  const keyset: Prisma.Sql = after ? Prisma.sql`AND c.id > ${after}` : Prisma.empty;
  const batch = db.$queryRaw<ExportedCase[]>`
    SELECT c.id, p.slug, p.full_name AS "fullName", array_to_string(p.roles, ';') AS roles, c.country_code AS "countryCode",
           co.name AS "countryName", c.status::text AS status, c.status_since AS "statusSince",
           c.status_since_precision::text AS "statusSincePrecision", c.arrest_date AS "arrestDate",
           c.arrest_precision::text AS "arrestPrecision", c.sentence, c.facility,
           cur.name AS "placeName", cur.address_local AS "placeAddressLocal", cur.address_latin AS "placeAddressLatin"
    ${PUBLIC_CASE_FROM} ${currentPlaceJoin(Prisma.sql`c`)}
    WHERE ${where} ${keyset}
    ORDER BY c.id
    LIMIT ${batchSize}`;
  // A download the client abandons leaves one read in flight; its failure must not go unhandled.
  batch.catch(() => undefined);
  return batch;
}

/** The next batch is requested as soon as the last one arrives, so the database works while the caller writes. */
export async function* streamPublicCases(query: TCaseListQuery, batchSize = 1000): AsyncGenerator<ExportedCase[]> {
  const where = publicCaseWhere(query);
  let next = readBatch(where, null, batchSize);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const more = rows.length === batchSize;
    if (more) next = readBatch(where, rows.at(-1)!.id, batchSize);
    yield rows;
    if (!more) return;
  }
}
