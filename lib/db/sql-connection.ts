// A plain SQL connection for the few jobs that run outside Prisma (migrations, search-key backfill,
// backups), over either driver.
import pg from "pg";
import { pgliteFor } from "./pglite";
import type { DatabaseTarget } from "./target";

export type SqlConnection = {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements, without parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
};

async function serverConnection(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
    close: () => client.end(),
  };
}

async function pgliteConnection(dataDir: string): Promise<SqlConnection> {
  const pglite = await pgliteFor(dataDir);
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    exec: async (sql) => void (await pglite.exec(sql)),
    // The instance is shared with the rest of the process and closed when the process stops.
    close: async () => undefined,
  };
}

export function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  return target.driver === "postgres" ? serverConnection(target.url) : pgliteConnection(target.dataDir);
}

export async function withSqlConnection<T>(
  target: DatabaseTarget,
  run: (connection: SqlConnection) => Promise<T>,
): Promise<T> {
  const connection = await openSqlConnection(target);
  try {
    return await run(connection);
  } finally {
    await connection.close();
  }
}
