// How many sources are public, for the API's totals. Cached on its own key (cached.ts), so paging through the
// sources counts them once per change, not once per page.
import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_SOURCE } from "./public-selects";

export async function countPublicSources(): Promise<number> {
  return db.source.count({ where: PUBLIC_SOURCE });
}
