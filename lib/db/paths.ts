// Locations of the database assets, resolved from the project root so scripts work from any cwd.
// Inside a Next.js server bundle the module's own URL no longer points into the project, so the
// working directory (where `next start` runs) is the fallback.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(): string {
  const fromModule = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  return existsSync(path.join(fromModule, "prisma", "migrations")) ? fromModule : process.cwd();
}

export const projectRoot = findProjectRoot();
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
