// Marker shapes, shift arrows and curve paths, shared by the live horizons (@floke/elements) and their export
// (horizons-svg.ts), apart from the export's code so the live view does not carry it.
import type { ElementKind } from '../document/vocabulary.js';
import type { Point } from '../geometry/geometry.js';
import { r1 } from './svg-markup.js';

/** A shape per element kind inside a marker (paths around 0,0), so kinds read without colour or tiny glyphs. */
export const MARKER_SHAPES: Readonly<Record<ElementKind, string>> = {
  actor: 'M-3.5,0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0 Z',
  initiative: 'M0,-5 L5,0 L0,5 L-5,0 Z',
  factor: 'M-3.8,-3.8 h7.6 v7.6 h-7.6 Z',
  goal: 'M0,-5.5 L1.6,-1.8 L5.3,-1.7 L2.4,0.8 L3.3,4.5 L0,2.4 L-3.3,4.5 L-2.4,0.8 L-5.3,-1.7 L-1.6,-1.8 Z',
  insight: 'M0,-5 L5,4 L-5,4 Z',
};

/** The arrows of H2 elements: up toward H3 (H2+) or down into H1 (H2−), drawn from a marker's upper right. */
export const SHIFT_ARROWS = {
  'toward-h3': 'M0,0 l12,-12 m-6,0 l6,0 l0,6',
  'absorbed-by-h1': 'M0,-12 l12,12 m-6,0 l6,0 l0,-6',
} as const;

/** A polyline through the points, as path data at 0.1 px. */
export const polylinePath = (points: readonly Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`).join(' ');
