// Runs one of PostgreSQL's client tools (pg_dump, pg_restore) and turns its failures into plain messages.
import { spawn } from "node:child_process";

export class BackupError extends Error {
  override name = "BackupError";
}

export function runTool(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new BackupError(
              `${tool} was not found. Install PostgreSQL's client tools, the same major version as the server (e.g. apt-get install postgresql-client).`,
            )
          : error,
      );
    });
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${tool} failed:\n${stderr.trim()}`)),
    );
  });
}
