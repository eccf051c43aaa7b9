// `npm run db:backup -- [--out FILE] [--format custom|sql]`: backs up the configured database.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, type BackupFormat, defaultFormat } from "@/lib/db/backup/backup-database";
import { BackupError } from "@/lib/db/backup/run-tool";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

runScript(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" }, format: { type: "string" } } });
  const target = databaseTarget();
  const format = (values.format ?? defaultFormat(target)) as BackupFormat;
  if (format !== "custom" && format !== "sql") throw new BackupError("--format must be custom or sql.");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(values.out ?? path.join("backups", `habeas-${stamp}.${format === "sql" ? "sql" : "dump"}`));
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await backupDatabase(target, file, format);
  console.log(`Backed up ${describeTarget(target)} to ${file}`);
}, [BackupError]);
