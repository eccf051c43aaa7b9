// One PGlite instance per data folder per process, shared by every Prisma client and SQL connection in it,
// with the extensions the migrations need loaded up front.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { lockDataDir } from "./data-dir-lock";

type Open = { pglite: Promise<PGlite>; unlock: () => void };

const globalForPglite = globalThis as typeof globalThis & { habeasPglite?: Map<string, Open> };
const instances = (globalForPglite.habeasPglite ??= new Map());

export function pgliteFor(dataDir: string): Promise<PGlite> {
  const existing = instances.get(dataDir);
  if (existing) return existing.pglite;
  // The folder holds confidential fields; only its owner may read it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const unlock = lockDataDir(dataDir);
  const pglite = PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } }).catch((error: unknown) => {
    instances.delete(dataDir);
    unlock();
    throw error;
  });
  instances.set(dataDir, { pglite, unlock });
  return pglite;
}

export async function closePglite(dataDir: string): Promise<void> {
  const open = instances.get(dataDir);
  if (!open) return;
  instances.delete(dataDir);
  try {
    const pglite = await open.pglite;
    if (!pglite.closed) await pglite.close();
  } finally {
    open.unlock();
  }
}

export async function closeAllPglite(): Promise<void> {
  await Promise.all([...instances.keys()].map(closePglite));
}
