// Gives every name and alias that lacks one its search key. Run after migrations, so rows written before
// search existed (or by hand in SQL) are found like any other.
import { withSqlConnection } from "@/lib/db/sql-connection";
import type { DatabaseTarget } from "@/lib/db/target";
import { nameKey } from "./name-key";

export async function backfillNameKeys(target: DatabaseTarget): Promise<number> {
  return withSqlConnection(target, async (client) => {
    let filled = 0;
    for (const [table, column] of [
      ["person", "full_name"],
      ["person_alias", "name"],
      ["external_identifier", "value"],
    ] as const) {
      for (;;) {
        const rows = await client.query<{ id: string; name: string }>(
          `SELECT id, ${column} AS name FROM ${table} WHERE search_name = '' LIMIT 5000`,
        );
        if (rows.length === 0) break;
        await client.query(
          `UPDATE ${table} t SET search_name = v.key FROM unnest($1::text[], $2::text[]) AS v(id, key) WHERE t.id = v.id`,
          [rows.map((r) => r.id), rows.map((r) => nameKey(r.name) || " ")],
        );
        filled += rows.length;
      }
    }
    return filled;
  });
}
