// One place of detention as its public page shows it: the place with its names and citations, a page of the
// published cases held there now, and the first of those held there before. Drafts and deleted cases are not
// counted, listed or hinted at.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
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
  aliases: { select: { name: true, script: true } },
} as const;

async function pageOfIds(from: Prisma.Sql, take: number, skip: number) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id ${from} ORDER BY c.sort_name, c.id LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => r.id);
}

async function countOf(from: Prisma.Sql) {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n ${from}`;
  return Number(row?.n ?? 0);
}

const casesByIds = (ids: string[], placeId: string) =>
  db.case.findMany({
    where: { id: { in: ids } },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
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

export async function getPlacePage(slug: string, page = 1) {
  const place = await db.place.findUnique({ where: { slug }, select: publicPlaceSelect });
  if (!place) return null;
  const current = currentCasesFrom(place.id);
  const previous = previousCasesFrom(place.id);
  const [currentIds, currentTotal, previousIds, previousTotal] = await Promise.all([
    pageOfIds(current, PLACE_PAGE_CASES, (page - 1) * PLACE_PAGE_CASES),
    countOf(current),
    pageOfIds(previous, PLACE_PAGE_PREVIOUS, 0),
    countOf(previous),
  ]);
  const [currentCases, previousCases] = await Promise.all([
    casesByIds(currentIds, place.id),
    casesByIds(previousIds, place.id),
  ]);
  return { place, page, currentCases, currentTotal, previousCases, previousTotal };
}

export type PlacePage = NonNullable<Awaited<ReturnType<typeof getPlacePage>>>;
