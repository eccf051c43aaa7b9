// Row counts of every table an import can write to, so a test can say an import (or a refused one) wrote nothing.
import type { Db } from "@/lib/db/create-client";

export async function importFootprint(db: Db) {
  const [cases, people, sources, changes, audit, batches] = await Promise.all([
    db.case.count(),
    db.person.count(),
    db.source.count(),
    db.changeRequest.count(),
    db.auditLog.count(),
    db.importBatch.count(),
  ]);
  return { cases, people, sources, changes, audit, batches };
}
