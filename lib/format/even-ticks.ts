// Ticks for a count axis: whole numbers, evenly spaced by 1, 2 or 5 times a power of ten, from zero to the
// first tick at or above the largest value, at most about five of them. Recharts' own choice with
// allowDecimals off can space them unevenly (0, 1, 3, 4) on small counts.
export function evenTicks(max: number, most = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
