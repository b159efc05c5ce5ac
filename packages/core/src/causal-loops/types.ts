import type { QuadraticCurve } from '../geometry/geometry.js';
import type { LinkEvidence } from './causal-graph.js';

/** A factor as drawn: a box around its wrapped label. Coordinates are the box centre. */
export interface CldNode {
  readonly id: string;
  readonly label: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** True when the author's `position` hint fixed it. */
  readonly pinned: boolean;
}

/** A causal link as drawn: a quadratic curve from box edge to box edge, its polarity glyph and delay mark. */
export interface CldLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly polarity: '+' | '-';
  readonly delay: boolean;
  readonly curve: QuadraticCurve;
  /** Centre of the `+`/`−` glyph near the arrowhead. */
  readonly glyph: { readonly x: number; readonly y: number };
  /** Where the delay mark (‖) sits and the curve's direction there, in degrees. */
  readonly delayMark?: { readonly x: number; readonly y: number; readonly angle: number };
  /** What the link rests on (see `LinkEvidence`). */
  readonly evidence: LinkEvidence;
  /** Centre of the "?" badge beside the glyph of an inferred link, clear of factors and other glyphs. */
  readonly evidenceMark?: { readonly x: number; readonly y: number };
  /** Ids of the parallel relations this link stands for besides its own (same ends, same sign). */
  readonly bundled?: readonly string[];
}

/** The R/B marker of a loop, inside its ring, with the loop's turning direction. */
export interface CldLoopMarker {
  readonly loopId: string;
  readonly polarity: 'R' | 'B';
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Turning direction of the loop on screen. */
  readonly direction: 'clockwise' | 'counterclockwise';
}

export interface CldLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly CldNode[];
  readonly links: readonly CldLink[];
  readonly markers: readonly CldLoopMarker[];
  /** Links the router could not keep clear of foreign nodes (empty on success). */
  readonly unresolvedLinks: readonly string[];
  /** Font size and line height of the labels (CSS px): `CLD_METRICS`' scaled by the reader's text style. */
  readonly fontSize: number;
  readonly lineHeight: number;
  /** The box (centre and size) a view opens on: the rings of the named loops, or of the shortest loops, else everything. */
  readonly focus: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Sizes shared by layout and drawing, so the picture matches what was measured. */
export const CLD_METRICS = {
  fontSize: 14,
  lineHeight: 18,
  paddingX: 10,
  paddingY: 7,
  maxLabelWidth: 150,
  glyphRadius: 9,
  /** Radius of the "?" badge of an inferred link. */
  evidenceMarkRadius: 8,
  markerRadius: 16,
  /** Space kept clear around a loop marker's face: its turning arrow is drawn 5 px outside it. */
  markerClearance: 6,
  margin: 32,
  nodeGap: 28,
  arrowClearance: 5,
} as const;
