// The API's source list is served from the public read cache: the PUBLIC_SOURCE filter is too costly to run for
// every anonymous request. A source made public behind the cache's back shows only once the cache is dropped,
// as every editor's change drops it; a cursor past the end costs no query.
import { afterAll, describe, expect, it } from "vitest";
import { GET as apiSources } from "@/app/api/v1/sources/route";
import { encodeCursor } from "@/lib/http/respond";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { invalidatePublicRecords } from "@/lib/server/public/cached";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  await db.$disconnect();
});

const total = async (query = "") => {
  const response = await apiSources(new Request(`http://habeas.test/api/v1/sources${query}`), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; data: unknown[] };
};

describe("API sources", () => {
  it("are read through the public read cache", async () => {
    invalidatePublicRecords();
    const first = await total();
    const { id } = await db.source.create({ data: { title: `Cached source ${Date.now()}`, kind: "NEWS_ARTICLE" } });
    const c = await createCase(db, { sourceId: id });
    cleanup.push(
      () => db.source.delete({ where: { id } }),
      () => deleteTestCase(db, c),
    );
    expect((await total()).total).toBe(first.total);
    invalidatePublicRecords();
    expect((await total()).total).toBe(first.total + 1);
  });

  it("answer a cursor past the end with an empty page", async () => {
    const page = await total(`?cursor=${encodeCursor(9_000_000)}`);
    expect(page.data).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
  });
});
