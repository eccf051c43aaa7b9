// The one place that decides which database Habeas talks to: a PostgreSQL server when DATABASE_URL is set,
// otherwise an embedded PGlite database kept in a folder.
import path from "node:path";
import { env, type TEnv } from "@/lib/env";

export type DatabaseTarget = { driver: "postgres"; url: string } | { driver: "pglite"; dataDir: string };

export function serverTarget(url: string): DatabaseTarget {
  return { driver: "postgres", url };
}

export function pgliteTarget(dataDir: string): DatabaseTarget {
  return { driver: "pglite", dataDir: path.resolve(dataDir) };
}

export function targetFor({
  DATABASE_URL,
  PGLITE_DATA_DIR,
}: Pick<TEnv, "DATABASE_URL" | "PGLITE_DATA_DIR">): DatabaseTarget {
  return DATABASE_URL ? serverTarget(DATABASE_URL) : pgliteTarget(PGLITE_DATA_DIR);
}

export function databaseTarget(): DatabaseTarget {
  return targetFor(env());
}

/** The read replica for shared public reads, when one is configured (only beside a PostgreSQL server). */
export function replicaTarget(): DatabaseTarget | null {
  const { DATABASE_URL, DATABASE_REPLICA_URL } = env();
  return DATABASE_URL && DATABASE_REPLICA_URL ? serverTarget(DATABASE_REPLICA_URL) : null;
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === "pglite") {
    const relative = path.relative(process.cwd(), target.dataDir);
    return `PGlite in ${relative && !relative.startsWith("..") ? relative : target.dataDir}`;
  }
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
