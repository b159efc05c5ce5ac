import { maxOf } from '../geometry/extremes.js';
import type { Point } from '../geometry/geometry.js';
import { ICEBERG_METRICS } from './types.js';

/**
 * The iceberg's shape as a half-width at each depth: a small tip that widens by `tipSlope` down to its widest row's
 * width (then drops straight to the waterline), a shoulder just under the waterline where the outline widens to the
 * mass, and the mass widening on with depth to the region.
 */
export interface Silhouette {
  readonly top: number;
  readonly waterY: number;
  /** Half-width at the top of the first band, and at the waterline. */
  readonly topHalf: number;
  readonly waterHalf: number;
  /** Half-width of the mass just under the shoulder. */
  readonly massHalf: number;
  readonly maxHalf: number;
}

export function silhouette(top: number, waterY: number, topHalf: number, waterHalf: number, maxHalf: number): Silhouette {
  const m = ICEBERG_METRICS;
  const massHalf = Math.min(maxHalf, Math.max(waterHalf + 2 * m.sidePadding, maxHalf * m.massShare));
  return { top, waterY, topHalf, waterHalf, massHalf, maxHalf };
}

/**
 * The narrowest tip that holds its rows: at the waterline as wide as its widest row, at the top just wide enough
 * that the side, widening by `tipSlope`, clears every row at the row's top (tops measured from the first band's top).
 */
export function tipHalves(rows: readonly { top: number; width: number }[]): { topHalf: number; waterHalf: number } {
  const m = ICEBERG_METRICS;
  const needs = rows.map((row) => ({ top: row.top, need: row.width / 2 + m.sidePadding }));
  const waterHalf = Math.max(m.minTipHalf, maxOf(needs.map((n) => n.need)));
  const topHalf = Math.max(m.minTipHalf, maxOf(needs.map(({ top, need }) => need - m.tipSlope * top)));
  return { topHalf: Math.min(topHalf, waterHalf), waterHalf };
}

/** Half-width of the outline at depth `y`. */
export function halfWidthAt(s: Silhouette, y: number): number {
  const m = ICEBERG_METRICS;
  if (y <= s.waterY) return Math.min(s.maxHalf, s.waterHalf, s.topHalf + m.tipSlope * Math.max(0, y - s.top));
  const atWater = Math.min(s.maxHalf, s.waterHalf);
  if (y <= s.waterY + m.shoulder) return atWater + ((s.massHalf - atWater) * (y - s.waterY)) / m.shoulder;
  return Math.min(s.maxHalf, s.massHalf + m.slope * (y - s.waterY - m.shoulder));
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The closed outline: the peak `peakY` above the first band, down the right side through every kink to `bottom`,
 * and back up the left. The sides are straight between kinks, so these points are the exact shape.
 */
export function outlineOf(s: Silhouette, centerX: number, peakY: number, bottom: number): Point[] {
  const m = ICEBERG_METRICS;
  const tipFull = s.top + (Math.min(s.maxHalf, s.waterHalf) - s.topHalf) / m.tipSlope;
  const massFull = s.waterY + m.shoulder + (s.maxHalf - s.massHalf) / m.slope;
  const kinks = [
    s.top,
    ...(tipFull < s.waterY ? [tipFull] : []),
    s.waterY,
    s.waterY + m.shoulder,
    ...(massFull > s.waterY + m.shoulder ? [massFull] : []),
    bottom,
  ];
  const ys = [...new Set(kinks.filter((y) => y >= s.top && y <= bottom).map(round))].sort((a, b) => a - b);
  const right = ys.map((y) => ({ x: round(centerX + halfWidthAt(s, y)), y }));
  const left = [...ys].reverse().map((y) => ({ x: round(centerX - halfWidthAt(s, y)), y }));
  return [{ x: centerX, y: peakY }, ...right, ...left];
}
