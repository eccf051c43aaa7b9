// One page of the public sources, by title, for the API. Read through the public read cache (cached.ts): the
// PUBLIC_SOURCE filter walks every citation, which is far too costly to run per anonymous request.
import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_SOURCE, publicSourceSelect } from "./public-selects";

export async function listPublicSources(offset: number, limit: number) {
  return db.source.findMany({
    where: PUBLIC_SOURCE,
    orderBy: [{ title: "asc" }, { id: "asc" }],
    skip: offset,
    take: limit,
    select: publicSourceSelect,
  });
}
