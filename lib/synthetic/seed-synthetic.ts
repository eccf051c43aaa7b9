// Fills a separate database with clearly fake cases for scale tests and benchmarks. It refuses to touch a
// database that holds the real seed, and marks its own database so the real seed refuses it in turn.
import pg from "pg";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { nameKey } from "@/lib/search/name-key";
import { syntheticName } from "./names";

export const SYNTHETIC_MARK = "syntheticDataset";

/** The separate database that holds fake scale data, never the application's. */
export const SYNTHETIC_DATABASE_URL =
  process.env.SYNTHETIC_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/habeas_synthetic";
const COUNTRIES = [
  { code: "XB", name: "Syntheland (fake, 1,000 cases)" },
  { code: "XC", name: "Fakestan (fake)" },
  { code: "XD", name: "Mockovia (fake)" },
  { code: "XE", name: "Placeholdia (fake)" },
];
const COUNTRY_NAMES = new Map(COUNTRIES.map((c) => [c.code, c.name]));
const STATUSES = [
  "IMPRISONED",
  "DETAINED",
  "DETAINED_PRE_TRIAL",
  "HOUSE_ARREST",
  "PROBATION",
  "RELEASED",
  "TRAVEL_BAN",
  "PARDONED",
];
const ROLES = ["JOURNALIST", "BLOGGER", "LAWYER", "HUMAN_RIGHTS_DEFENDER", "ACTIVIST", "OPPOSITION_POLITICIAN"];
const PRECISIONS = ["DAY", "MONTH", "YEAR", "UNKNOWN"] as const;
const SOURCE_ID = "synthetic-source";

export class SyntheticRefused extends Error {
  override name = "SyntheticRefused";
}

/** One multi-row INSERT per batch from column arrays. `casts` converts a column after unnest (unnest cannot take arrays of arrays). */
async function insert(
  client: pg.Client,
  table: string,
  columns: string[],
  types: string[],
  rows: unknown[][],
  casts: Record<string, string> = {},
) {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) => rows.map((r) => r[i]));
  const unnest = types.map((t, i) => `$${i + 1}::${t}[]`).join(", ");
  const quoted = columns.map((c) => `"${c}"`);
  const select = columns.map((c) => (casts[c] ? `"${c}"::${casts[c]}` : `"${c}"`)).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${quoted.join(", ")}) SELECT ${select} FROM unnest(${unnest}) AS t(${quoted.join(", ")})`,
    arrays,
  );
}

function dateFor(i: number): [string | null, string] {
  const precision = PRECISIONS[i % 4]!;
  if (precision === "UNKNOWN") return [null, precision];
  const year = 2010 + (i % 15);
  const month = precision === "YEAR" ? 1 : 1 + (i % 12);
  const day = precision === "DAY" ? 1 + (i % 28) : 1;
  return [`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, precision];
}

export async function seedSynthetic(
  url: string,
  cases: number,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const real = await client.query(`SELECT 1 FROM source WHERE id = 'src-samarkand-ngo-statement'`);
    if (real.rowCount)
      throw new SyntheticRefused("This database holds the real seed. Synthetic data goes into a separate database.");
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO setting (key, value, updated_at) VALUES ($1, 'true', now()) ON CONFLICT (key) DO NOTHING`,
      [SYNTHETIC_MARK],
    );
    await insert(
      client,
      "country",
      ["code", "name", "updated_at"],
      ["char(2)", "text", "timestamptz"],
      COUNTRIES.map((c) => [c.code, c.name, new Date()]),
    );
    await client.query(
      `INSERT INTO source (id, title, kind, archive_note, authors, updated_at) VALUES ($1, 'Synthetic data — not a real source', 'NEWS_ARTICLE', 'Generated for benchmarks. Nothing here is real.', '{}', now()) ON CONFLICT DO NOTHING`,
      [SOURCE_ID],
    );
    const start = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE id LIKE 'syn-%'`))
      .rows[0]!.n;
    // Bulk load: the secondary indexes of the tables it fills (the list indexes, the trigram indexes) are
    // built once at the end rather than updated row by row, and the case triggers are off for the load, their
    // work done in bulk below, in this same transaction. Unique indexes stay: keys and foreign keys need them.
    const listIndexes = (
      await client.query<{ name: string; definition: string }>(
        `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname
       JOIN pg_index x ON x.indexrelid = c.oid
       WHERE i.schemaname = 'public' AND i.tablename IN ('case', 'person', 'person_alias', 'status_event', 'citation') AND NOT x.indisunique`,
      )
    ).rows;
    for (const index of listIndexes) await client.query(`DROP INDEX "${index.name}"`);
    // The sort keys are written below as the triggers would; the alias trigger would rescan every case per batch.
    await client.query(`ALTER TABLE "case" DISABLE TRIGGER USER`);
    await client.query(`ALTER TABLE person_alias DISABLE TRIGGER USER`);
    const BATCH = 10_000;
    const now = new Date();
    for (let from = start; from < start + cases; from += BATCH) {
      const to = Math.min(start + cases, from + BATCH);
      const persons: unknown[][] = [],
        aliases: unknown[][] = [],
        rows: unknown[][] = [],
        events: unknown[][] = [],
        cites: unknown[][] = [];
      for (let i = from; i < to; i++) {
        const name = syntheticName(i);
        const id = `syn-${i}`;
        const country = i < 1000 ? "XB" : COUNTRIES[1 + (i % 3)]!.code;
        const status = STATUSES[i % STATUSES.length]!;
        const [since, precision] = dateFor(i);
        persons.push([
          id,
          `synthetic-${i}`,
          name.latin,
          nameKey(name.latin),
          `{${ROLES[i % ROLES.length]!}}`,
          `Synthetic person ${i}. Not a real person.`,
          now,
        ]);
        aliases.push([
          `${id}-c`,
          id,
          name.cyrillic,
          nameKey(name.cyrillic),
          "CYRILLIC",
          "TRANSLITERATION",
          "EDITORIAL",
          now,
        ]);
        aliases.push([
          `${id}-r`,
          id,
          name.romanised,
          nameKey(name.romanised),
          "LATIN",
          "TRANSLITERATION",
          "EDITORIAL",
          now,
        ]);
        if (name.arabic)
          aliases.push([
            `${id}-a`,
            id,
            name.arabic,
            nameKey(name.arabic),
            "ARABIC",
            "NATIVE_SPELLING",
            "EDITORIAL",
            now,
          ]);
        const role = ROLES[i % ROLES.length]!;
        rows.push([
          id,
          id,
          country,
          status,
          since,
          precision,
          "PUBLISHED",
          "NOT_NEEDED",
          `synthetic internal note ${i}`,
          now,
          name.latin,
          // The person's only Cyrillic alias, as habeas_cyrillic_sort_name would choose it.
          name.cyrillic,
          COUNTRY_NAMES.get(country)!,
          `{${role}}`,
        ]);
        events.push([`${id}-e1`, id, null, "DETAINED", null, "UNKNOWN", 1, "Synthetic first status.", now]);
        events.push([`${id}-e2`, id, "DETAINED", status, since, precision, 2, "Synthetic latest status.", now]);
        cites.push([`${id}-q`, SOURCE_ID, "Synthetic quote — not real.", "status", id, now]);
      }
      await insert(
        client,
        "person",
        ["id", "slug", "full_name", "search_name", "roles", "biography", "updated_at"],
        ["text", "text", "text", "text", "text", "text", "timestamptz"],
        persons,
        { roles: "person_role[]" },
      );
      await insert(
        client,
        "person_alias",
        ["id", "person_id", "name", "search_name", "script", "kind", "origin", "updated_at"],
        ["text", "text", "text", "text", "name_script", "alias_kind", "alias_origin", "timestamptz"],
        aliases,
      );
      await insert(
        client,
        "case",
        [
          "id",
          "person_id",
          "country_code",
          "status",
          "status_since",
          "status_since_precision",
          "visibility",
          "consent_status",
          "internal_notes",
          "updated_at",
          "sort_name",
          "sort_name_cyrillic",
          "sort_country",
          "person_roles",
        ],
        [
          "text",
          "text",
          "char(2)",
          "case_status",
          "date",
          "date_precision",
          "visibility",
          "consent_status",
          "text",
          "timestamptz",
          "text",
          "text",
          "text",
          "text",
        ],
        rows,
        { person_roles: "person_role[]" },
      );
      await insert(
        client,
        "status_event",
        ["id", "case_id", "from_status", "to_status", "date", "date_precision", "sequence", "note", "updated_at"],
        ["text", "text", "case_status", "case_status", "date", "date_precision", "int", "text", "timestamptz"],
        events,
      );
      await insert(
        client,
        "citation",
        ["id", "source_id", "quote", "claim", "case_id", "updated_at"],
        ["text", "text", "text", "text", "text", "timestamptz"],
        cites,
      );
      log(`  ${to - start} / ${cases} synthetic cases`);
    }
    // What the triggers would have done: the role sort key, and the counts rebuilt from the cases.
    await client.query(
      `UPDATE "case" SET sort_role = habeas_role_rank(person_roles) WHERE id LIKE 'syn-%' AND sort_role <> habeas_role_rank(person_roles)`,
    );
    await client.query(`DELETE FROM case_count`);
    // The rule has no parameters, so its text is plain SQL for pg.
    const published = publishedSql(Prisma.sql`"case"`).text;
    await client.query(`INSERT INTO case_count (country_code, status, role, n)
      SELECT country_code, status, '', count(*) FROM "case" WHERE ${published} GROUP BY 1, 2
      UNION ALL
      SELECT country_code, status, r::text, count(*) FROM "case", unnest(ARRAY(SELECT DISTINCT unnest(person_roles))) r
        WHERE ${published} GROUP BY 1, 2, 3`);
    // The case triggers were off, so the statistics queue is told of every case; the server computes them at start.
    await client.query(`INSERT INTO statistics_stale (case_id) SELECT id FROM "case" WHERE id LIKE 'syn-%'`);
    await client.query(`ALTER TABLE "case" ENABLE TRIGGER USER`);
    await client.query(`ALTER TABLE person_alias ENABLE TRIGGER USER`);
    log(`  building ${listIndexes.length} indexes`);
    for (const index of listIndexes) await client.query(index.definition);
    await client.query("COMMIT");
    // Fresh statistics, or the planner keeps choosing plans made for an empty database; and a visibility map,
    // so the list indexes answer with index-only scans.
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
