// PUBLIC_CITATION's SQL form, for reads that must stay one cheaply planned statement: Prisma's form joins every
// table the rule names (some twenty), and planning it alone took a source page 74–238 ms; a subquery per kind of
// claim still took 30–57 ms to plan under load. This form reaches the claim's case through one chain of joins
// (a citation supports at most one claim: citation_single_claim_check). tests/integration/public-citation-sql.test.ts
// holds it to the Prisma form's answer; change the two together.
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";

/** The aliases claimJoinsSql gives the rows a citation named `ci` reaches: `ci_case` is the claim's case. */
const at = (ci: string, name: string) => Prisma.raw(`${ci}_${name}`);

/** LEFT JOINs from the citation row named `ci` to the record it supports, and from there to that record's case. */
export function claimJoinsSql(ci: string): Prisma.Sql {
  const c = Prisma.raw(ci);
  return Prisma.sql`
    LEFT JOIN status_event ${at(ci, "event")} ON ${at(ci, "event")}.id = ${c}.status_event_id
    LEFT JOIN demand ${at(ci, "demand")} ON ${at(ci, "demand")}.id = ${c}.demand_id
    LEFT JOIN case_fact ${at(ci, "fact")} ON ${at(ci, "fact")}.id = ${c}.case_fact_id
    LEFT JOIN place_stay ${at(ci, "stay")} ON ${at(ci, "stay")}.id = ${c}.place_stay_id
    LEFT JOIN "case" ${at(ci, "case")} ON ${at(ci, "case")}.id = coalesce(${c}.case_id, ${at(ci, "event")}.case_id,
      ${at(ci, "demand")}.case_id, ${at(ci, "fact")}.case_id, ${at(ci, "stay")}.case_id)`;
}

/** PUBLIC_CLAIM on the citation `ci` joined by claimJoinsSql: a claim that the public site shows. */
function publicClaimSql(ci: string): Prisma.Sql {
  const c = Prisma.raw(ci);
  const published = (alias: Prisma.Sql) => publishedSql(alias);
  return Prisma.sql`(${published(at(ci, "case"))}
    OR (${at(ci, "demand")}.id IS NOT NULL AND ${at(ci, "demand")}.case_id IS NULL)
    OR ${c}.law_id IS NOT NULL OR ${c}.place_id IS NOT NULL
    OR (${c}.person_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM "case" pc WHERE pc.person_id = ${c}.person_id AND ${published(Prisma.sql`pc`)}))
    OR (${c}.charge_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM case_charge pk JOIN "case" pc ON pc.id = pk.case_id
      WHERE pk.charge_id = ${c}.charge_id AND ${published(Prisma.sql`pc`)})))`;
}

/** PUBLIC_CITATION on the citation row named `ci` (a plain alias), joined by claimJoinsSql(ci). True or false,
 *  never NULL (a missing claim's columns are NULL), so that its negation means "not public" too. */
export function publicCitationSql(ci: string): Prisma.Sql {
  const c = Prisma.raw(ci);
  return Prisma.sql`coalesce(${publicClaimSql(ci)} OR (num_nonnulls(${c}.person_id, ${c}.case_id, ${c}.status_event_id,
    ${c}.charge_id, ${c}.demand_id, ${c}.law_id, ${c}.case_fact_id, ${c}.place_id, ${c}.place_stay_id) = 0
    AND EXISTS (SELECT 1 FROM citation sibling ${claimJoinsSql("sibling")}
      WHERE sibling.source_id = ${c}.source_id AND ${publicClaimSql("sibling")})), false)`;
}
