// `npm run bench`: every benchmark, on the synthetic database, printing its figures.
import { syntheticDatabase } from "./synthetic-database";

process.env.DATABASE_URL = await syntheticDatabase(100_000);
const { benchExports } = await import("./exports");
await benchExports();
process.exit(0);
