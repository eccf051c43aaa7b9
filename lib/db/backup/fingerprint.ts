// Row count and content checksum of every table and view, to show that a restore holds exactly what was backed up.
import type { SqlConnection } from "../sql-connection";

export type TableFingerprint = { table: string; rows: number; checksum: string };
/** A view holds no rows of its own: its definition must survive, and reading it must give the same rows. */
export type ViewFingerprint = TableFingerprint & { definition: string };

async function contentOf(connection: SqlConnection, name: string): Promise<{ rows: number; checksum: string }> {
  const [row] = await connection.query<{ rows: number; checksum: string | null }>(
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM public."${name}" t`,
  );
  return { rows: row?.rows ?? 0, checksum: row?.checksum ?? "" };
}

export async function fingerprintTables(connection: SqlConnection): Promise<TableFingerprint[]> {
  // Timestamps print in the session's time zone; fix it so two databases compare whatever their settings.
  await connection.exec("SET TIME ZONE 'UTC'");
  const tables = await connection.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: TableFingerprint[] = [];
  for (const { name } of tables) result.push({ table: name, ...(await contentOf(connection, name)) });
  return result;
}

export async function fingerprintViews(connection: SqlConnection): Promise<ViewFingerprint[]> {
  await connection.exec("SET TIME ZONE 'UTC'");
  const views = await connection.query<{ name: string; definition: string }>(
    `SELECT viewname AS name, definition FROM pg_catalog.pg_views WHERE schemaname = 'public' ORDER BY viewname`,
  );
  const result: ViewFingerprint[] = [];
  for (const { name, definition } of views)
    result.push({ table: name, definition: withoutQualifiers(definition), ...(await contentOf(connection, name)) });
  return result;
}

/** PostgreSQL 16 and later print a one-table view's columns without their table's alias ("e.case_id" becomes
 *  "case_id"), so a move from PGlite to an older server would differ in print only; compare without them. */
function withoutQualifiers(definition: string): string {
  return definition.replace(/\b[a-z_][a-z0-9_]*\.(?=[a-z_"])/g, "");
}
