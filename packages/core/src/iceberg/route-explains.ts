import type { NormalizedRelation } from '../document/normalized-types.js';
import type { Point } from '../geometry/geometry.js';
import { ICEBERG_METRICS, type IcebergBand, type IcebergChip, type IcebergLink } from './types.js';

/** A packed row of chips, with the outline's extent at the row's top (its narrowest point). */
export interface Row {
  readonly index: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly chips: readonly IcebergChip[];
}

/** Where a vertical segment may cross a row: the gaps between chips and beside the first and last. */
function passages(row: Row): number[] {
  const xs: number[] = [];
  const first = row.chips[0]!;
  const last = row.chips[row.chips.length - 1]!;
  xs.push((row.left + (first.x - first.width / 2)) / 2);
  for (let i = 1; i < row.chips.length; i++) {
    const a = row.chips[i - 1]!;
    const b = row.chips[i]!;
    xs.push((a.x + a.width / 2 + (b.x - b.width / 2)) / 2);
  }
  xs.push((last.x + last.width / 2 + row.right) / 2);
  return xs;
}

/** Drops repeated points and the middle of three collinear ones. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Routes `explains` relations between chips as orthogonal paths: vertical segments only through the gaps
 * of the rows they cross, horizontal ones only in the free space between rows. So no path crosses a chip.
 */
export function routeExplains(
  relations: readonly NormalizedRelation[],
  chips: readonly IcebergChip[],
  rows: readonly Row[],
  bands: readonly IcebergBand[],
): IcebergLink[] {
  const m = ICEBERG_METRICS;
  const byId = new Map(chips.map((chip) => [chip.id, chip]));
  // The free horizontal lane above each row, and the one below the last row.
  const laneAbove = (row: number) => (row === 0 ? rows[0]!.top - m.bandPaddingTop / 2 : (rows[row - 1]!.bottom + rows[row]!.top) / 2);
  const laneBelow = (row: number) =>
    row === rows.length - 1
      ? Math.min(rows[row]!.bottom + m.bandPaddingBottom / 2, bands[bands.length - 1]!.bottom - 4)
      : laneAbove(row + 1);
  const links: IcebergLink[] = [];
  relations.forEach((relation, index) => {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    if (!from || !to || from === to) return;
    // Nearby links share lanes; a small offset keeps them apart.
    const offset = ((index % 5) - 2) * 2;
    const [upper, lower] = from.row <= to.row ? [from, to] : [to, from];
    let points: Point[];
    if (upper.row === lower.row) {
      const lane = laneBelow(upper.row) + offset;
      points = [
        { x: upper.x + offset, y: upper.y + upper.height / 2 },
        { x: upper.x + offset, y: lane },
        { x: lower.x - offset, y: lane },
        { x: lower.x - offset, y: lower.y + lower.height / 2 },
      ];
    } else {
      points = [{ x: upper.x + offset, y: upper.y + upper.height / 2 }];
      let x = upper.x + offset;
      for (let row = upper.row + 1; row < lower.row; row++) {
        const lane = laneAbove(row) + offset;
        const through = passages(rows[row]!).reduce((best, p) => (Math.abs(p - lower.x) < Math.abs(best - lower.x) ? p : best)) + offset;
        points.push({ x, y: lane }, { x: through, y: lane });
        x = through;
      }
      const lane = laneAbove(lower.row) + offset;
      points.push({ x, y: lane }, { x: lower.x + offset, y: lane }, { x: lower.x + offset, y: lower.y - lower.height / 2 });
    }
    points = simplify(points.map((p) => ({ x: r1(p.x), y: r1(p.y) })));
    // The arrow points at the explained element: `to`.
    if (from !== upper) points.reverse();
    links.push({ id: relation.id, from: relation.from, to: relation.to, points });
  });
  return links;
}
