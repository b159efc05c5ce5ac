import type { Box, Point } from '../geometry/geometry.js';

/** Sizes of nodes and their labels: the network layout works with them, and the element draws with the same numbers. */
export const NETWORK_NODE_METRICS = {
  /** Labels are this size on screen at every zoom: never below 12 CSS px. */
  fontSize: 12,
  lineHeight: 15,
  /** From the top of a label line to its text's baseline (SVG text is placed by its baseline). */
  labelAscent: 11,
  /** Width of the halo in the background colour drawn around label text, so it reads over ties. */
  labelHalo: 3,
  /** Labels wrap at this width, in at most `maxLines` lines. */
  maxLabelWidth: 112,
  maxLines: 2,
  /** Space around a node's box that no other box may take. */
  gap: 6,
  /** Space between the circle and its label. */
  labelGap: 3,
  bandPadding: 18,
  /** Least space between two communities' cells, so their regions stay visibly apart (large cells get more). */
  cellGutter: 28,
  /** A community's region reaches this far beyond its members' boxes (less than half the gutter). */
  regionPadding: 9,
  /** A strip above each tier of cells for the communities' labels. */
  headerHeight: 20,
  minRadius: 5,
  maxRadius: 16,
} as const;

export interface NetworkNodeLayout {
  readonly id: string;
  /** Centre of the node's symbol. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Symbol and label together: no two boxes overlap. */
  readonly box: Box;
  /** The label, wrapped; drawn centred under the symbol. */
  readonly lines: readonly string[];
  /** Index into `bands`. */
  readonly band: number;
  readonly community: number;
}

export interface NetworkBandLayout {
  /** Level id, or null for the band of nodes without a known level. */
  readonly id: string | null;
  readonly top: number;
  readonly height: number;
  /**
   * The tier (row of community cells) the band belongs to, from 0 at the top. Large networks stack several tiers,
   * each with one band per level in the same order, so communities can be compact blocks instead of thin columns.
   */
  readonly tier: number;
}

export interface NetworkTieLayout {
  /** Indexes into `nodes`. */
  readonly source: number;
  readonly target: number;
  readonly weight: number;
}

/** A community as drawn: the region to tint behind its members and the words to label it with. */
export interface NetworkCommunityLayout {
  /** Community index (as in `NetworkMetrics`). */
  readonly community: number;
  readonly size: number;
  readonly tier: number;
  /** Every member's box lies inside; regions of different communities do not overlap. */
  readonly bounds: Box;
  /** `bounds` as a closed polygon with rounded corners (clockwise from the top left), ready to fill. */
  readonly region: readonly Point[];
  /** Up to three members, most central first (by betweenness, then strength, then id). */
  readonly central: readonly string[];
  /** The most frequent topic of the ties inside the community, if any tie has one. */
  readonly topic?: string;
  /** The label to show: the most central members' labels. */
  readonly label: string;
  /** Where that label goes: in the header strip above the region, as wide as the region allows. */
  readonly labelBox: Box;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NetworkNodeLayout[];
  readonly bands: readonly NetworkBandLayout[];
  /** Communities in reading order: tier by tier, left to right. */
  readonly communities: readonly NetworkCommunityLayout[];
  readonly ties: readonly NetworkTieLayout[];
}
