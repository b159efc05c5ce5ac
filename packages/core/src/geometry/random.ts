/** A seeded linear congruential generator in [0, 1) (the constants d3-force uses): layouts repeat exactly. */
export function lcg(seed = 1): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) >>> 0) / 4294967296;
}
