// Builds a Prisma client on whichever driver the target names. Confidential case columns and user secrets
// are omitted from every query unless a caller that needs them asks for them by name.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgliteFor } from "./pglite";
import { CONFIDENTIAL_CASE_OMIT, SECRET_USER_OMIT } from "./confidential-columns";
import type { DatabaseTarget } from "./target";

/** Opens the PGlite folder on the client's first query, so building a client stays synchronous. */
function lazyPgliteAdapter(dataDir: string) {
  const factory = {
    provider: "postgres" as const,
    adapterName: "pglite-prisma-adapter",
    connect: async () => new PrismaPGlite(await pgliteFor(dataDir)).connect(),
    connectToShadowDb: async () => new PrismaPGlite(await pgliteFor(dataDir)).connectToShadowDb(),
  };
  return factory;
}

export function createPrismaClient(target: DatabaseTarget) {
  const adapter =
    target.driver === "postgres" ? new PrismaPg({ connectionString: target.url }) : lazyPgliteAdapter(target.dataDir);
  return new PrismaClient({ adapter, omit: { case: CONFIDENTIAL_CASE_OMIT, user: SECRET_USER_OMIT } });
}

export type Db = ReturnType<typeof createPrismaClient>;
