// `npm run db:restore -- FILE`: restores a backup into the configured database, which must be empty.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { fingerprintTables, fingerprintViews } from "@/lib/db/backup/fingerprint";
import { restoreDatabase } from "@/lib/db/backup/restore-database";
import { BackupError } from "@/lib/db/backup/run-tool";
import { withSqlConnection } from "@/lib/db/sql-connection";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

runScript(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  const file = positionals[0];
  if (!file || !existsSync(file))
    throw new BackupError("Give the backup file to restore: npm run db:restore -- backups/habeas-….dump");
  const target = databaseTarget();
  await restoreDatabase(target, file);
  const [tables, views] = await withSqlConnection(
    target,
    async (connection) => [await fingerprintTables(connection), await fingerprintViews(connection)] as const,
  );
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored ${file} into ${describeTarget(target)}: ${tables.length} tables, ${views.length} views, ${rows} rows.`,
  );
}, [BackupError]);
