// The application's single Prisma client, reused across hot reloads in development.
// It is created on first use, so `next build` can import pages without touching a database.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";

const globalForDb = globalThis as typeof globalThis & { habeasDb?: Db };

function client(): Db {
  globalForDb.habeasDb ??= createPrismaClient(databaseTarget());
  return globalForDb.habeasDb;
}

export const db = new Proxy({} as Db, {
  get: (_target, property) => {
    const real = client();
    const value: unknown = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
