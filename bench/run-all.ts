// `npm run bench [-- --cases 1000000]`: every benchmark, on the synthetic database, printing its figures.
import { parseArgs } from "node:util";
import { benchList, prepareStaticFile, removeStaticFile } from "./list";
import { benchMisses } from "./misses";
import { benchSearch } from "./search";
import { startServer } from "./server";
import { syntheticDatabase } from "./synthetic-database";

// --misses-only: just the cache-miss part (with BENCH_SKIP_BUILD=1 to reuse the last build).
const { values } = parseArgs({
  options: { cases: { type: "string", default: "100000" }, "misses-only": { type: "boolean", default: false } },
});
const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1000) throw new Error("--cases must be a whole number of at least 1,000");
const databaseUrl = await syntheticDatabase(cases);
process.env.DATABASE_URL = databaseUrl;
const { benchExports } = await import("./exports");
if (!values["misses-only"]) await benchExports(cases);
const { benchStatusChange } = await import("./status-change");
await benchStatusChange(cases);
const { benchListDatabase } = await import("./list-database");
await benchListDatabase(cases);
const { benchPagesDatabase } = await import("./pages-database");
await benchPagesDatabase(cases);
const { benchImport } = await import("./import");
await benchImport();

// The static comparison file matches the size of a rendered list page, so it is written before the build.
await prepareStaticFile("<!doctype html>" + "x".repeat(60_000));
const server = values["misses-only"] ? null : await startServer(databaseUrl);
if (server)
  try {
    const listPage = await (
      await fetch(`${server.url}/en/cases?country=XC&status=IMPRISONED&sort=name&size=10&page=1`)
    ).text();
    await prepareStaticFile(listPage);
    await benchSearch(server.url, databaseUrl);
    await benchList(server.url);
  } finally {
    server.stop();
  }
// Without the cached-server run, nothing has built the app yet.
if (!server && !process.env.BENCH_SKIP_BUILD)
  throw new Error("--misses-only needs BENCH_SKIP_BUILD=1 and a build made by an earlier run");
// A second server on the same build with the public caches off: every request is a miss. Anonymous
// download and heavy-page limits are raised so the benchmark measures work, not refusals.
const missServer = await startServer(
  databaseUrl,
  3998,
  { PUBLIC_CACHE: "off", RATE_LIMIT_DOWNLOADS: "100000", RATE_LIMIT_HEAVY_PAGES: "100000" },
  false,
);
try {
  await benchMisses(missServer.url, cases);
} finally {
  missServer.stop();
  removeStaticFile();
}
process.exit(0);
