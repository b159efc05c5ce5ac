/** Plain geometry for layouts: boxes, quadratic curves and their intersections. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box by its centre and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far two boxes overlap on each axis, with `gap` of space required between them (≤ 0: apart). */
export function boxOverlap(a: Box, b: Box, gap = 0): { x: number; y: number } {
  return {
    x: (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x),
    y: (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y),
  };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  const overlap = boxOverlap(a, b, gap);
  return overlap.x > 0 && overlap.y > 0;
}

export function pointInBox(p: Point, box: Box, padding = 0): boolean {
  return Math.abs(p.x - box.x) < box.width / 2 + padding && Math.abs(p.y - box.y) < box.height / 2 + padding;
}

/** A quadratic Bézier curve. */
export interface QuadraticCurve {
  readonly x0: number;
  readonly y0: number;
  readonly cx: number;
  readonly cy: number;
  readonly x1: number;
  readonly y1: number;
}

export function pointOnCurve(c: QuadraticCurve, t: number): Point {
  const u = 1 - t;
  return { x: u * u * c.x0 + 2 * u * t * c.cx + t * t * c.x1, y: u * u * c.y0 + 2 * u * t * c.cy + t * t * c.y1 };
}

/** Unit tangent of the curve at t. */
export function tangentOnCurve(c: QuadraticCurve, t: number): Point {
  const dx = 2 * (1 - t) * (c.cx - c.x0) + 2 * t * (c.x1 - c.cx);
  const dy = 2 * (1 - t) * (c.cy - c.y0) + 2 * t * (c.y1 - c.cy);
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}

/** Where the ray from a box's centre towards `toward` leaves the box (plus `padding`). */
export function boxExit(box: Box, toward: Point, padding = 0): Point {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const halfWidth = box.width / 2 + padding;
  const halfHeight = box.height / 2 + padding;
  const scale = Math.min(dx === 0 ? Infinity : halfWidth / Math.abs(dx), dy === 0 ? Infinity : halfHeight / Math.abs(dy));
  return { x: box.x + dx * scale, y: box.y + dy * scale };
}

/**
 * True when the curve enters the box. Sampled every few pixels of the curve's length (the control
 * polygon bounds it), so no box taller or wider than that step slips between samples.
 */
export function curveHitsBox(c: QuadraticCurve, box: Box, padding = 0, step = 4): boolean {
  // Cheap reject: the curve lies inside the hull of its three points.
  const minX = Math.min(c.x0, c.cx, c.x1);
  const maxX = Math.max(c.x0, c.cx, c.x1);
  const minY = Math.min(c.y0, c.cy, c.y1);
  const maxY = Math.max(c.y0, c.cy, c.y1);
  const hw = box.width / 2 + padding;
  const hh = box.height / 2 + padding;
  if (maxX < box.x - hw || minX > box.x + hw || maxY < box.y - hh || minY > box.y + hh) return false;
  const length = Math.hypot(c.cx - c.x0, c.cy - c.y0) + Math.hypot(c.x1 - c.cx, c.y1 - c.cy);
  const samples = Math.max(8, Math.ceil(length / step));
  for (let i = 0; i <= samples; i++) if (pointInBox(pointOnCurve(c, i / samples), box, padding)) return true;
  return false;
}

/** Signed area of a polygon (shoelace); positive means clockwise on screen, where y grows downward. */
export function signedArea(points: readonly Point[]): number {
  let area = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    area += a.x * b.y - b.x * a.y;
  }
  return area / 2;
}

/** The triangle of an arrowhead at the end of a curve, pointing along its final direction. */
export function arrowHead(c: QuadraticCurve, length = 10, width = 8): [Point, Point, Point] {
  const tangent = tangentOnCurve(c, 1);
  const tip = { x: c.x1, y: c.y1 };
  const base = { x: tip.x - tangent.x * length, y: tip.y - tangent.y * length };
  const half = width / 2;
  return [
    tip,
    { x: base.x + tangent.y * half, y: base.y - tangent.x * half },
    { x: base.x - tangent.y * half, y: base.y + tangent.x * half },
  ];
}
