/**
 * The smallest and largest of many numbers. Spreading a list into `Math.min` passes each value as an argument and throws
 * `RangeError` beyond ~100,000 of them (a graph of 10,000 factors and 25,000 links did); these loop instead.
 * Empty lists give what `Math.min()` and `Math.max()` give: `Infinity` and `-Infinity`.
 */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) if (value < least || Number.isNaN(value)) least = value;
  return least;
}

/** The largest of `values` (see `minOf`). */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) if (value > most || Number.isNaN(value)) most = value;
  return most;
}
