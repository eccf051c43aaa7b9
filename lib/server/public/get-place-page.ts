// One place of detention as its public page shows it: the place with its names and citations, a page of the
// published cases held there now, and the first of those held there before. Drafts and deleted cases are not
// counted, listed or hinted at.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NameScript } from "@/lib/generated/prisma/enums";
import { nameSortField, nameSortSql } from "./name-sort";
import { currentCasesFrom, previousCasesFrom } from "./place-cases-sql";
import { publicPlaceSelect } from "./public-selects";

/** Cases held there now, per page. */
export const PLACE_PAGE_CASES = 25;
/** Cases held there before: the first by name, with their number. */
export const PLACE_PAGE_PREVIOUS = 25;

const personSelect = {
  slug: true,
  fullName: true,
  isUnnamed: true,
  // By name: the first in the reader's script is the one shown, and the one sorted by.
  aliases: { select: { name: true, script: true }, orderBy: { name: "asc" } },
} as const;

async function pageOfIds(from: Prisma.Sql, script: NameScript, take: number, skip: number) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id ${from} ORDER BY ${nameSortSql(script)}, c.id LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => r.id);
}

async function countOf(from: Prisma.Sql) {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n ${from}`;
  return Number(row?.n ?? 0);
}

const casesByIds = (ids: string[], placeId: string, script: NameScript) =>
  db.case.findMany({
    where: { id: { in: ids } },
    orderBy: [{ [nameSortField(script)]: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      person: { select: personSelect },
      // The newest stay here: since when the person is (or was last) held here.
      stays: {
        where: { placeId },
        orderBy: { sequence: "desc" },
        take: 1,
        select: { date: true, datePrecision: true },
      },
    },
  });

/** script: the reader's, so the cases are listed in the order of the names the page shows. */
export async function getPlacePage(slug: string, page = 1, script: NameScript = "LATIN") {
  const place = await db.place.findUnique({ where: { slug }, select: publicPlaceSelect });
  if (!place) return null;
  const current = currentCasesFrom(place.id);
  const previous = previousCasesFrom(place.id);
  const [currentIds, currentTotal, previousIds, previousTotal] = await Promise.all([
    pageOfIds(current, script, PLACE_PAGE_CASES, (page - 1) * PLACE_PAGE_CASES),
    countOf(current),
    pageOfIds(previous, script, PLACE_PAGE_PREVIOUS, 0),
    countOf(previous),
  ]);
  const [currentCases, previousCases] = await Promise.all([
    casesByIds(currentIds, place.id, script),
    casesByIds(previousIds, place.id, script),
  ]);
  return { place, page, currentCases, currentTotal, previousCases, previousTotal };
}

export type PlacePage = NonNullable<Awaited<ReturnType<typeof getPlacePage>>>;
