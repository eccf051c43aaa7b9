// The application's single Prisma client, reused across hot reloads in development.
// It is created on first use, so `next build` can import pages without touching a database.
// With DATABASE_REPLICA_URL set, the shared public reads (lib/db/read-scope.ts) go to the replica and
// everything else to the primary.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { mayReadFromReplica } from "@/lib/db/read-scope";
import { databaseTarget, replicaTarget } from "@/lib/db/target";

const globalForDb = globalThis as typeof globalThis & { habeasDb?: Db; habeasReplicaDb?: Db | null };

function primary(): Db {
  globalForDb.habeasDb ??= createPrismaClient(databaseTarget());
  return globalForDb.habeasDb;
}

function replica(): Db | null {
  if (globalForDb.habeasReplicaDb === undefined) {
    const target = replicaTarget();
    globalForDb.habeasReplicaDb = target ? createPrismaClient(target) : null;
  }
  return globalForDb.habeasReplicaDb;
}

function client(): Db {
  return (mayReadFromReplica() && replica()) || primary();
}

export const db = new Proxy({} as Db, {
  get: (_target, property) => {
    const real = client();
    const value: unknown = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
