// PGlite runs inside one process, so two processes must never open the same data folder. The holder
// writes its PID to a lock file; a lock whose process has gone is stale and taken over.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

const LOCK_FILE = "habeas.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the folder's lock for this process, or throws when another live process holds it. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (;;) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = holderOf(lockPath);
    if (holder === process.pid) throw new DataDirInUseError(`This process already holds ${dataDir}.`);
    if (holder !== undefined && isAlive(holder)) {
      throw new DataDirInUseError(
        `The database folder ${dataDir} is in use by process ${holder}, probably a running Habeas server. ` +
          "PGlite allows one process at a time: stop the server, then run this command again.",
      );
    }
    rmSync(lockPath, { force: true });
  }
}
