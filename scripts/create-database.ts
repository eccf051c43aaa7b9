// `npm run db:create`: creates the database named in DATABASE_URL when it does not exist yet.
import { ensureDatabase } from "@/lib/db/ensure-database";
import { env } from "@/lib/env";
import { runScript } from "./run-script";

runScript(async () => {
  const created = await ensureDatabase(env().DATABASE_URL);
  console.log(created ? "Created the database." : "The database exists.");
});
