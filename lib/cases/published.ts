// What "published" means, in one place: a case the public may see is published and not deleted. Every public
// read, export, feed and count uses one of these three forms of the same rule, never its own copy.
// The database states it once more, in the case_count trigger and the partial case_list_* indexes (migration
// 20261201600000_case_list_scale); that is why the SQL form writes 'PUBLISHED' into the query text rather than
// as a bind parameter: the planner can match a partial index's predicate only against a constant.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/generated/prisma/enums";

/** For Prisma queries: `where: PUBLISHED`, or `{ case: PUBLISHED }` through a relation. */
export const PUBLISHED = { visibility: "PUBLISHED", deletedAt: null } as const satisfies Prisma.CaseWhereInput;

/** For raw SQL: the condition on the case row named `alias` (e.g. Prisma.sql`c`). */
export function publishedSql(alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${alias}.visibility = 'PUBLISHED' AND ${alias}.deleted_at IS NULL)`;
}

/** For a case row already read, e.g. by staff pages that say whether the public sees it. */
export function isPublished(row: { visibility: Visibility; deletedAt: Date | null }): boolean {
  return row.visibility === PUBLISHED.visibility && row.deletedAt === null;
}
