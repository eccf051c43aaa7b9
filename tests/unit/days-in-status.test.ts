// Time in detention is counted from the start of the current unbroken detention, and from an arrest only when
// nothing outside detention may have come after it.
import { describe, expect, it } from "vitest";
import { detentionSpan, type DetentionRun } from "@/lib/status-time/days-in-status";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const unknown = { date: null, precision: "UNKNOWN" } as const;
const run = (over: Partial<DetentionRun>): DetentionRun => ({
  status: "DETAINED",
  arrest: unknown,
  runStart: unknown,
  laterStart: unknown,
  before: null,
  lastReportedOn: day("2025-01-20"),
  ...over,
});
const asOf = new Date("2024-06-01T23:59:59.999Z");

describe("detentionSpan", () => {
  it("counts from the arrest when the detention is the whole history", () => {
    expect(detentionSpan(run({ arrest: { date: day("2024-01-01"), precision: "DAY" } }), asOf)).toEqual({
      days: 152,
      exact: true,
    });
  });

  it("counts from an arrest known to come after the release before it", () => {
    const arrest = { date: day("2024-01-01"), precision: "DAY" } as const;
    expect(detentionSpan(run({ arrest, before: { knownFrom: day("2023-06-30") } }), asOf)).toEqual({
      days: 152,
      exact: true,
    });
    // A release known only from a report after the arrest may have come after it: no count.
    expect(detentionSpan(run({ arrest, before: { knownFrom: day("2024-03-01") } }), asOf)).toBeNull();
    expect(detentionSpan(run({ arrest, before: { knownFrom: null } }), asOf)).toBeNull();
  });

  it("prefers the run's own start, and says “at least” from a later dated status of the run", () => {
    const arrest = { date: day("2019-03-01"), precision: "DAY" } as const;
    const runStart = { date: day("2024-01-01"), precision: "MONTH" } as const;
    // A month-precise start counts from its last possible day, so "at least".
    expect(detentionSpan(run({ arrest, runStart, before: { knownFrom: null } }), asOf)).toEqual({
      days: 122,
      exact: false,
    });
    const laterStart = { date: day("2024-01-01"), precision: "DAY" } as const;
    expect(detentionSpan(run({ laterStart }), asOf)).toEqual({ days: 152, exact: false });
  });

  it("never counts to today from a report, nor for a status outside detention", () => {
    const runStart = { date: day("2024-01-01"), precision: "DAY" } as const;
    expect(detentionSpan(run({ runStart, lastReportedOn: null }))).toBeNull();
    expect(detentionSpan(run({ runStart }))).toEqual({ days: 385, exact: false });
    expect(detentionSpan(run({ status: "RELEASED", runStart }), asOf)).toBeNull();
  });
});
