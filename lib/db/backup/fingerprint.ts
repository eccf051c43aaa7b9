// Row count and content checksum of every table, to show that a restore holds exactly what was backed up.
import type { SqlConnection } from "../sql-connection";

export type TableFingerprint = { table: string; rows: number; checksum: string };

export async function fingerprintTables(connection: SqlConnection): Promise<TableFingerprint[]> {
  // Timestamps print in the session's time zone; fix it so two databases compare whatever their settings.
  await connection.exec("SET TIME ZONE 'UTC'");
  const tables = await connection.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: TableFingerprint[] = [];
  for (const { name } of tables) {
    const [row] = await connection.query<{ rows: number; checksum: string | null }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM public."${name}" t`,
    );
    result.push({ table: name, rows: row?.rows ?? 0, checksum: row?.checksum ?? "" });
  }
  return result;
}
