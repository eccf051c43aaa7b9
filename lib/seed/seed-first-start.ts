// What a brand-new database gets on the server's first start (PGlite, where nobody runs setup commands): the
// curated seed, and the demo accounts unless DEMO_ACCOUNTS=off. Handed to lib/db/start-up.ts by instrumentation.ts,
// so the database layer never depends on the seed data.
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { seedDatabase } from "./seed-database";
import { seedDemoUsers } from "./seed-demo-users";

export async function seedFirstStart(db: Db): Promise<{ cases: number }> {
  const seeded = await seedDatabase(db);
  if (env().DEMO_ACCOUNTS === "on") await seedDemoUsers(db);
  return { cases: seeded.cases ?? 0 };
}
