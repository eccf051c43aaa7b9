// The one rule of "published", in its SQL and row forms: both agree with the Prisma form, and the SQL binds no
// values, so the planner can still match it to the partial case_list_* indexes.
import { describe, expect, it } from "vitest";
import { isPublished, PUBLISHED, publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";

describe("published", () => {
  it("is one SQL condition with the literal written into the query text", () => {
    const sql = publishedSql(Prisma.sql`c`);
    expect(sql.values).toEqual([]);
    expect(sql.text).toBe(`(c.visibility = '${PUBLISHED.visibility}' AND c.deleted_at IS NULL)`);
  });

  it("holds for a published row that is not deleted, and for nothing else", () => {
    expect(isPublished({ visibility: "PUBLISHED", deletedAt: null })).toBe(true);
    expect(isPublished({ visibility: "PUBLISHED", deletedAt: new Date() })).toBe(false);
    expect(isPublished({ visibility: "DRAFT", deletedAt: null })).toBe(false);
  });
});
