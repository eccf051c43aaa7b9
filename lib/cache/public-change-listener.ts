// Listens for the database's notice that public records changed (NOTIFY habeas_public_change, sent by a trigger
// in the change's own transaction, so at its commit and only then) and reports each one. On a PostgreSQL server
// this is one connection of its own per process; when that connection is lost, notices may have been missed,
// so the loss itself counts as a change and the connection is opened again. PGlite delivers its notices in
// process, where the process's own writes are the only writes.
import pg from "pg";
import { pgliteFor } from "@/lib/db/pglite";
import type { DatabaseTarget } from "@/lib/db/target";

export const PUBLIC_CHANGE_CHANNEL = "habeas_public_change";

export type ChangeListener = { close(): Promise<void> };

/** `onChange` receives the listening connection's SQL runner, for a question asked right after the commit
 *  (e.g. the primary's WAL position); it is absent for the reconnect notice and on PGlite. */
export type OnPublicChange = (primary?: (sql: string) => Promise<Record<string, unknown>[]>) => void;

function listenOnServer(url: string, onChange: OnPublicChange, retryMs: number): ChangeListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = () => {
    client = undefined;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, retryMs);
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url, application_name: "habeas-change-listener" });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      next.end().catch(() => undefined);
      // Whatever was committed while this connection was down was never heard: treat it as a change.
      onChange();
      reconnectLater();
    };
    next.on("error", onLost);
    next.on("end", onLost);
    next.on("notification", (message) => {
      if (message.channel !== PUBLIC_CHANGE_CHANNEL) return;
      onChange(async (sql) => (await next.query(sql)).rows);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
      if (closed) return void next.end().catch(() => undefined);
      client = next;
      // Changes made before LISTEN took effect were not heard either.
      onChange();
    } catch {
      onLost();
    }
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const open = client;
      client = undefined;
      if (open) {
        open.removeAllListeners("end");
        open.removeAllListeners("error");
        open.on("error", () => undefined);
        await open.end().catch(() => undefined);
      }
    },
  };
}

async function listenOnPglite(dataDir: string, onChange: OnPublicChange): Promise<ChangeListener> {
  const pglite = await pgliteFor(dataDir);
  const unlisten = await pglite.listen(PUBLIC_CHANGE_CHANNEL, () => onChange());
  return { close: () => unlisten() };
}

export async function listenForPublicChanges(
  target: DatabaseTarget,
  onChange: OnPublicChange,
  options: { retryMs?: number } = {},
): Promise<ChangeListener> {
  if (target.driver === "pglite") return listenOnPglite(target.dataDir, onChange);
  return listenOnServer(target.url, onChange, options.retryMs ?? 1000);
}
