import type { Horizon } from '../document/vocabulary.js';
import type { Point } from '../geometry/geometry.js';

/** An element on its horizon's curve, with its label placed clear of every other label. */
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
  /** The point on the curve. */
  readonly x: number;
  readonly y: number;
  /** The stretch of curve a period covers, clipped to the axis. */
  readonly period?: readonly Point[];
  /** Set when the date lies outside the axis: the element is shown at that edge. */
  readonly outOfRange?: 'before' | 'after';
  /** The label box (centre and size). */
  readonly labelBox: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** A line from the point to the label, when the label could not sit next to it. */
  readonly leader?: readonly Point[];
}

export interface HorizonsLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly start: number;
  readonly end: number;
  readonly now?: { readonly x: number; readonly year: number };
  /** Each curve sampled every few pixels, left to right. */
  readonly curves: Readonly<Record<Horizon, readonly Point[]>>;
  readonly curveLabels: Readonly<Record<Horizon, Point>>;
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
  labelTextWidth: 140,
  markerRadius: 6,
  marginLeft: 48,
  marginRight: 24,
  marginTop: 28,
  axisHeight: 40,
  laneGap: 6,
  sampleStep: 2,
} as const;
