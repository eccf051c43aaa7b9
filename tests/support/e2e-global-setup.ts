// Builds the app, starts the production server on a seeded throwaway database, and stops both afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { projectRoot } from "@/lib/db/paths";
import { createSeededDatabase } from "./seeded-database";
import { createStaffAccounts } from "./staff-accounts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer within 60 s:\n${log()}`);
}

export default async function setup(project: TestProject) {
  const database = await createSeededDatabase("e2e");

  const staff = await createStaffAccounts(database.url);
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
  };
  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync("npx", ["next", "build"], { cwd: projectRoot, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  let output = "";
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: projectRoot, env, detached: true });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntilUp(`${baseUrl}/cases`, server, () => output);
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", database.url);
  project.provide("staff", staff);

  return async () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
  };
}
