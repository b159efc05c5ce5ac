import { decimalYearOf } from '../document/dates.js';
import type { Horizon } from '../document/vocabulary.js';

/** A horizon's prevalence (0–1) over normalized time (0 = axis start, 1 = axis end). */
export type HorizonCurve = (t: number) => number;

const logistic = (t: number, middle: number, steepness: number) => 1 / (1 + Math.exp(-steepness * (t - middle)));

/**
 * Bill Sharpe's three horizons: H1, today's system, high and then falling; H2, the innovations, rising then
 * falling; H3, the desired future, rising.
 */
export const DEFAULT_CURVES: Readonly<Record<Horizon, HorizonCurve>> = {
  H1: (t) => 0.14 + 0.72 * (1 - logistic(t, 0.58, 9)),
  H2: (t) => 0.1 + 0.5 * Math.exp(-(((t - 0.52) / 0.24) ** 2)),
  H3: (t) => 0.08 + 0.74 * logistic(t, 0.68, 9),
};

/**
 * A monotone cubic (Fritsch–Carlson) through author control points: smooth, no overshoot between points,
 * flat beyond the ends. Points are [t, value] sorted by t.
 */
export function monotoneCurve(points: readonly (readonly [number, number])[]): HorizonCurve {
  const n = points.length;
  if (n === 0) return () => 0;
  if (n === 1) return () => points[0]![1];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const slopes = xs.slice(1).map((x, i) => (ys[i + 1]! - ys[i]!) / (x - xs[i]! || 1e-9));
  const tangents = xs.map((_, i) => {
    if (i === 0) return slopes[0]!;
    if (i === n - 1) return slopes[n - 2]!;
    const a = slopes[i - 1]!;
    const b = slopes[i]!;
    return a * b <= 0 ? 0 : (3 * (a + b)) / ((2 * b + a) / a + (b + 2 * a) / b);
  });
  return (t) => {
    if (t <= xs[0]!) return ys[0]!;
    if (t >= xs[n - 1]!) return ys[n - 1]!;
    let i = 0;
    while (t > xs[i + 1]!) i++;
    const h = xs[i + 1]! - xs[i]!;
    const s = (t - xs[i]!) / h;
    const h00 = 2 * s ** 3 - 3 * s ** 2 + 1;
    const h10 = s ** 3 - 2 * s ** 2 + s;
    const h01 = -2 * s ** 3 + 3 * s ** 2;
    const h11 = s ** 3 - s ** 2;
    return h00 * ys[i]! + h10 * h * tangents[i]! + h01 * ys[i + 1]! + h11 * h * tangents[i + 1]!;
  };
}

/** The curve of each horizon: the author's control points where given, else the default shape. */
export function horizonCurves(
  authored: Readonly<Partial<Record<Horizon, readonly (readonly [string, number])[]>>>,
  start: number,
  end: number,
): Record<Horizon, HorizonCurve> {
  const span = end - start || 1;
  const curves = { ...DEFAULT_CURVES };
  for (const horizon of ['H1', 'H2', 'H3'] as const) {
    const points = authored[horizon]
      ?.map(([date, value]) => [((decimalYearOf(date) ?? start) - start) / span, value] as const)
      .sort((a, b) => a[0] - b[0]);
    if (points && points.length > 0) curves[horizon] = monotoneCurve(points);
  }
  return curves;
}
