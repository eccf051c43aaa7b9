// The citations behind a case's current status: those of the status event that set it, the latest one. A
// citation on the case itself would keep pointing at whatever source supported an earlier status.
type WithEvents<C> = { statusEvents: { sequence?: number; citations: C[] }[] };

/** Expects the events newest first, as every public query orders them; falls back to sorting by sequence. */
export function currentStatusCitations<C>(c: WithEvents<C>): C[] {
  const events = c.statusEvents;
  if (events.length === 0) return [];
  const latest = events.every((e) => typeof e.sequence === "number")
    ? events.reduce((a, b) => ((b.sequence ?? 0) > (a.sequence ?? 0) ? b : a))
    : events[0]!;
  return latest.citations;
}
