// The one rule of "published", in its SQL and row forms: both agree with the Prisma form, and the SQL binds no
// values, so the planner can still match it to the partial case_list_* indexes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPublished, PUBLISHED, publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { projectRoot } from "@/lib/db/paths";

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

  it("is not written out again anywhere in the code", () => {
    // A copy is where the next leak comes from: every other file must use the three forms above.
    const copies: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "node_modules") walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !file.endsWith(path.join("lib", "cases", "published.ts"))) {
          const text = readFileSync(file, "utf8");
          if (/visibility\s*=\s*'PUBLISHED'|visibility: "PUBLISHED", deletedAt: null/.test(text))
            copies.push(path.relative(projectRoot, file));
        }
      }
    };
    for (const dir of ["lib", "app", "components", "scripts"]) walk(path.join(projectRoot, dir));
    expect(copies).toEqual([]);
  });
});
