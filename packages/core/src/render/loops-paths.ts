// Link, arrow and loop-marker paths, shared by the live causal-loop diagram (@floke/elements) and its export
// (loops-svg.ts), apart from the export's code so the live view does not carry it.
import type { CldLoopMarker } from '../causal-loops/types.js';
import { arrowHead, pointOnCurve, type Point, type QuadraticCurve } from '../geometry/geometry.js';
import { r1 } from './svg-markup.js';

/** A causal link's curve as path data. */
export const cldCurvePath = (c: QuadraticCurve) => `M${r1(c.x0)},${r1(c.y0)} Q${r1(c.cx)},${r1(c.cy)} ${r1(c.x1)},${r1(c.y1)}`;

/** The middle of a link's curve (t = ½): where a mark about the whole link sits, away from both factors. */
export const cldCurveMidpoint = (c: QuadraticCurve): Point => pointOnCurve(c, 0.5);

/** A causal link's arrowhead at the end of its curve. */
export function cldArrowPath(curve: QuadraticCurve): string {
  const [tip, left, right] = arrowHead(curve);
  return `M${r1(tip.x)},${r1(tip.y)} L${r1(left.x)},${r1(left.y)} L${r1(right.x)},${r1(right.y)} Z`;
}

/**
 * A loop marker's circular arrow around its code, turning the way the loop runs; it ends on the left (clockwise) or
 * the right (counterclockwise) side, where both directions move upward on screen.
 */
export function cldMarkerTurn(m: CldLoopMarker): { readonly turn: string; readonly head: string } {
  const r = m.radius + 5;
  const sweep = m.direction === 'clockwise' ? 1 : 0;
  const start = { x: m.x, y: m.y - r };
  const end = m.direction === 'clockwise' ? { x: m.x - r, y: m.y } : { x: m.x + r, y: m.y };
  return {
    turn: `M${r1(start.x)},${r1(start.y)} A${r},${r} 0 1 ${sweep} ${r1(end.x)},${r1(end.y)}`,
    head: `M${r1(end.x - 4)},${r1(end.y + 5)} L${r1(end.x)},${r1(end.y)} L${r1(end.x + 4)},${r1(end.y + 5)}`,
  };
}
