import type { Horizon } from '../document/vocabulary.js';
import type { Box, Point } from '../geometry/geometry.js';

/** An element on its horizon's curve, its marker clear of every other marker, its label (if drawn) in free space. */
export interface HorizonPlacement {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly lines: readonly string[];
  readonly horizon: Horizon;
  readonly shift?: 'toward-h3' | 'absorbed-by-h1';
  readonly planned: boolean;
  /** Decimal year the element is placed at (its date, or the start of its period). */
  readonly year: number;
  /** The point on the curve at its date. */
  readonly x: number;
  readonly y: number;
  /**
   * Where the marker is drawn: the curve point, or straight above or below it when other markers of (nearly) the
   * same date are there first; a short stem then joins it to the curve.
   */
  readonly mark: Point;
  /** The stretch of curve a period covers, clipped to the axis. */
  readonly period?: readonly Point[];
  /** Set when the date lies outside the axis: the element is shown at that edge. */
  readonly outOfRange?: 'before' | 'after';
  /**
   * Whether the label is drawn at rest: goals and initiatives whose label found free space. The others show their
   * label only on hover, focus or selection, at `labelBox` on top of everything.
   */
  readonly labelled: boolean;
  /** The label box (centre and size). */
  readonly labelBox: Box;
  /** A tag drawn before the label's lines (workshop mode's "NY"), with its width; the label box includes it. */
  readonly badge?: { readonly text: string; readonly width: number };
  /** A line from the marker to the label, when the label could not sit next to it. */
  readonly leader?: readonly Point[];
}

/** A curve's name in the right-hand column, level with the curve's end (moved apart when ends are close). */
export interface CurveName {
  /** Left edge of the text, and the middle of its first line. */
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  /** The name's box (centre and size). */
  readonly box: Box;
  /** Where the curve ends, for a connector when the name had to move. */
  readonly end: Point;
}

export interface HorizonsLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** The labels' type under the reader's text style (CSS px). */
  readonly fontSize: number;
  readonly lineHeight: number;
  /** The curve names' type under the reader's text style (CSS px). */
  readonly nameFontSize: number;
  readonly nameLineHeight: number;
  readonly start: number;
  readonly end: number;
  readonly now?: { readonly x: number; readonly year: number };
  /** Each curve sampled every few pixels, left to right. */
  readonly curves: Readonly<Record<Horizon, readonly Point[]>>;
  readonly curveLabels: Readonly<Record<Horizon, CurveName>>;
  readonly ticks: readonly { readonly x: number; readonly year: number }[];
  readonly elements: readonly HorizonPlacement[];
  /** Ids of elements whose date lies outside the axis (drawn at the edge). */
  readonly outOfRange: readonly string[];
  /** Ids of elements on a horizon but with no date or period (listed, not drawn on the curve). */
  readonly undated: readonly string[];
}

export const HORIZONS_METRICS = {
  fontSize: 12,
  lineHeight: 15,
  labelPadding: 4,
  labelTextWidth: 150,
  /** Drawn radius of a marker. */
  markerRadius: 8,
  /** Space between two markers of the same date. */
  markerGap: 2,
  nameFontSize: 13,
  nameLineHeight: 16,
  /** The right-hand column where each curve's name stands at its end. */
  nameColumn: 132,
  nameGap: 8,
  marginLeft: 48,
  marginRight: 148,
  marginTop: 28,
  axisHeight: 36,
  sampleStep: 2,
  /** How far a label box keeps from a curve's centre line (half the widest stroke and some air). */
  curveClearance: 4,
} as const;

/** Kinds whose labels are drawn at rest; the rest show theirs on hover, focus or selection. */
export const LABELLED_KINDS: ReadonlySet<string> = new Set(['goal', 'initiative']);
