import type { Point } from '../geometry/geometry.js';

/**
 * Spreads markers that would overlap: each (in the order given) keeps its curve point if free, else moves straight
 * up or down by whole steps (one below, one above, two below, …) to the first free slot inside the plot. The x is
 * never moved, so a marker still stands at its date; markers of one date form a column across their curve.
 */
export function spreadMarkers(
  points: readonly Point[],
  plot: { readonly top: number; readonly bottom: number },
  radius: number,
  gap: number,
): Point[] {
  const step = 2 * radius + gap;
  const placed: Point[] = [];
  const free = (p: Point) =>
    p.y - radius >= plot.top - 1e-9 &&
    p.y + radius <= plot.bottom + 1e-9 &&
    placed.every((q) => Math.abs(q.x - p.x) >= step - 1e-9 || Math.abs(q.y - p.y) >= step - 1e-9);
  const round = (n: number) => Math.round(n * 100) / 100;
  for (const point of points) {
    // Keep the marker inside the plot even when its curve point is near an edge.
    const base = { x: point.x, y: Math.min(plot.bottom - radius, Math.max(plot.top + radius, point.y)) };
    let found: Point | undefined;
    for (let k = 0; !found && k < 400; k++) {
      const offset = k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * step;
      const candidate = { x: base.x, y: round(base.y + offset) };
      if (free(candidate)) found = candidate;
    }
    // A plot too small for every marker: stack on the curve point rather than leave the drawing.
    placed.push(found ?? base);
  }
  return placed;
}
