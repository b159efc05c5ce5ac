import { boxesOverlap, type Box, type Point } from '../geometry/geometry.js';
import { maxOf, minOf } from '../geometry/extremes.js';

/** Whether the segment a–b passes through `box` grown by `pad` (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box, pad = 0): boolean {
  const left = box.x - box.width / 2 - pad;
  const right = box.x + box.width / 2 + pad;
  const top = box.y - box.height / 2 - pad;
  const bottom = box.y + box.height / 2 + pad;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether segments a–b and c–d cross. */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** The point of `box`'s outline nearest to `p` (p outside the box). */
function nearestOnBox(box: Box, p: Point): Point {
  return {
    x: Math.min(box.x + box.width / 2, Math.max(box.x - box.width / 2, p.x)),
    y: Math.min(box.y + box.height / 2, Math.max(box.y - box.height / 2, p.y)),
  };
}

export interface LabelItem {
  readonly id: string;
  readonly mark: Point;
  readonly width: number;
  readonly height: number;
  /** Drawn at rest (a goal or initiative); the others get a place for when they are shown on demand. */
  readonly atRest: boolean;
  /** Placed before the other labels at rest (the author's `priority: high`). */
  readonly first?: boolean;
}

export interface LabelObstacles {
  /** Where labels may go (left, top, right, bottom). */
  readonly area: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly markers: readonly Box[];
  /** Curve names and anything else no label may cover. */
  readonly fixed: readonly Box[];
  /** Each curve sampled left to right every `step` px from `area.left`'s plot edge. */
  readonly curves: readonly (readonly Point[])[];
  readonly curveLeft: number;
  readonly step: number;
  readonly clearance: number;
  readonly markerRadius: number;
  /** Lines already drawn that no label may cover (stems from a curve to a marker moved off it). */
  readonly lines?: readonly (readonly [Point, Point])[];
}

export interface LabelPlace {
  readonly box: Box;
  readonly leader?: readonly Point[];
  /** Whether the label is drawn at rest. */
  readonly atRest: boolean;
}

const DIRECTIONS = [-60, -120, 60, 120, -30, -150, 30, 150, -90, 90, 0, 180].map((deg) => (deg * Math.PI) / 180);

/**
 * Places labels one by one (those marked `first`, the others at rest, then those shown on demand; each group in the
 * order given) in the first free spot near their marker: beside it, then further off with a leader line, ring by
 * ring. A spot is free when the box stays in the plot and clear of every marker, curve name, curve (by
 * `clearance`), other label and leader line, and its own leader crosses no other label. A label at rest that finds
 * no spot is shown on demand instead, placed as clear as it can be.
 */
export function placeLabels(items: readonly LabelItem[], o: LabelObstacles): Map<string, LabelPlace> {
  const labels: Box[] = [];
  const leaders: [Point, Point][] = (o.lines ?? []).map(([p, q]) => [p, q]);
  const { area } = o;
  const inArea = (b: Box) =>
    b.x - b.width / 2 >= area.left &&
    b.x + b.width / 2 <= area.right &&
    b.y - b.height / 2 >= area.top &&
    b.y + b.height / 2 <= area.bottom;
  // Each curve's lowest and highest y per block of 16 segments: most boxes are cleared by these bounds alone.
  const BLOCK = 16;
  const bounds = o.curves.map((points) => {
    const blocks: [number, number][] = [];
    for (let i = 0; i < points.length; i += BLOCK) {
      const ys = points.slice(i, i + BLOCK + 1).map((p) => p.y);
      blocks.push([minOf(ys), maxOf(ys)]);
    }
    return blocks;
  });
  /** Whether any curve enters `b` (grown by `pad`), testing only the curve segments over its width. */
  const curveIn = (b: Box, pad: number, test: (p: Point, q: Point) => boolean) => {
    const from = Math.max(0, Math.floor((b.x - b.width / 2 - pad - o.curveLeft) / o.step));
    const to = Math.ceil((b.x + b.width / 2 + pad - o.curveLeft) / o.step) + 1;
    const top = b.y - b.height / 2 - pad;
    const bottom = b.y + b.height / 2 + pad;
    return o.curves.some((points, c) => {
      const last = Math.min(to, points.length - 1);
      for (let block = Math.floor(from / BLOCK); block * BLOCK < last; block++) {
        const [low, high] = bounds[c]![block]!;
        if (high < top || low > bottom) continue;
        for (let i = Math.max(from + 1, block * BLOCK + 1); i <= Math.min(last, (block + 1) * BLOCK); i++)
          if (test(points[i - 1]!, points[i]!)) return true;
      }
      return false;
    });
  };
  const hitsCurve = (b: Box) => curveIn(b, o.clearance, (p, q) => segmentHitsBox(p, q, b, o.clearance));
  // A leader that leaves its marker across a curve (or another leader) reads as belonging to the wrong line: avoided
  // where possible.
  const leaderCrossesCurve = ([a, b]: [Point, Point]) => {
    const span = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
    const from = { x: a.x + (b.x - a.x) * 0.15, y: a.y + (b.y - a.y) * 0.15 };
    return curveIn(span, 0, (p, q) => segmentsCross(from, b, p, q));
  };
  const freeAtRest = (b: Box, leader?: [Point, Point]) =>
    inArea(b) &&
    !o.markers.some((m) => boxesOverlap(b, m, 1)) &&
    !o.fixed.some((f) => boxesOverlap(b, f, 2)) &&
    !labels.some((l) => boxesOverlap(b, l, 2)) &&
    !leaders.some(([p, q]) => segmentHitsBox(p, q, b, 1)) &&
    !(
      leader &&
      (labels.some((l) => segmentHitsBox(leader[0], leader[1], l, 1)) || o.fixed.some((f) => segmentHitsBox(leader[0], leader[1], f, 1)))
    ) &&
    !hitsCurve(b);
  const freeOnDemand = (b: Box) =>
    inArea(b) && !o.markers.some((m) => boxesOverlap(b, m, 1)) && !o.fixed.some((f) => boxesOverlap(b, f, 2));

  const places = new Map<string, LabelPlace>();
  const ordered = [...items.filter((i) => i.first), ...items.filter((i) => i.atRest && !i.first), ...items.filter((i) => !i.atRest)];
  for (const item of ordered) {
    const { mark, width: w, height: h } = item;
    // Beside the marker, the box's edge 5 px above (below) its centre: clear of a flat curve through it.
    const gap = o.markerRadius + 3;
    const near: Box[] = (
      [
        [w / 2 + gap, -h / 2 - 5],
        [-w / 2 - gap, -h / 2 - 5],
        [w / 2 + gap, h / 2 + 5],
        [-w / 2 - gap, h / 2 + 5],
        [0, -h / 2 - gap],
        [0, h / 2 + gap],
      ] as const
    ).map(([dx, dy]) => ({ x: mark.x + dx, y: mark.y + dy, width: w, height: h }));
    const search = (free: (b: Box, leader?: [Point, Point]) => boolean, avoidCurves: boolean, atRest: boolean): LabelPlace | undefined => {
      const spot = near.find((b) => free(b));
      if (spot) return { box: spot, atRest };
      for (let distance = 22; distance <= 260; distance += 14) {
        for (const angle of DIRECTIONS) {
          const cos = Math.cos(angle);
          const sin = Math.sin(angle);
          const box = {
            x: mark.x + distance * cos + (Math.abs(cos) > 0.3 ? Math.sign(cos) * (w / 2) : 0),
            y: mark.y + distance * sin + (Math.abs(sin) > 0.3 ? Math.sign(sin) * (h / 2) : 0),
            width: w,
            height: h,
          };
          const leader: [Point, Point] = [mark, nearestOnBox(box, mark)];
          if (
            free(box, leader) &&
            (!avoidCurves || (!leaderCrossesCurve(leader) && !leaders.some(([p, q]) => segmentsCross(leader[0], leader[1], p, q))))
          )
            return { box, leader, atRest };
        }
      }
      return undefined;
    };
    // At rest: a leader across no curve if possible, else any; on demand (or no room at rest): clear of the
    // markers, names and labels at rest, else of the markers and names, else of its own marker, else beside it.
    const own = { x: mark.x, y: mark.y, width: 2 * o.markerRadius, height: 2 * o.markerRadius };
    const clearOfOwn = (b: Box) => inArea(b) && !boxesOverlap(b, own, 1) && !o.fixed.some((f) => boxesOverlap(b, f, 2));
    const place = (item.atRest ? (search(freeAtRest, true, true) ?? search(freeAtRest, false, true)) : undefined) ??
      search((b) => freeOnDemand(b) && !labels.some((l) => boxesOverlap(b, l, 2)), false, false) ??
      search(freeOnDemand, false, false) ??
      search(clearOfOwn, false, false) ?? {
        box: {
          x: Math.min(area.right - w / 2, Math.max(area.left + w / 2, near[0]!.x)),
          y: Math.min(area.bottom - h / 2, Math.max(area.top + h / 2, near[0]!.y)),
          width: w,
          height: h,
        },
        atRest: false,
      };
    if (place.atRest) {
      labels.push(place.box);
      if (place.leader) leaders.push([place.leader[0]!, place.leader[1]!]);
    }
    places.set(item.id, place);
  }
  return places;
}
