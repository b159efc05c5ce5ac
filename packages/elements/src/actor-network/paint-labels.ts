import { NETWORK_NODE_METRICS, type NetworkLayout } from '@floke/core/actor-network';
import type { DrawnLabel, NetworkPaint, NetworkPaintState, ScreenBox } from './paint-network.js';
import { LABEL_BUDGET, placeLabels, startPlacement, takeFirstFree, type Placement } from './label-placement.js';
import type { ScreenCircle } from './symbol-index.js';

/**
 * Labels are drawn in full (wrapped as laid out) at this zoom and above, where every node's box is at least as large
 * on screen as its label; below it, on one line, only those that fit. Either way at one size on screen.
 */
export const FULL_LABEL_ZOOM = 1;
/** Widths of the one-line labels drawn when zoomed out, per label list (one per network) and font. */
const shortWidths = new WeakMap<readonly string[], { font: string; width: number[] }>();

/**
 * Paints the node labels for the current zoom and returns them with their boxes on screen (a click on a label
 * selects its node). Zoomed in, each node's laid-out box holds its full label. Zoomed out, labels are one line
 * (the `short` name) at the same size on screen, placed most important first: below, right of, left of or above the
 * symbol, or, in a crowd, moved out to the nearest free spot with a leader line; never over another label, a
 * symbol, a band name (`reserved`) or a community's name.
 */
export function paintLabels(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  state: NetworkPaintState,
  paint: NetworkPaint,
  onScreen: Uint8Array,
  reserved: readonly ScreenBox[],
): DrawnLabel[] {
  const { transform: t } = state;
  const size = NETWORK_NODE_METRICS.fontSize;
  const lineHeight = NETWORK_NODE_METRICS.lineHeight;
  const gap = NETWORK_NODE_METRICS.labelGap;
  context.font = `${size}px ${paint.font}`;
  context.textBaseline = 'top';
  if (t.k >= FULL_LABEL_ZOOM) return paintFullLabels(context, layout, state, paint, onScreen);

  // Symbols first, so no label covers one.
  const circles: ScreenCircle[] = [];
  for (let i = 0; i < layout.nodes.length; i++) {
    if (!onScreen[i]) continue;
    const node = layout.nodes[i]!;
    circles[i] = { x: node.x * t.k + t.x, y: node.y * t.k + t.y, r: Math.max(node.radius * t.k, 1.5) };
  }
  startPlacement(state.width, state.height, [...state.reservedLabelBoxes, ...reserved], circles);
  context.font = `${size}px ${paint.font}`;
  context.textAlign = 'left';
  let widths = shortWidths.get(state.shortLabels);
  if (!widths || widths.font !== paint.font) shortWidths.set(state.shortLabels, (widths = { font: paint.font, width: [] }));
  const measured = widths.width;
  const placed = placeLabels(
    state.labelOrder,
    (i) => {
      if (!onScreen[i] || state.labelledAbove.has(i)) return undefined;
      const width = (measured[i] ??= context.measureText(state.shortLabels[i] ?? '').width);
      return { index: i, symbol: circles[i]!, r: Math.max(layout.nodes[i]!.radius * t.k, 1.5) + gap, width, lineHeight };
    },
    state.settled ?? false,
  );
  const labelled: DrawnLabel[] = placed.map(({ index, box }) => ({ index, box }));
  const callouts = placed.filter((p): p is Required<Placement> => p.from !== undefined);
  // Leader lines under the text, in the text colour, dotted so they read as pointers, not ties.
  context.setLineDash([2, 2]);
  context.beginPath();
  for (const { from, to } of callouts) {
    context.moveTo(from[0], from[1]);
    context.lineTo(to[0], to[1]);
  }
  context.strokeStyle = paint.text;
  context.lineWidth = 1;
  context.stroke();
  context.setLineDash([]);
  for (const { index, box } of labelled) haloText(context, state.shortLabels[index] ?? '', box.x0, box.y0, paint);
  // Communities are named after their members: an actor's name is the map's content, the group's name a gloss.
  paintCommunityNames(context, layout, state, paint, lineHeight);
  return labelled;
}

/** Zoomed in: every node's laid-out box holds its label, so none overlap and all are drawn, centred below. */
function paintFullLabels(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  state: NetworkPaintState,
  paint: NetworkPaint,
  onScreen: Uint8Array,
): DrawnLabel[] {
  const { transform: t } = state;
  const { lineHeight, labelGap: gap } = NETWORK_NODE_METRICS;
  context.textAlign = 'center';
  const labelled: DrawnLabel[] = [];
  for (const i of state.labelOrder) {
    if (labelled.length >= LABEL_BUDGET) break;
    if (!onScreen[i] || state.labelledAbove.has(i)) continue;
    const node = layout.nodes[i]!;
    const x = node.x * t.k + t.x;
    const y = (node.y + node.radius) * t.k + t.y + gap;
    let half = 0;
    for (let n = 0; n < node.lines.length; n++) {
      haloText(context, node.lines[n]!, x, y + n * lineHeight, paint);
      half = Math.max(half, context.measureText(node.lines[n]!).width / 2);
    }
    labelled.push({ index: i, box: { x0: x - half, x1: x + half, y0: y, y1: y + node.lines.length * lineHeight } });
  }
  return labelled;
}

/**
 * Communities are named (by their most central members' short names) just above or inside the top of their region,
 * where that covers no symbol, band name or other name; names that do not fit are left out.
 */
function paintCommunityNames(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  state: NetworkPaintState,
  paint: NetworkPaint,
  lineHeight: number,
): void {
  const { transform: t } = state;
  context.font = `italic ${NETWORK_NODE_METRICS.fontSize}px ${paint.font}`;
  context.textAlign = 'left';
  for (const { text, box } of communityNames(layout, state)) {
    // `bounds` is a core `Box`, by its centre: the name goes at its left edge, above or just inside its top.
    const x = (box.x - box.width / 2) * t.k + t.x;
    const width = context.measureText(text).width;
    if (width > box.width * t.k + 40) continue;
    const top = (box.y - box.height / 2) * t.k + t.y;
    const spot = takeFirstFree(
      [top - lineHeight - 1, top + 2].map((y) => ({ x0: x, x1: x + width - 0.01, y0: y, y1: y + lineHeight - 0.01 })),
    );
    if (!spot) continue;
    haloText(context, text, x, spot.y0, paint);
  }
}

/** Text with a halo in the background colour, so it reads over ties. */
export function haloText(context: CanvasRenderingContext2D, text: string, x: number, y: number, paint: NetworkPaint): void {
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = paint.background;
  context.strokeText(text, x, y);
  context.fillStyle = paint.text;
  context.fillText(text, x, y);
}

/** Index of each node by id, per layout. */
const nodeIndexes = new WeakMap<NetworkLayout, Map<string, number>>();

/** Each shown community of two or more members: its name (its central members' short names) and its bounds. */
function communityNames(
  layout: NetworkLayout,
  state: NetworkPaintState,
): { text: string; box: NetworkLayout['communities'][number]['bounds'] }[] {
  let indexOf = nodeIndexes.get(layout);
  if (!indexOf) nodeIndexes.set(layout, (indexOf = new Map(layout.nodes.map((node, i) => [node.id, i]))));
  const names: { text: string; box: NetworkLayout['communities'][number]['bounds'] }[] = [];
  for (const community of layout.communities) {
    if (community.size < 2) continue;
    const members = community.central.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
    if (!members.some((i) => state.visibleNodes[i])) continue;
    const text = members
      .slice(0, 2)
      .map((i) => state.shortLabels[i])
      .join(' · ');
    const box = community.bounds;
    if (text) names.push({ text, box });
  }
  return names;
}
