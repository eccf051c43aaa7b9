// Reads the project's .env into the environment. Values already in the environment win, as with Next.js.
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/paths";

export function loadEnvFile(): void {
  const file = path.join(projectRoot, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
