import { describe, expect, it } from "vitest";
import { evenTicks } from "@/lib/format/even-ticks";

describe("evenTicks", () => {
  it("spaces whole-number ticks evenly from zero past the largest value", () => {
    expect(evenTicks(0)).toEqual([0, 1]);
    expect(evenTicks(1)).toEqual([0, 1]);
    expect(evenTicks(3)).toEqual([0, 1, 2, 3]);
    expect(evenTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(evenTicks(12)).toEqual([0, 5, 10, 15]);
    expect(evenTicks(12500)).toEqual([0, 5000, 10000, 15000]);
    expect(evenTicks(100000)).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
  });

  it("never gives more than six ticks or a fractional one", () => {
    for (let max = 1; max < 5000; max += 7) {
      const ticks = evenTicks(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
      const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
      expect(steps.size).toBe(1);
    }
  });
});
