import { boxesOverlap, type Box, type Point } from '../geometry/geometry.js';

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
}

export interface LabelPlace {
  readonly box: Box;
  readonly leader?: readonly Point[];
  /** Whether the label is drawn at rest. */
  readonly atRest: boolean;
}

const DIRECTIONS = [-60, -120, 60, 120, -30, -150, 30, 150, -90, 90, 0, 180].map((deg) => (deg * Math.PI) / 180);

/**
 * Places labels one by one (at rest first, then in the order given) in the first free spot near their marker: beside it, then further
 * off with a leader line, ring by ring. A spot is free when the box stays in the plot and clear of every marker,
 * curve name, curve (by `clearance`), other label and leader line, and its own leader crosses no other label. A
 * label at rest that finds no spot is not drawn at rest; one shown on demand is placed clear of markers and names.
 */
export function placeLabels(items: readonly LabelItem[], o: LabelObstacles): Map<string, LabelPlace> {
  const labels: Box[] = [];
  const leaders: [Point, Point][] = [];
  const { area } = o;
  const inArea = (b: Box) =>
    b.x - b.width / 2 >= area.left && b.x + b.width / 2 <= area.right && b.y - b.height / 2 >= area.top && b.y + b.height / 2 <= area.bottom;
  const hitsCurve = (b: Box) => {
    const from = Math.max(0, Math.floor((b.x - b.width / 2 - o.clearance - o.curveLeft) / o.step));
    const to = Math.ceil((b.x + b.width / 2 + o.clearance - o.curveLeft) / o.step) + 1;
    return o.curves.some((points) => {
      for (let i = from + 1; i <= Math.min(to, points.length - 1); i++)
        if (segmentHitsBox(points[i - 1]!, points[i]!, b, o.clearance)) return true;
      return false;
    });
  };
  const freeAtRest = (b: Box, leader?: [Point, Point]) =>
    inArea(b) &&
    !o.markers.some((m) => boxesOverlap(b, m, 1)) &&
    !o.fixed.some((f) => boxesOverlap(b, f, 2)) &&
    !labels.some((l) => boxesOverlap(b, l, 2)) &&
    !leaders.some(([p, q]) => segmentHitsBox(p, q, b, 1)) &&
    !(leader && (labels.some((l) => segmentHitsBox(leader[0], leader[1], l, 1)) || o.fixed.some((f) => segmentHitsBox(leader[0], leader[1], f, 1)))) &&
    !hitsCurve(b);
  const freeOnDemand = (b: Box) => inArea(b) && !o.markers.some((m) => boxesOverlap(b, m, 1)) && !o.fixed.some((f) => boxesOverlap(b, f, 2));

  const places = new Map<string, LabelPlace>();
  const ordered = [...items.filter((i) => i.atRest), ...items.filter((i) => !i.atRest)];
  for (const item of ordered) {
    const { mark, width: w, height: h } = item;
    const gap = o.markerRadius + 3;
    const near: Box[] = (
      [
        [w / 2 + gap, -h / 2 + 2],
        [-w / 2 - gap, -h / 2 + 2],
        [w / 2 + gap, h / 2 - 2],
        [-w / 2 - gap, h / 2 - 2],
        [0, -h / 2 - gap],
        [0, h / 2 + gap],
      ] as const
    ).map(([dx, dy]) => ({ x: mark.x + dx, y: mark.y + dy, width: w, height: h }));
    const free = item.atRest ? freeAtRest : freeOnDemand;
    let place: LabelPlace | undefined;
    const spot = near.find((b) => free(b));
    if (spot) place = { box: spot, atRest: item.atRest };
    for (let distance = 22; !place && distance <= 260; distance += 14) {
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
        if (free(box, leader)) {
          place = { box, leader, atRest: item.atRest };
          break;
        }
      }
    }
    if (!place) {
      // No room at rest: shown on demand beside the marker, kept inside the drawing.
      const box = near[0]!;
      const x = Math.min(area.right - w / 2, Math.max(area.left + w / 2, box.x));
      const y = Math.min(area.bottom - h / 2, Math.max(area.top + h / 2, box.y));
      place = { box: { x, y, width: w, height: h }, atRest: false };
    }
    if (place.atRest) {
      labels.push(place.box);
      if (place.leader) leaders.push([place.leader[0]!, place.leader[1]!]);
    }
    places.set(item.id, place);
  }
  return places;
}
