import type { Loop } from './find-loops.js';
import { boxesOverlap, signedArea, type Box, type Point } from '../geometry/geometry.js';
import { CLD_METRICS, type CldLayout, type CldLoopMarker } from './types.js';

/** What a new loop marker must keep clear of: factor boxes, polarity glyphs, "?" badges and the markers already placed. */
export interface LoopMarkerSurroundings {
  readonly nodes: readonly Box[];
  readonly links: readonly { readonly glyph: Point; readonly evidenceMark?: Point | undefined }[];
  readonly markers: readonly CldLoopMarker[];
}

/** The box a placed marker keeps for itself: its face and the turning arrow around it. */
export function markerObstacle(marker: Pick<CldLoopMarker, 'x' | 'y' | 'radius'>): Box {
  const reach = marker.radius + CLD_METRICS.markerClearance;
  return { x: marker.x, y: marker.y, width: 2 * reach, height: 2 * reach };
}

/** The boxes a loop marker must avoid: every factor, every polarity glyph and "?" badge, every marker already placed. */
export function loopMarkerObstacles(layout: LoopMarkerSurroundings): Box[] {
  const glyph = 2 * CLD_METRICS.glyphRadius;
  const badge = 2 * CLD_METRICS.evidenceMarkRadius;
  return [
    ...layout.nodes.map(({ x, y, width, height }) => ({ x, y, width, height })),
    ...layout.links.map((l) => ({ x: l.glyph.x, y: l.glyph.y, width: glyph, height: glyph })),
    ...layout.links.flatMap((l) => (l.evidenceMark ? [{ x: l.evidenceMark.x, y: l.evidenceMark.y, width: badge, height: badge }] : [])),
    ...layout.markers.map(markerObstacle),
  ];
}

function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/**
 * Places a loop's R/B marker inside its ring: at the centroid of its members when that is free, else on a
 * spiral around it, keeping inside the ring's polygon when the ring has one, clear of nodes and other marks.
 */
export function placeLoopMarker(loop: Loop, centres: ReadonlyMap<string, Point>, obstacles: readonly Box[]): CldLoopMarker {
  const ring = loop.members.map((id) => centres.get(id)!);
  const centroid = { x: ring.reduce((s, p) => s + p.x, 0) / ring.length, y: ring.reduce((s, p) => s + p.y, 0) / ring.length };
  const area = signedArea(ring);
  const r = CLD_METRICS.markerRadius;
  // The turning arrow is drawn 5 px outside the face; keep that clear too.
  const reach = r + CLD_METRICS.markerClearance;
  const free = (p: Point, requireInside: boolean) => {
    const box = { x: p.x, y: p.y, width: 2 * reach, height: 2 * reach };
    return !obstacles.some((o) => boxesOverlap(box, o, 4)) && (!requireInside || insidePolygon(p, ring));
  };
  const hasPolygon = ring.length >= 3 && Math.abs(area) > 1;
  let spot: Point | undefined;
  for (const requireInside of hasPolygon ? [true, false] : [false]) {
    for (let radius = 0; radius <= 240 && !spot; radius += 8) {
      const steps = radius === 0 ? 1 : Math.max(8, Math.round((2 * Math.PI * radius) / 12));
      for (let k = 0; k < steps; k++) {
        const angle = (2 * Math.PI * k) / steps;
        const p = { x: centroid.x + radius * Math.cos(angle), y: centroid.y + radius * Math.sin(angle) };
        if (free(p, requireInside)) {
          spot = p;
          break;
        }
      }
    }
    if (spot) break;
  }
  const { x, y } = spot ?? centroid;
  return { loopId: loop.id, polarity: loop.polarity, x, y, radius: r, direction: area >= 0 ? 'clockwise' : 'counterclockwise' };
}

/**
 * A marker for a loop the layout gave none (a view shows it while the loop is highlighted), placed like the layout's
 * own: inside its ring, clear of factors, glyphs and the other markers. Undefined when the layout has one already.
 */
export function placeExtraLoopMarker(layout: CldLayout, loop: Loop): CldLoopMarker | undefined {
  if (layout.markers.some((marker) => marker.loopId === loop.id)) return undefined;
  const centres = new Map(layout.nodes.map((node) => [node.id, { x: node.x, y: node.y }]));
  return placeLoopMarker(loop, centres, loopMarkerObstacles(layout));
}
