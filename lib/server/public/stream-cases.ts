// Every published case matching the /cases filters, read in batches keyed on the case id (the primary key
// index), so each batch is an index range scan and memory stays flat however many cases there are.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { TCaseListQuery } from "@/lib/validations/case-list";
import { PUBLIC_CASE_FROM, publicCaseWhere, type PublicCaseRow } from "./list-cases";

export type ExportedCase = Omit<PublicCaseRow, "caseId" | "aliasName" | "isUnnamed"> & {
  id: string;
  arrestDate: Date | null;
  arrestPrecision: DatePrecision;
  sentence: string | null;
  facility: string | null;
};

export async function* streamPublicCases(query: TCaseListQuery, batchSize = 2000): AsyncGenerator<ExportedCase[]> {
  const where = publicCaseWhere(query);
  let after: string | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after ? Prisma.sql`AND c.id > ${after}` : Prisma.empty;
    const rows: ExportedCase[] = await db.$queryRaw<ExportedCase[]>`
      SELECT c.id, p.slug, p.full_name AS "fullName", p.roles::text[] AS roles, c.country_code AS "countryCode",
             co.name AS "countryName", c.status::text AS status, c.status_since AS "statusSince",
             c.status_since_precision::text AS "statusSincePrecision", c.arrest_date AS "arrestDate",
             c.arrest_precision::text AS "arrestPrecision", c.sentence, c.facility
      ${PUBLIC_CASE_FROM}
      WHERE ${where} ${keyset}
      ORDER BY c.id
      LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!.id;
    if (rows.length < batchSize) return;
  }
}
