import { HORIZONS, type Horizon } from '../document/vocabulary.js';
import { wrapText, type TextWidth } from '../geometry/text-measure.js';
import type { Point } from '../geometry/geometry.js';
import type { CurveName } from './types.js';
import { maxOf } from '../geometry/extremes.js';

/**
 * Names each curve in the column right of the plot, level with where the curve ends; names that would touch are
 * moved apart (in the order of their ends, top to bottom) and kept between `top` and `bottom`.
 */
export function placeCurveNames(
  ends: Readonly<Record<Horizon, Point>>,
  names: Readonly<Record<Horizon, string>>,
  o: {
    readonly x: number;
    readonly column: number;
    readonly fontSize: number;
    readonly lineHeight: number;
    readonly gap: number;
    readonly top: number;
    readonly bottom: number;
    readonly measure: TextWidth;
  },
): Record<Horizon, CurveName> {
  const round = (n: number) => Math.round(n * 100) / 100;
  const items = HORIZONS.map((h) => {
    const lines = wrapText(names[h], o.column, o.fontSize, o.measure);
    const width = Math.ceil(maxOf(lines.map((l) => o.measure(l, o.fontSize))));
    return { h, lines, width, height: lines.length * o.lineHeight, top: ends[h].y - o.lineHeight / 2 };
  }).sort((a, b) => a.top - b.top || HORIZONS.indexOf(a.h) - HORIZONS.indexOf(b.h));
  let floor = o.top;
  for (const item of items) {
    item.top = Math.max(item.top, floor);
    floor = item.top + item.height + o.gap;
  }
  // Past the bottom: move the stack up, keeping the gaps.
  let ceiling = o.bottom;
  for (const item of [...items].reverse()) {
    item.top = Math.min(item.top, ceiling - item.height);
    ceiling = item.top - o.gap;
  }
  return Object.fromEntries(
    items.map((item) => [
      item.h,
      {
        x: o.x,
        y: round(item.top + o.lineHeight / 2),
        lines: item.lines,
        box: { x: round(o.x + item.width / 2), y: round(item.top + item.height / 2), width: item.width, height: item.height },
        end: ends[item.h],
      },
    ]),
  ) as unknown as Record<Horizon, CurveName>;
}
