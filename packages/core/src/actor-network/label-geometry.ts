import { SELECTION_BADGE_RADIUS } from '../render/selection-badge.js';
import { NETWORK_NODE_METRICS, type NetworkNodeLayout } from './network-layout-types.js';

/** A box on screen by its edges, in CSS pixels. */
export interface ScreenBox {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The parts of a laid-out node its label is placed from. */
export type LabelledNode = Pick<NetworkNodeLayout, 'x' | 'y' | 'radius' | 'box' | 'lines'>;

/**
 * How much a highlighted label (drawn inside the zoomed layer) is scaled at zoom `k` so that it is always
 * `NETWORK_NODE_METRICS.fontSize` px on screen, like every other label: 1/k. Labels neither shrink below a
 * readable size zooming out nor balloon zooming in.
 */
export function networkLabelScale(k: number): number {
  return 1 / k;
}

/**
 * The box a highlighted node's label takes on screen at zoom `k`, relative to the layout origin (add the view's
 * translation to get canvas pixels): as wide as the node's box, from the bottom of its symbol down by the label gap
 * and its lines, all enlarged by `networkLabelScale(k)`.
 */
export function networkLabelBox(node: LabelledNode, k: number): ScreenBox {
  const m = NETWORK_NODE_METRICS;
  const scale = networkLabelScale(k);
  const x = node.x * k;
  const y = (node.y + node.radius) * k;
  const half = (node.box.width * scale * k) / 2;
  return { x0: x - half, x1: x + half, y0: y, y1: y + (m.labelGap + node.lines.length * m.lineHeight) * scale * k };
}

/** A highlighted label as SVG text inside the zoomed layer (layout coordinates): its size, halo and lines. */
export interface NetworkLabelText {
  readonly fontSize: number;
  /** Stroke width of the halo. */
  readonly haloWidth: number;
  /** Each line centred on `x`, `y` its baseline. */
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
}

/** Where a highlighted node's label lines go at zoom `k`, in layout coordinates (the box is `networkLabelBox`). */
export function networkLabelText(node: LabelledNode, k: number): NetworkLabelText {
  const m = NETWORK_NODE_METRICS;
  const scale = networkLabelScale(k);
  return {
    fontSize: m.fontSize * scale,
    haloWidth: m.labelHalo * scale,
    lines: node.lines.map((text, i) => ({
      text,
      x: node.x,
      y: node.y + node.radius + (m.labelGap + m.labelAscent + i * m.lineHeight) * scale,
    })),
  };
}

/**
 * The selected node's badge at zoom `k` (screen px, relative to the layout origin like `networkLabelBox`): a disc of
 * `SELECTION_BADGE_RADIUS` on the upper right of the selection ring (7 layout units outside the symbol), one size on
 * screen, with its outline.
 */
export function selectionBadgeBox(node: LabelledNode, k: number): ScreenBox {
  const r = (node.radius + 7) * Math.SQRT1_2;
  const [x, y] = [(node.x + r) * k, (node.y - r) * k];
  const half = SELECTION_BADGE_RADIUS + 1;
  return { x0: x - half, x1: x + half, y0: y - half, y1: y + half };
}

/**
 * The labels that fit without overprinting at zoom `k`: nodes are taken in `order` (indexes into `nodes`, most
 * important first) and each keeps its label only when its `networkLabelBox` overlaps none kept before it, nor any of
 * the `marks` (the selection badge). Returns the kept nodes in that order with their boxes (relative to the layout
 * origin).
 */
export function unclutteredLabels(
  order: readonly number[],
  nodes: readonly LabelledNode[],
  k: number,
  marks: readonly ScreenBox[] = [],
): { index: number; box: ScreenBox }[] {
  const overlaps = (p: ScreenBox, box: ScreenBox) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1;
  const shown: { index: number; box: ScreenBox }[] = [];
  for (const index of order) {
    const box = networkLabelBox(nodes[index]!, k);
    if (shown.some(({ box: p }) => overlaps(p, box)) || marks.some((p) => overlaps(p, box))) continue;
    shown.push({ index, box });
  }
  return shown;
}
