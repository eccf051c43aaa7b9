// Starts the production server on the synthetic database for HTTP benchmarks, and stops it afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { projectRoot } from "@/lib/db/paths";

export type BenchServer = { url: string; stop: () => void };

/** `extraEnv` and `build: false` start a second server on the same build, e.g. with the caches off. */
export async function startServer(
  databaseUrl: string,
  port = 3999,
  extraEnv: Record<string, string> = {},
  build = true,
): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    SITE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  };
  if (build && !process.env.BENCH_SKIP_BUILD) {
    console.log("Building…");
    const build = spawnSync("npx", ["next", "build"], { cwd: projectRoot, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stderr}`);
  }
  // The same server as `npm start`: Next behind the public page cache.
  const server: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: projectRoot, env, detached: true, stdio: "ignore" },
  );
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/en/cases`)).ok)
        return { url, stop: () => server.pid && process.kill(-server.pid, "SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The benchmark server did not start.");
}
