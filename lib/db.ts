// The application's single Prisma client, reused across hot reloads in development.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const globalForDb = globalThis as typeof globalThis & { habeasDb?: Db };

export const db: Db = globalForDb.habeasDb ?? createPrismaClient(env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForDb.habeasDb = db;
