// Where on the horizons drawing a date and a horizon are, and back: what workshop mode needs to turn a click, a drag
// or an Alt+arrow into a date on a horizon. Pure; reads a layout, never writes it.
import { parsePartialDate, toDecimalYear } from '../document/dates.js';
import { HORIZONS, type Horizon } from '../document/vocabulary.js';
import type { Point } from '../geometry/geometry.js';
import type { HorizonsLayout } from './types.js';

type Axis = Pick<HorizonsLayout, 'plot' | 'start' | 'end'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The decimal year at drawing x, clamped to the axis. */
export function yearAtX(layout: Axis, x: number): number {
  const { left, right } = layout.plot;
  const t = Math.min(1, Math.max(0, (x - left) / (right - left || 1)));
  return layout.start + t * (layout.end - layout.start);
}

/** The drawing x of a decimal year (not clamped). */
export function xAtYear(layout: Axis, year: number): number {
  const { left, right } = layout.plot;
  return left + ((year - layout.start) / (layout.end - layout.start || 1)) * (right - left);
}

/** The month (`2026-03`) whose start is nearest to a decimal year: a drag snaps to whole months. */
export function nearestMonth(year: number): string {
  let best = { year: Math.floor(year), month: 1 };
  let distance = Number.POSITIVE_INFINITY;
  for (const y of [Math.floor(year), Math.floor(year) + 1]) {
    for (let month = 1; month <= 12; month++) {
      const d = Math.abs(toDecimalYear({ year: y, month }) - year);
      if (d < distance) [best, distance] = [{ year: y, month }, d];
    }
  }
  return `${best.year}-${pad(best.month)}`;
}

/**
 * A partial date moved by whole months, keeping its precision where it can: `2026` moved by 12 is `2027`, by 1 it
 * becomes `2026-02` (a year names its January start); `2024-01-31` moved by 1 is `2024-02-29` (the day is kept
 * within the month). `undefined` for text that is not a date.
 */
export function shiftDate(text: string, months: number): string | undefined {
  const parts = parsePartialDate(text);
  if (!parts) return undefined;
  if (parts.month === undefined && months % 12 === 0) return String(parts.year + months / 12);
  const index = parts.year * 12 + (parts.month ?? 1) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (parts.day === undefined) return `${year}-${pad(month)}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(parts.day, last))}`;
}

/** The y of a horizon's curve at x, read from the layout's samples (straight between two samples). */
export function curveYAt(layout: Pick<HorizonsLayout, 'curves'>, horizon: Horizon, x: number): number {
  const points = layout.curves[horizon];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (x <= first.x) return first.y;
  if (x >= last.x) return last.y;
  let i = 1;
  while (points[i]!.x < x) i++;
  const a = points[i - 1]!;
  const b = points[i]!;
  return a.y + ((x - a.x) / (b.x - a.x || 1)) * (b.y - a.y);
}

/** How far (drawing px, up or down) from a curve a click still means that curve. */
export const HORIZON_BAND = 28;

/** A place on a horizon: the curve, the month under the point, and where on the curve that is. */
export interface HorizonSpot {
  readonly horizon: Horizon;
  readonly date: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The horizon and month a point on the drawing names: the curve nearest above or below it, when the point is inside
 * the plot and within `band` px of that curve (ties go to the later horizon, the one drawn on top); else undefined.
 */
export function spotAt(layout: HorizonsLayout, point: Point, band = HORIZON_BAND): HorizonSpot | undefined {
  const { plot } = layout;
  if (point.x < plot.left || point.x > plot.right || point.y < plot.top - band || point.y > plot.bottom) return undefined;
  let nearest: { horizon: Horizon; distance: number; y: number } | undefined;
  for (const horizon of HORIZONS) {
    const y = curveYAt(layout, horizon, point.x);
    const distance = Math.abs(y - point.y);
    if (distance <= band && (!nearest || distance <= nearest.distance)) nearest = { horizon, distance, y };
  }
  if (!nearest) return undefined;
  const date = nearestMonth(yearAtX(layout, point.x));
  return spotOf(layout, nearest.horizon, date);
}

/** Where a date on a horizon is drawn (clamped to the axis): for a preview while a marker is dragged. */
export function spotOf(layout: HorizonsLayout, horizon: Horizon, date: string): HorizonSpot {
  const parts = parsePartialDate(date);
  const year = parts ? toDecimalYear(parts) : layout.start;
  const x = xAtYear(layout, Math.min(layout.end, Math.max(layout.start, year)));
  const round = (n: number) => Math.round(n * 100) / 100;
  return { horizon, date, x: round(x), y: round(curveYAt(layout, horizon, x)) };
}
