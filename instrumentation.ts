// Next.js calls register() once per server process before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The database layer knows no seed data: start-up is told what to fill a brand-new database with.
  const [{ startDatabase }, { seedFirstStart }] = await Promise.all([
    import("@/lib/db/start-up"),
    import("@/lib/seed/seed-first-start"),
  ]);
  await startDatabase(seedFirstStart);
  // After a migration or a bulk load every case's statistics are computed once, before the first visitor asks.
  const [{ db }, { refreshStatistics }] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/statistics/refresh-statistics"),
  ]);
  await refreshStatistics(db);
  // Every server on the database drops its cached public pages when any of them saves a change.
  const { followPublicChanges } = await import("@/lib/cache/follow-public-changes");
  await followPublicChanges();
  // The proxy's heavy-page limit exempts only live staff sessions, and cannot read the database itself.
  const { installLiveSessionCheck } = await import("@/lib/auth/live-session-check");
  const { sessionIsCurrent } = await import("@/lib/auth/session-revocation");
  installLiveSessionCheck(sessionIsCurrent);
}
