// The explains links' paths, shared by the live iceberg (@floke/elements) and its export (iceberg-svg.ts), apart from
// the export's code so the live view does not carry it.
import type { Point } from '../geometry/geometry.js';
import { r1 } from './svg-markup.js';

/** An explains link's curve without its last few px, so the line ends inside the arrowhead instead of poking through it. */
export function explainsLinePath([a, b, c, d]: readonly [Point, Point, Point, Point]): string {
  const length = Math.hypot(d.x - c.x, d.y - c.y) || 1;
  const end = { x: d.x - ((d.x - c.x) / length) * 6, y: d.y - ((d.y - c.y) / length) * 6 };
  return `M${r1(a.x)},${r1(a.y)} C${r1(b.x)},${r1(b.y)} ${r1(c.x)},${r1(c.y)} ${r1(end.x)},${r1(end.y)}`;
}

/** An explains link's arrowhead at the curve's end, along its last tangent (from the second control point). */
export function explainsArrowPath(points: readonly Point[]): string {
  const tip = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const base = { x: tip.x - ux * 10, y: tip.y - uy * 10 };
  return `M${r1(tip.x)},${r1(tip.y)} L${r1(base.x + uy * 5)},${r1(base.y - ux * 5)} L${r1(base.x - uy * 5)},${r1(base.y + ux * 5)} Z`;
}
