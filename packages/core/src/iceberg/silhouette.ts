import type { Point } from '../geometry/geometry.js';
import { ICEBERG_METRICS } from './types.js';

/**
 * The iceberg's shape as a half-width at each depth: a small tip that widens gently down to the waterline, then a
 * shoulder just under it where the outline widens to the mass, which goes on widening with depth to the region.
 */
export interface Silhouette {
  readonly top: number;
  readonly waterY: number;
  /** Half-width at the top of the first band. */
  readonly topHalf: number;
  /** Half-width of the mass just under the shoulder. */
  readonly massHalf: number;
  readonly maxHalf: number;
}

export function silhouette(top: number, waterY: number, topHalf: number, maxHalf: number): Silhouette {
  const m = ICEBERG_METRICS;
  const atWater = Math.min(maxHalf, topHalf + m.tipSlope * (waterY - top));
  const massHalf = Math.min(maxHalf, Math.max(atWater + 2 * m.sidePadding, maxHalf * m.massShare));
  return { top, waterY, topHalf, massHalf, maxHalf };
}

/** Half-width of the outline at depth `y`. */
export function halfWidthAt(s: Silhouette, y: number): number {
  const m = ICEBERG_METRICS;
  if (y <= s.waterY) return Math.min(s.maxHalf, s.topHalf + m.tipSlope * Math.max(0, y - s.top));
  const atWater = halfWidthAt(s, s.waterY);
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
  const tipFull = s.top + (s.maxHalf - s.topHalf) / m.tipSlope;
  const massFull = s.waterY + m.shoulder + (s.maxHalf - s.massHalf) / m.slope;
  const kinks = [s.top, s.waterY, s.waterY + m.shoulder, ...(tipFull < s.waterY ? [tipFull] : []), ...(massFull > s.waterY + m.shoulder ? [massFull] : []), bottom];
  const ys = [...new Set(kinks.filter((y) => y >= s.top && y <= bottom).map(round))].sort((a, b) => a - b);
  const right = ys.map((y) => ({ x: round(centerX + halfWidthAt(s, y)), y }));
  const left = [...ys].reverse().map((y) => ({ x: round(centerX - halfWidthAt(s, y)), y }));
  return [{ x: centerX, y: peakY }, ...right, ...left];
}
