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
  /** How deep the band's ice is tinted: 0 above the waterline, 1–3 from just under it to the deepest third. */
  readonly tint: 0 | 1 | 2 | 3;
  /** Lines of the label block in the left column. */
  readonly labelLines: readonly string[];
  readonly descriptionLines: readonly string[];
  /** The "no elements yet" note of an empty layer, wrapped; drawn at the centre of the band. */
  readonly emptyLines: readonly string[];
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
  /** How many `explains` links the chip has (either end): its badge, since links are drawn only for one chain. */
  readonly links: number;
  /** Width of the badge at the chip's right (0: no links, no badge). */
  readonly badgeWidth: number;
}

/**
 * An `explains` relation drawn as one cubic Bézier curve: from the `from` chip's edge (`points[0]`) through two
 * control points to the `to` chip's edge (`points[3]`), where the arrowhead goes. Only one chain is drawn at a time,
 * so a smooth curve reads better than a route around every chip.
 */
export interface IcebergLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly points: readonly [Point, Point, Point, Point];
}

/** The depth scale at the right: an arrow down with a label at each end. Ys are the centres of the first lines. */
export interface IcebergDepthScale {
  readonly x: number;
  readonly topLines: readonly string[];
  readonly topY: number;
  readonly bottomLines: readonly string[];
  readonly bottomY: number;
  /** The arrow's shaft, between the two labels; the head points down at `arrowBottom`. */
  readonly arrowTop: number;
  readonly arrowBottom: number;
}

/** Font sizes and line heights of the drawing under the reader's text style (all at least 12 px). */
export interface IcebergType {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly labelFontSize: number;
  readonly labelLineHeight: number;
  readonly descriptionFontSize: number;
  readonly descriptionLineHeight: number;
  /** Badges and the depth scale. */
  readonly smallFontSize: number;
  readonly smallLineHeight: number;
}

export interface IcebergLayout {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly IcebergBand[];
  readonly chips: readonly IcebergChip[];
  readonly links: readonly IcebergLink[];
  /** The iceberg's outline, a closed polygon: a small tip above the waterline, the mass widening beneath it. */
  readonly outline: readonly Point[];
  /** Horizontal centre line of the iceberg. */
  readonly centerX: number;
  /** The waterline, below the layer it names. */
  readonly waterline?: { readonly y: number; readonly layer: string };
  /** Left edge of the iceberg region (the layer labels sit left of it). */
  readonly regionLeft: number;
  readonly regionRight: number;
  readonly depthScale: IcebergDepthScale;
  readonly type: IcebergType;
}

export const ICEBERG_METRICS = {
  fontSize: 13,
  lineHeight: 17,
  chipPaddingX: 8,
  chipPaddingY: 7,
  /** The kind band at the chip's left, with the kind's glyph in it. */
  symbolWidth: 22,
  symbolFontSize: 13,
  chipTextWidth: 150,
  /** Badge ("↕3"): space before it, padding inside, height. */
  badgeGap: 6,
  badgePaddingX: 5,
  badgeHeight: 18,
  smallFontSize: 12,
  smallLineHeight: 16,
  chipGap: 14,
  rowGap: 18,
  bandPaddingTop: 20,
  bandPaddingBottom: 20,
  /** Space between the outline and the chips at the narrowest point of a row. */
  sidePadding: 14,
  minBandHeight: 64,
  labelColumn: 200,
  labelFontSize: 15,
  labelLineHeight: 20,
  descriptionFontSize: 13,
  descriptionLineHeight: 17,
  /** The peak above the first band. */
  tipHeight: 44,
  /** The tip's rows are at most this share of the region's width, so what shows above water stays small. */
  tipShare: 0.7,
  /** How fast the tip widens towards its widest row: px of half-width per px of depth. */
  tipSlope: 0.45,
  /** Under the waterline the outline widens over this depth to at least `massShare` of the region. */
  shoulder: 36,
  massShare: 0.92,
  /** The half-width of the narrowest peak. */
  minTipHalf: 40,
  margin: 16,
  /** How fast the mass under water widens: px of half-width per px of depth. */
  slope: 0.35,
  depthScaleWidth: 112,
} as const;
