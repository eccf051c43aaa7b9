// Locations of the database assets, resolved from the project root so scripts work from any cwd.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
