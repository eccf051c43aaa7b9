// Migrating an empty database must give exactly what the Prisma schema describes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { openSqlConnection, type SqlConnection } from "@/lib/db/sql-connection";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { expectedSchema } from "../support/prisma-schema-model";

let database: TestDatabase;
let client: SqlConnection;
const expected = expectedSchema();

beforeAll(async () => {
  database = await createTestDatabase("drift");
  await applyMigrations(database.target, migrationsDir);
  client = await openSqlConnection(database.target);
});

afterAll(async () => {
  await client?.close();
  await database?.drop();
});

const byText = (a: string, b: string) => a.localeCompare(b);

describe("schema and migrations agree", () => {
  it("has the same tables", async () => {
    const rows = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort(byText)).toEqual([...expected.tables].sort(byText));
  });

  // Prisma cannot describe views; these derive a status's since and reported dates (see schema.prisma, StatusEvent).
  it("has the views that place statuses in time, and nothing else", async () => {
    const rows = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'VIEW'`,
    );
    expect(rows.map((r) => r.table_name).sort(byText)).toEqual(["status_event_report", "status_event_time"]);
  });

  it("has the same columns, types and nullability", async () => {
    const rows = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
         AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
    );
    const actual = rows.map(
      (r) => `${r.table_name}.${r.column_name} ${r.udt_name} ${r.is_nullable === "YES" ? "null" : "not null"}`,
    );
    const wanted = expected.columns.map((c) => `${c.table}.${c.column} ${c.udt} ${c.nullable ? "null" : "not null"}`);
    expect(actual.sort(byText)).toEqual(wanted.sort(byText));
  });

  it("has the same primary keys, unique constraints and indexes", async () => {
    const rows = await client.query<{ kind: string; table_name: string; cols: string }>(
      `SELECT CASE WHEN ix.indisprimary THEN 'primary' WHEN ix.indisunique THEN 'unique' ELSE 'index' END AS kind,
              t.relname AS table_name,
              string_agg(a.attname, ',' ORDER BY k.ord) AS cols
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       -- Key columns only: an index's INCLUDE columns are not something Prisma's schema can state.
       WHERE t.relname <> '_prisma_migrations' AND k.ord <= ix.indnkeyatts
       GROUP BY ix.indexrelid, ix.indisprimary, ix.indisunique, t.relname`,
    );
    const actual = rows.map((r) => `${r.kind} ${r.table_name}(${r.cols})`);
    expect(actual.sort(byText)).toEqual([...expected.keys].sort(byText));
  });

  it("has the same foreign keys with the same delete rules", async () => {
    const rows = await client.query<{ fk: string }>(
      `SELECT format('%s(%s) -> %s(%s) on delete %s', src.relname,
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n),
                dst.relname,
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n),
                CASE c.confdeltype WHEN 'a' THEN 'noaction' WHEN 'r' THEN 'restrict' WHEN 'c' THEN 'cascade'
                                   WHEN 'n' THEN 'setnull' WHEN 'd' THEN 'setdefault' END) AS fk
       FROM pg_constraint c
       JOIN pg_class src ON src.oid = c.conrelid
       JOIN pg_class dst ON dst.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
       WHERE c.contype = 'f'`,
    );
    expect(rows.map((r) => r.fk).sort(byText)).toEqual([...expected.foreignKeys].sort(byText));
  });
});
