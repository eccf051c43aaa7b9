// `npm run bench`: every benchmark, on the synthetic database, printing its figures.
import { benchList, prepareStaticFile, removeStaticFile } from "./list";
import { benchSearch } from "./search";
import { startServer } from "./server";
import { syntheticDatabase } from "./synthetic-database";

const databaseUrl = await syntheticDatabase(100_000);
process.env.DATABASE_URL = databaseUrl;
const { benchExports } = await import("./exports");
await benchExports();

// The static comparison file matches the size of a rendered list page, so it is written before the build.
await prepareStaticFile("<!doctype html>" + "x".repeat(60_000));
const server = await startServer(databaseUrl);
try {
  const listPage = await (await fetch(`${server.url}/en/cases?country=XC&status=IMPRISONED&sort=name&size=10&page=1`)).text();
  await prepareStaticFile(listPage);
  await benchSearch(server.url, databaseUrl);
  await benchList(server.url);
} finally {
  server.stop();
  removeStaticFile();
}
process.exit(0);
