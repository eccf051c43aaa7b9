// `npm run db:create`: creates the database named in DATABASE_URL when it does not exist yet.
// PGlite creates its folder when first opened, so there is nothing to do for it.
import { ensureDatabase } from "@/lib/db/ensure-database";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  if (target.driver === "pglite") {
    console.log(`Using ${describeTarget(target)}; it is created when first opened.`);
    return;
  }
  const created = await ensureDatabase(target.url);
  console.log(created ? "Created the database." : "The database exists.");
});
