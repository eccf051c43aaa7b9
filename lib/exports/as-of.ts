// What was known by a date: dated events on or before it, and undated events that had been recorded by then.
export function eventsAsOf<T extends { date: Date | null; createdAt: Date; sequence: number }>(events: T[], asOf: Date): T[] {
  return events.filter((e) => (e.date ? e.date <= asOf : e.createdAt <= asOf)).sort((a, b) => a.sequence - b.sequence);
}
