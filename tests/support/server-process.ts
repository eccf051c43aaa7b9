// Helpers for tests that start a Next.js server of their own.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { projectRoot } from "@/lib/db/paths";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function waitUntilUp(url: string, server: ChildProcess, log: () => string): Promise<void> {
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

/** The command `npm start` runs, on the given port of the loopback interface. */
export function appServerArgs(port: number): string[] {
  return ["--import", "tsx", "scripts/start.ts", "-p", String(port), "-H", "127.0.0.1"];
}

export type AppServer = { process: ChildProcess; baseUrl: string; output: () => string };

/** Starts the production server as `npm start` does and waits until it answers. Its process group can be
 *  killed with `process.kill(-pid)`. */
export async function startAppServer(env: Record<string, string | undefined>, port: number): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(process.execPath, appServerArgs(port), {
    cwd: projectRoot,
    env: { ...process.env, NEXTAUTH_URL: baseUrl, SITE_URL: baseUrl, ...env },
    detached: true,
  });
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  await waitUntilUp(`${baseUrl}/en/cases`, server, () => output);
  return { process: server, baseUrl, output: () => output };
}
