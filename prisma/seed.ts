// `npm run db:seed`: writes the curated, cited seed facts into DATABASE_URL. Safe to run again.
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { env } from "@/lib/env";
import { seedDemoUsers } from "@/lib/seed/seed-demo-users";
import { seedDatabase } from "@/lib/seed/seed-database";
import { runScript } from "@/scripts/run-script";

runScript(async () => {
  const db = createPrismaClient(databaseTarget());
  try {
    const report = await seedDatabase(db);
    const written = Object.entries(report).filter(([, n]) => n > 0);
    console.log(
      written.length
        ? `Seeded: ${written.map(([k, n]) => `${n} ${k}`).join(", ")}`
        : "Seed already present; nothing written.",
    );
    if (env().NODE_ENV === "development") await seedDemoUsers(db);
  } finally {
    await db.$disconnect();
  }
});
