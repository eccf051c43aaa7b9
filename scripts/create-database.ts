// `npm run db:create`: creates the database named in DATABASE_URL when it does not exist yet.
import pg from "pg";
import { env } from "@/lib/env";
import { runScript } from "./run-script";

runScript(async () => {
  const target = new URL(env().DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`Refusing to create a database with an unusual name: ${name}`);
  const admin = new URL(target);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) {
      console.log(`Database ${name} exists.`);
      return;
    }
    await client.query(`CREATE DATABASE "${name}"`);
    console.log(`Created database ${name}.`);
  } finally {
    await client.end();
  }
});
