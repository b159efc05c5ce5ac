import { tipHalves } from './silhouette.js';
import { ICEBERG_METRICS } from './types.js';
import { maxOf } from '../geometry/extremes.js';

/** A chip's size, as far as packing it into rows goes. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

/** Beyond this many chips in a layer above water the tip is packed greedily (the search would take too long). */
const SEARCH_LIMIT = 14;

/** Width of a row of boxes with the chip gap between them. */
export const rowWidth = (row: readonly Box[]) =>
  row.reduce((sum, box) => sum + box.width, 0) + Math.max(0, row.length - 1) * ICEBERG_METRICS.chipGap;

/** Packs boxes in order into rows no wider than `room` (a box wider than `room` gets a row of its own). */
export function greedyRows<T extends Box>(boxes: readonly T[], room: number): T[][] {
  const rows: T[][] = [];
  for (const box of boxes) {
    const last = rows[rows.length - 1];
    if (last && rowWidth([...last, box]) <= room) last.push(box);
    else rows.push([box]);
  }
  return rows;
}

/**
 * The rows of a layer above the waterline: in document order, no wider than `room`, no more of them than packing
 * greedily gives (the tip stays low), split where the tip they need (`tipHalves`) has the smallest area: short
 * rows on top, longer ones towards the waterline.
 */
export function tipRows<T extends Box>(boxes: readonly T[], room: number): T[][] {
  const greedy = greedyRows(boxes, room);
  if (boxes.length > SEARCH_LIMIT || greedy.length <= 1) return greedy;
  let best = greedy;
  let bestArea = tipArea(greedy);
  // Every split of the sequence into contiguous rows, as a bit mask of "a row ends after box i".
  for (let mask = 0; mask < 1 << (boxes.length - 1); mask++) {
    const rows: T[][] = [[boxes[0]!]];
    for (let i = 1; i < boxes.length; i++) {
      if (mask & (1 << (i - 1))) rows.push([boxes[i]!]);
      else rows[rows.length - 1]!.push(boxes[i]!);
    }
    if (rows.length > greedy.length || rows.some((row) => row.length > 1 && rowWidth(row) > room)) continue;
    const area = tipArea(rows);
    if (area < bestArea - 1e-6) {
      best = rows;
      bestArea = area;
    }
  }
  return best;
}

/** The area of the narrowest tip (`tipHalves`) that holds these rows. */
export function tipArea(rows: readonly (readonly Box[])[]): number {
  const m = ICEBERG_METRICS;
  const extents: { top: number; width: number }[] = [];
  let top = m.bandPaddingTop;
  for (const row of rows) {
    extents.push({ top, width: rowWidth(row) });
    top += maxOf(row.map((box) => box.height)) + m.rowGap;
  }
  const height = top - m.rowGap + m.bandPaddingBottom;
  const { topHalf, waterHalf } = tipHalves(extents);
  // The side widens by the slope until it reaches the widest row, then drops straight.
  const widening = Math.min(height, (waterHalf - topHalf) / m.tipSlope);
  return 2 * (topHalf * widening + (m.tipSlope * widening * widening) / 2 + waterHalf * (height - widening));
}
