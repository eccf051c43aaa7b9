// Measures the JavaScript a page makes the browser load, gzip-compressed, next to a bare page of the same
// Next.js version built the same way (bench/bare-next). Loads each page in Chromium and counts every script
// response, the chunks fetched after start-up included, until the network is quiet.
//   npx tsx bench/page-javascript.ts http://127.0.0.1:3000/en/cases/azamat-ishenbekov [more URLs…]
// The bare app (bench/bare-next/app) is built once, outside the project so that nothing of Habeas (its
// instrumentation, proxy, config) is picked up, in a temporary folder named after the Next.js version.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { projectRoot } from "@/lib/db/paths";
import { freePort, waitUntilUp } from "@/tests/support/server-process";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const nextVersion = (require("next/package.json") as { version: string }).version;
const BARE_DIR = path.join(tmpdir(), `habeas-bare-next-${nextVersion}`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };

/** The bare app beside a link to the project's node_modules; Turbopack's root is widened to reach them. */
function prepareBareApp(): void {
  mkdirSync(BARE_DIR, { recursive: true });
  cpSync(path.join(projectRoot, "bench", "bare-next", "app"), path.join(BARE_DIR, "app"), { recursive: true });
  if (!existsSync(path.join(BARE_DIR, "node_modules")))
    symlinkSync(path.join(projectRoot, "node_modules"), path.join(BARE_DIR, "node_modules"));
  writeFileSync(
    path.join(BARE_DIR, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: "/" } };\n`,
  );
}

type PageJavaScript = {
  url: string;
  files: number;
  raw: number;
  gzip: number;
  largest: { name: string; gzip: number }[];
};

async function measure(urls: string[]): Promise<PageJavaScript[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox"],
  });
  try {
    const results: PageJavaScript[] = [];
    for (const url of urls) {
      const page = await browser.newPage();
      const scripts = new Map<string, Buffer>();
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        void response.body().then(
          (body) => scripts.set(response.url(), body),
          () => undefined,
        );
      });
      await page.goto(url, { waitUntil: "networkidle" });
      await page.waitForTimeout(500);
      await page.close();
      const sizes = [...scripts].map(([name, body]) => ({
        name: name.split("/").pop()!,
        raw: body.length,
        gzip: gzipSync(body).length,
      }));
      results.push({
        url,
        files: sizes.length,
        raw: sizes.reduce((sum, s) => sum + s.raw, 0),
        gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
        largest: sizes
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 8)
          .map(({ name, gzip }) => ({ name, gzip })),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function withBarePage<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (!existsSync(path.join(BARE_DIR, ".next", "BUILD_ID"))) {
    console.log(`Building the bare comparison app in ${BARE_DIR} (once)…`);
    prepareBareApp();
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: BARE_DIR, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build of the bare app failed");
  }
  const port = await freePort();
  let output = "";
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: BARE_DIR,
    env,
    detached: true,
  });
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitUntilUp(url, server, () => output);
    return await run(url);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("Usage: npx tsx bench/page-javascript.ts <page URL on a running Habeas server>…");
  process.exit(2);
}
const [bare] = await withBarePage((url) => measure([url]));
const pages = await measure(urls);
console.log(`\nJavaScript loaded (gzip), Next.js bare page vs Habeas pages:`);
console.log(
  `  ${"bare Next.js page".padEnd(60)} ${kB(bare!.gzip).padStart(9)}  (${bare!.files} files, ${kB(bare!.raw)} uncompressed)`,
);
for (const page of pages) {
  const extra = page.gzip - bare!.gzip;
  console.log(
    `  ${page.url.padEnd(60)} ${kB(page.gzip).padStart(9)}  (${page.files} files, ${kB(page.raw)} uncompressed; ${extra >= 0 ? "+" : ""}${kB(extra)} over bare, target ≤ +20 kB)`,
  );
  for (const file of page.largest) console.log(`      ${file.name.padEnd(40)} ${kB(file.gzip).padStart(9)}`);
}
