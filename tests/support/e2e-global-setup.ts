// Builds the app, starts the production server on a seeded throwaway database, and stops both afterwards.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { projectRoot } from "@/lib/db/paths";
import { createServerTestDatabase } from "./database";
import { freePort, startAppServer } from "./server-process";
import { createSeededDatabase } from "./seeded-database";
import { createStaffAccounts } from "./staff-accounts";

export default async function setup(project: TestProject) {
  const database = await createSeededDatabase("e2e", createServerTestDatabase);

  const staff = await createStaffAccounts(database.target);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    SITE_URL: baseUrl,
    // Every browser in the suite calls from 127.0.0.1.
    RATE_LIMIT_DOWNLOADS: "100000",
    RATE_LIMIT_HEAVY_PAGES: "100000",
  };
  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync("npx", ["next", "build"], { cwd: projectRoot, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const server = await startAppServer(env, port);
  project.provide("baseUrl", baseUrl);
  project.provide("staff", staff);
  project.provide("databaseEnv", database.env);

  return async () => {
    if (server.process.pid) process.kill(-server.process.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
  };
}
