// A replica applies the primary's commits a little later. After a change notice, the public generation is moved
// on once more when the replica has replayed the primary's WAL up to where it stood after the commit, so a page
// read from the replica in between (still showing the old data) is not kept. Waits are folded into one.
import pg from "pg";

const POLL_MS = 25;
const GIVE_UP_MS = 10_000;

export type ReplicaCatchUp = { after(primaryLsn: string, then: () => void): void; close(): Promise<void> };

export function createReplicaCatchUp(replicaUrl: string): ReplicaCatchUp {
  const pool = new pg.Pool({ connectionString: replicaUrl, max: 1, application_name: "habeas-replica-catch-up" });
  pool.on("error", () => undefined);
  let waiting: { lsn: string; callbacks: (() => void)[] } | undefined;

  /** True once the replica has replayed `lsn`; a database that is not a standby (NULL) has nothing to replay. */
  async function caughtUp(lsn: string): Promise<boolean> {
    const { rows } = await pool.query<{ done: boolean | null }>(
      "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done",
      [lsn],
    );
    return rows[0]?.done !== false;
  }

  async function wait(): Promise<void> {
    const started = Date.now();
    while (waiting) {
      const current = waiting;
      const done = await caughtUp(current.lsn).catch(() => false);
      if (done || Date.now() - started > GIVE_UP_MS) {
        if (waiting === current) waiting = undefined;
        for (const callback of current.callbacks) callback();
        if (!waiting) return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  return {
    after(primaryLsn, then) {
      if (waiting) {
        // A later LSN covers the earlier one; PostgreSQL compares them, so keep the newest as the target.
        waiting.lsn = primaryLsn;
        waiting.callbacks.push(then);
        return;
      }
      waiting = { lsn: primaryLsn, callbacks: [then] };
      void wait();
    },
    close: () => pool.end(),
  };
}
