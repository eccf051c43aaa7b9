// Which published cases a place holds now, and which it held before, as SQL read from the place's stays (the
// place_stay (place_id, case_id) index), so a page of a place holding 100,000 people reads one page of them.
import "server-only";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDetention } from "@/lib/status-time/detention-span-sql";

/** The stay `s` is its case's newest: the place the case `c` is held in now, while its status is a detention. */
export const isCurrentStay = (s: Prisma.Sql, c: Prisma.Sql) =>
  Prisma.sql`(${isDetention(Prisma.sql`${c}.status`)} AND NOT EXISTS (
    SELECT 1 FROM place_stay later WHERE later.case_id = ${s}.case_id AND later.sequence > ${s}.sequence))`;

/** Published cases whose current place is `placeId`: each case has one newest stay, so no case comes twice. A case
 *  whose letters are not advised is left off: the place's page gives its address (withhold-postal-details.ts). */
export const currentCasesFrom = (placeId: string) => Prisma.sql`
  FROM place_stay s JOIN "case" c ON c.id = s.case_id
  WHERE s.place_id = ${placeId} AND ${publishedSql(Prisma.sql`c`)} AND NOT c.letters_not_advised
    AND ${isCurrentStay(Prisma.sql`s`, Prisma.sql`c`)}`;

/** Published cases with a stay at `placeId` that are not held there now. */
export const previousCasesFrom = (placeId: string) => Prisma.sql`
  FROM (SELECT DISTINCT case_id FROM place_stay WHERE place_id = ${placeId}) h JOIN "case" c ON c.id = h.case_id
  WHERE ${publishedSql(Prisma.sql`c`)} AND NOT EXISTS (
    SELECT 1 FROM place_stay s WHERE s.case_id = c.id AND s.place_id = ${placeId}
      AND ${isCurrentStay(Prisma.sql`s`, Prisma.sql`c`)})`;

/** A LATERAL join adding `cur.slug`, `cur.name`, `cur.address_local` and `cur.address_latin`: the place the case `c` is held in
 *  now, or NULLs; no address where letters are not advised (withhold-postal-details.ts). One index read of the
 *  case's newest stay per row, so an export keeps streaming. */
export const currentPlaceJoin = (c: Prisma.Sql) => Prisma.sql`LEFT JOIN LATERAL (
    SELECT pl.slug, pl.name,
           CASE WHEN ${c}.letters_not_advised THEN NULL ELSE pl.address_local END AS address_local,
           CASE WHEN ${c}.letters_not_advised THEN NULL ELSE pl.address_latin END AS address_latin
    FROM place_stay st JOIN place pl ON pl.id = st.place_id
    WHERE st.case_id = ${c}.id ORDER BY st.sequence DESC LIMIT 1
  ) cur ON ${isDetention(Prisma.sql`${c}.status`)}`;
