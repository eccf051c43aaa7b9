// Writes a backup of the configured database to a file: pg_dump's custom format from a server (or plain SQL
// on request), and plain SQL from PGlite through its WebAssembly build of pg_dump. Plain SQL restores into
// either driver, which is how a PGlite installation moves to a server.
import { chmod, writeFile } from "node:fs/promises";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";
import { pgliteFor } from "../pglite";
import type { DatabaseTarget } from "../target";
import { runTool } from "./run-tool";

export type BackupFormat = "custom" | "sql";

/** INSERT statements rather than COPY, so the file runs through any SQL connection, not only psql. */
const PLAIN_ARGS = ["--format=plain", "--inserts", "--rows-per-insert=500", "--no-owner", "--no-privileges"];

export function defaultFormat(target: DatabaseTarget): BackupFormat {
  return target.driver === "postgres" ? "custom" : "sql";
}

async function writeBackup(target: DatabaseTarget, file: string, format: BackupFormat): Promise<void> {
  if (target.driver === "postgres") {
    const args = format === "custom" ? ["--format=custom", "--no-owner", "--no-privileges"] : PLAIN_ARGS;
    await runTool("pg_dump", [...args, `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  if (format !== "sql") throw new Error("PGlite backups are plain SQL; use --format sql.");
  const dump = await pgDump({
    pg: await pgliteFor(target.dataDir),
    args: PLAIN_ARGS.filter((a) => a !== "--format=plain"),
  });
  await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
}

export async function backupDatabase(
  target: DatabaseTarget,
  file: string,
  format: BackupFormat = defaultFormat(target),
): Promise<void> {
  await writeBackup(target, file, format);
  // A backup holds the confidential fields (contacts, family, notes): readable by its owner only.
  await chmod(file, 0o600);
}
