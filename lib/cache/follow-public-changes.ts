// Keeps this process's caches in step with changes committed by any process on the same database: each change
// notice moves the public generation on, which drops the cached public reads and whole pages at once. With a
// read replica, the generation moves on again once the replica has caught up with that commit.
import { databaseTarget, replicaTarget } from "@/lib/db/target";
import { advancePublicGeneration } from "./public-generation";
import { listenForPublicChanges, type ChangeListener } from "./public-change-listener";
import { createReplicaCatchUp } from "./replica-catch-up";

export async function followPublicChanges(): Promise<ChangeListener> {
  const replica = replicaTarget();
  const catchUp = replica?.driver === "postgres" ? createReplicaCatchUp(replica.url) : undefined;
  const listener = await listenForPublicChanges(databaseTarget(), (primary) => {
    advancePublicGeneration();
    if (!catchUp || !primary) return;
    primary("SELECT pg_current_wal_lsn()::text AS lsn")
      .then(([row]) => catchUp.after(String(row!.lsn), advancePublicGeneration))
      .catch(() => undefined);
  });
  return {
    async close() {
      await listener.close();
      await catchUp?.close();
    },
  };
}
