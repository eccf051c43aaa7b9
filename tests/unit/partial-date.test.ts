import { describe, expect, it } from "vitest";
import { daysSince, formatPartialDate, isoPartialDate } from "@/lib/format/partial-date";

const d = new Date("2025-04-10T00:00:00Z");

describe("partial dates", () => {
  it("shows no more than the known precision, in English", () => {
    expect(formatPartialDate(d, "DAY", "en-GB")).toBe("10 April 2025");
    expect(formatPartialDate(d, "MONTH", "en")).toBe("April 2025");
    expect(formatPartialDate(d, "YEAR", "en")).toBe("2025");
  });

  it("uses the nominative month for a month-precision date in Russian", () => {
    expect(formatPartialDate(new Date("2024-03-01T00:00:00Z"), "MONTH", "ru")).toBe("март 2024");
    expect(formatPartialDate(d, "MONTH", "ru")).toBe("апрель 2025");
    expect(formatPartialDate(d, "YEAR", "ru")).toBe("2025");
    expect(formatPartialDate(d, "DAY", "ru")).toMatch(/^10 апреля 2025/);
  });

  it("gives the genitive month a Russian sentence needs after «с», «от» or «до», and no other change", () => {
    const march = new Date("2024-03-01T00:00:00Z");
    expect(formatPartialDate(march, "MONTH", "ru", "genitive")).toBe("марта 2024");
    expect(formatPartialDate(new Date("2024-05-01T00:00:00Z"), "MONTH", "ru", "genitive")).toBe("мая 2024");
    expect(formatPartialDate(march, "YEAR", "ru", "genitive")).toBe("2024");
    expect(formatPartialDate(d, "DAY", "ru", "genitive")).toBe(formatPartialDate(d, "DAY", "ru"));
    expect(formatPartialDate(march, "MONTH", "en", "genitive")).toBe("March 2024");
    expect(formatPartialDate(march, "UNKNOWN", "ru", "genitive")).toBeNull();
  });

  it("returns nothing when there is no date or no precision", () => {
    expect(formatPartialDate(null, "DAY", "en")).toBeNull();
    expect(formatPartialDate(d, "UNKNOWN", "en")).toBeNull();
  });

  it("cuts the machine-readable form to the precision", () => {
    expect(isoPartialDate(d, "DAY")).toBe("2025-04-10");
    expect(isoPartialDate(d, "MONTH")).toBe("2025-04");
    expect(isoPartialDate(d, "YEAR")).toBe("2025");
    expect(isoPartialDate(d, "UNKNOWN")).toBeUndefined();
  });
});

describe("time since a partial date", () => {
  const until = new Date("2025-06-10T00:00:00Z");

  it("counts exact days from a known day", () => {
    expect(daysSince(d, "DAY", until)).toEqual({ days: 61, exact: true });
  });

  it("counts from the end of the month or year when only those are known, as a minimum", () => {
    expect(daysSince(new Date("2025-04-01T00:00:00Z"), "MONTH", until)).toEqual({ days: 41, exact: false });
    expect(daysSince(new Date("2024-01-01T00:00:00Z"), "YEAR", until)).toEqual({ days: 161, exact: false });
  });

  it("gives nothing for an unknown date or a start still in the future", () => {
    expect(daysSince(null, "UNKNOWN", until)).toBeNull();
    expect(daysSince(new Date("2025-06-01T00:00:00Z"), "MONTH", until)).toBeNull();
  });
});
