// Restores a backup into an empty database: pg_restore for a server's custom-format dump, and plain SQL
// (from either driver) run in one transaction, so a failed restore leaves the database as empty as before.
import { open, readFile } from "node:fs/promises";
import { ensureDatabase } from "../ensure-database";
import { withSqlConnection, type SqlConnection } from "../sql-connection";
import type { DatabaseTarget } from "../target";
import { BackupError, runTool } from "./run-tool";

async function isCustomFormat(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString("latin1") === "PGDMP";
  } finally {
    await handle.close();
  }
}

async function refuseUnlessEmpty(connection: SqlConnection): Promise<void> {
  const [row] = await connection.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_catalog.pg_tables WHERE schemaname = 'public'`,
  );
  if (row && row.n > 0) {
    throw new BackupError(
      "The target database already has tables. Restore into a new, empty database: create one on the server, or point PGLITE_DATA_DIR at a new folder.",
    );
  }
}

/**
 * Dumps carry session settings of the PostgreSQL that wrote them (PGlite's is newer than many servers), and
 * pg_dump's psql-only \restrict lines; keep only what this server understands.
 */
async function adaptScript(sql: string, connection: SqlConnection): Promise<string> {
  const known = new Set(
    (await connection.query<{ name: string }>("SELECT name FROM pg_catalog.pg_settings")).map((r) => r.name),
  );
  return sql
    .split("\n")
    .filter((line) => {
      if (/^\\(un)?restrict\b/.test(line)) return false;
      const setting = /^SET ([a-z_]+) = .*;$/.exec(line);
      return !setting || known.has(setting[1]!);
    })
    .join("\n");
}

export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  const custom = await isCustomFormat(file);
  if (custom && target.driver === "pglite") {
    throw new BackupError(
      "This is a server backup in pg_dump's custom format, which PGlite cannot read. Make a plain one with `npm run db:backup -- --format sql`.",
    );
  }
  if (target.driver === "postgres") await ensureDatabase(target.url);
  await withSqlConnection(target, async (connection) => {
    await refuseUnlessEmpty(connection);
    if (custom && target.driver === "postgres") {
      await runTool("pg_restore", [
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${target.url}`,
        file,
      ]);
      return;
    }
    const script = await adaptScript(await readFile(file, "utf8"), connection);
    await connection.exec("BEGIN");
    try {
      await connection.exec(script);
      await connection.exec("COMMIT");
    } catch (error) {
      await connection.exec("ROLLBACK");
      throw new BackupError(
        `The restore failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      // The dump empties search_path for its own session; the connection may be shared afterwards.
      await connection.exec("RESET ALL");
    }
  });
}
