import type { Point } from '../geometry/geometry.js';

/** A layer of the iceberg as drawn: a horizontal band. */
export interface IcebergBand {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly index: number;
  readonly top: number;
  readonly bottom: number;
  /** True for the layers above the waterline (the visible tip). */
  readonly aboveWater: boolean;
  /** Lines of the label block in the left column. */
  readonly labelLines: readonly string[];
  readonly descriptionLines: readonly string[];
}

/** An element as a labelled chip in its layer. Coordinates are the chip's centre. */
export interface IcebergChip {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly lines: readonly string[];
  readonly layer: string;
  /** Position within its layer, in reading order (rows top to bottom, left to right). */
  readonly order: number;
  readonly row: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An `explains` relation drawn as an orthogonal path through the gaps between chips. */
export interface IcebergLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** From the `from` chip's edge to the `to` chip's edge; the arrowhead goes at the last point. */
  readonly points: readonly Point[];
}

export interface IcebergLayout {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly IcebergBand[];
  readonly chips: readonly IcebergChip[];
  readonly links: readonly IcebergLink[];
  /** The iceberg's outline, a closed polygon that widens with depth. */
  readonly outline: readonly Point[];
  /** Horizontal centre line of the iceberg. */
  readonly centerX: number;
  /** The waterline, below the layer it names. */
  readonly waterline?: { readonly y: number; readonly layer: string };
  /** Left edge of the iceberg region (the layer labels sit left of it). */
  readonly regionLeft: number;
  readonly regionRight: number;
}

export const ICEBERG_METRICS = {
  fontSize: 13,
  lineHeight: 17,
  chipPaddingX: 9,
  chipPaddingY: 6,
  /** Room for the kind symbol at the chip's left. */
  symbolWidth: 16,
  chipTextWidth: 150,
  chipGap: 14,
  rowGap: 18,
  bandPaddingTop: 20,
  bandPaddingBottom: 20,
  /** Space between the outline and the chips at the narrowest point of a row. */
  sidePadding: 14,
  minBandHeight: 64,
  labelColumn: 200,
  labelFontSize: 15,
  descriptionFontSize: 13,
  tipHeight: 36,
  margin: 16,
  /** How fast the outline widens: px of half-width per px of depth. */
  slope: 0.35,
  depthScaleWidth: 56,
} as const;
