import { describe, expect, it } from "vitest";
import { formatPartialDate, isoPartialDate } from "@/lib/format/partial-date";

const d = new Date("2025-04-10T00:00:00Z");

describe("partial dates", () => {
  it("shows no more than the known precision", () => {
    expect(formatPartialDate(d, "DAY")).toBe("10 April 2025");
    expect(formatPartialDate(d, "MONTH")).toBe("April 2025");
    expect(formatPartialDate(d, "YEAR")).toBe("2025");
  });

  it("says not known when there is no date or no precision", () => {
    expect(formatPartialDate(null, "DAY")).toBe("Not known");
    expect(formatPartialDate(d, "UNKNOWN")).toBe("Not known");
  });

  it("cuts the machine-readable form to the precision", () => {
    expect(isoPartialDate(d, "DAY")).toBe("2025-04-10");
    expect(isoPartialDate(d, "MONTH")).toBe("2025-04");
    expect(isoPartialDate(d, "YEAR")).toBe("2025");
    expect(isoPartialDate(d, "UNKNOWN")).toBeUndefined();
  });
});
