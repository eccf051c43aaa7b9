// Reported dates come from the sources' publication dates, so each seeded source carries the date its
// post gives, and no date its post does not give.
import { describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed-data";
import {
  INTERCEPT_ARTICLE,
  SAMARKAND_DECLARATION,
  SAMARKAND_STATEMENT,
  UN_SR_REPORT,
} from "@/prisma/seed-data/sources";
import { POSTS } from "../support/seed-document";

const published = (id: string) => seedData.sources.find((s) => s.id === id)!.published;

describe("seeded sources' publication dates", () => {
  it("dates the joint statement 10 April 2025, as its first words do", () => {
    expect(POSTS.statement.startsWith("On 10 April 2025 Civil Rights Defenders")).toBe(true);
    expect(published(SAMARKAND_STATEMENT)).toEqual({ date: "2025-04-10", precision: "DAY" });
  });

  it("dates the summit declaration to the summit of Friday, 4 April", () => {
    expect(POSTS.statement).toContain("On Friday, April 4, the Uzbek city of Samarkand hosted the first ever EU");
    expect(published(SAMARKAND_DECLARATION)).toEqual({ date: "2025-04-04", precision: "DAY" });
  });

  it("leaves The Intercept's article and the UN report undated: the copy held gives only 'this week' and 'early this year'", () => {
    // The only years in the post are those of past events: the relocation (2014) and an interview (2015).
    expect(POSTS.intercept.match(/\b(19|20)\d\d\b/g)).toEqual(["2014", "2015"]);
    expect(published(INTERCEPT_ARTICLE)).toBeNull();
    expect(published(UN_SR_REPORT)).toBeNull();
  });
});
