import type { Box } from '../geometry/geometry.js';

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
}

export interface NetworkTieLayout {
  /** Indexes into `nodes`. */
  readonly source: number;
  readonly target: number;
  readonly weight: number;
}

/** The vertical strip a community's nodes are packed into, through every band. */
export interface NetworkColumnLayout {
  readonly community: number;
  readonly left: number;
  readonly width: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NetworkNodeLayout[];
  readonly bands: readonly NetworkBandLayout[];
  /** Communities left to right. */
  readonly columns: readonly NetworkColumnLayout[];
  readonly ties: readonly NetworkTieLayout[];
}
