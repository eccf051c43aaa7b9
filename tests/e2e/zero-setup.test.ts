// `npm start` with no DATABASE_URL: the production server keeps its data in an embedded PGlite folder,
// migrates and seeds it on first start, closes it on SIGTERM, and finds everything again after a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "@/lib/db/paths";
import { useSharedBrowser } from "../support/browser";
import { type AppServer, appServerArgs, freePort, startAppServer } from "../support/server-process";
import { signedInPage } from "../support/sign-in";

const browser = useSharedBrowser();
const dataDir = await mkdtemp(path.join(tmpdir(), "habeas-zero-setup-"));
const secret = randomBytes(32).toString("hex");

const running = new Set<ChildProcess>();

async function start(): Promise<AppServer> {
  const started = await startAppServer(
    { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, NEXTAUTH_SECRET: secret },
    await freePort(),
  );
  running.add(started.process);
  started.process.once("exit", () => running.delete(started.process));
  return started;
}

async function stop({ process: server }: AppServer): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  process.kill(server.pid!, "SIGTERM");
  return exited;
}

afterAll(async () => {
  // A failed test may leave a server behind; its whole process group goes.
  for (const server of running) process.kill(-server.pid!, "SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

describe("zero setup on PGlite", () => {
  it("seeds on first start, refuses a second server on the folder, and keeps an editor's change across a restart", async () => {
    const first = await start();
    const list = await (await fetch(`${first.baseUrl}/en/cases`)).text();
    expect(list).toContain("Marat Zhylanbayev");
    expect(list).toContain("Daler Imomali");
    expect(first.output()).toMatch(
      /Database: PGlite in .*, ready in [\d.]+ s \(applied \d+ migrations, seeded 29 cases\)/,
    );
    expect(existsSync(path.join(dataDir, "habeas.lock"))).toBe(true);

    const rival = spawn(process.execPath, appServerArgs(await freePort()), {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, NEXTAUTH_SECRET: secret },
    });
    let refusal = "";
    rival.stderr.on("data", (chunk) => (refusal += chunk));
    expect(await new Promise((resolve) => rival.once("exit", resolve))).toBe(1);
    expect(refusal).toContain(`The database folder ${dataDir} is in use by process`);

    const [, email, password] = /Demo editor: (\S+) \/ (\S+)/.exec(first.output()) ?? [];
    expect(email).toBeTruthy();
    const editor = await signedInPage(browser(), first.baseUrl, email!, password!);
    await editor.page.getByRole("link", { name: "Daler Imomali" }).click();
    await editor.page.getByRole("textbox", { name: "Internal notes" }).fill("Written before the restart");
    await editor.page.getByRole("button", { name: "Save", exact: true }).click();
    await editor.page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await editor.context.close();

    expect(await stop(first)).toBe(143);
    expect(first.output()).toContain("Database closed.");
    expect(existsSync(path.join(dataDir, "habeas.lock"))).toBe(false);

    const second = await start();
    try {
      expect(second.output()).toMatch(/Database: PGlite in .*, ready in [\d.]+ s\./);
      expect(second.output()).not.toContain("seeded");
      const again = await signedInPage(browser(), second.baseUrl, email!, password!);
      await again.page.getByRole("link", { name: "Daler Imomali" }).click();
      expect(await again.page.getByRole("textbox", { name: "Internal notes" }).inputValue()).toBe(
        "Written before the restart",
      );
      await again.context.close();
    } finally {
      await stop(second);
    }
  });
});
