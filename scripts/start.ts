// `npm start`: serves the production build (scripts/serve.ts), building it first when there is none, so a
// fresh clone needs nothing but `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { projectRoot } from "@/lib/db/paths";
import { loadEnvFile } from "./load-env-file";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const SECRET_FILE = path.join(projectRoot, ".data", "auth-secret");

loadEnvFile();

/** Without a configured secret, one is made once and kept beside the data, so sign-ins survive restarts. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  console.log(`No NEXTAUTH_SECRET set: generated one and saved it in ${path.relative(projectRoot, SECRET_FILE)}.`);
  return secret;
}

Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: authSecret() });

if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
  console.log("No production build yet: running `next build` (a few minutes, once).");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: projectRoot, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import("./serve");
