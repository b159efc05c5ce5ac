/**
 * Places items on a line in the given order so that neighbours keep `gap` between their extents, moving them as
 * little as possible from where they want to be (least squares). Spacing constraints turn into "non-decreasing"
 * ones after subtracting each item's minimum offset from the first, which isotonic regression (pool adjacent
 * violators) solves exactly in O(n).
 */
export function spreadOnLine(desired: readonly number[], widths: readonly number[], gap: number): number[] {
  const n = desired.length;
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) offset[i] = offset[i - 1]! + (widths[i - 1]! + widths[i]!) / 2 + gap;
  // Pools of adjacent items that share one value: their mean target, weight (count) and end index.
  const mean: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    let m = desired[i]! - offset[i]!;
    let c = 1;
    while (mean.length && mean[mean.length - 1]! > m) {
      const pm = mean.pop()!;
      const pc = count.pop()!;
      m = (pm * pc + m * c) / (pc + c);
      c += pc;
    }
    mean.push(m);
    count.push(c);
  }
  const placed: number[] = [];
  for (let pool = 0, i = 0; pool < mean.length; pool++) for (let k = 0; k < count[pool]!; k++, i++) placed.push(mean[pool]! + offset[i]!);
  return placed;
}
