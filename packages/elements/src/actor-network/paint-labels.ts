import { NETWORK_NODE_METRICS, type NetworkLayout } from '@floke/core/actor-network';
import type { DrawnLabel, NetworkPaint, NetworkPaintState, ScreenBox } from './paint-network.js';
import { ScreenGrid } from './screen-grid.js';
import { SymbolIndex, type ScreenCircle } from './symbol-index.js';

/**
 * Labels are drawn in full (wrapped as laid out) at this zoom and above, where every node's box is at least as large
 * on screen as its label; below it, on one line, only those that fit. Either way at one size on screen.
 */
export const FULL_LABEL_ZOOM = 1;
/** At most this many labels per frame, so a frame stays cheap at any size. */
const LABEL_BUDGET = 250;
/** Size (CSS px) of the screen grid that keeps zoomed-out labels off each other and off the symbols. */
const LABEL_CELL = 6;
/**
 * How far (CSS px beyond the symbol) a label may be moved out of a crowd, joined to its symbol by a leader line.
 * Far enough to reach the edge of a dense community, near enough that the line still reads as "this one".
 */
const CALLOUT_REACH = [18, 30, 42, 54, 66, 80, 96, 112, 128] as const;
/**
 * At most this many labels per frame are tried as callouts (the most important that found no room beside their
 * symbol): each try tests up to `CALLOUT_REACH` × `CALLOUT_DIRECTIONS` spots, so a frame at thousands of nodes stays
 * within its budget while panning.
 */
const CALLOUT_TRIES = 40;
/** Directions tried for a callout, nearest the horizontal first (labels read best beside their line). */
const CALLOUT_DIRECTIONS = [
  0, 180, 345, 195, 15, 165, 330, 210, 30, 150, 315, 225, 45, 135, 300, 240, 60, 120, 285, 255, 75, 105, 270, 90,
].map((d) => (d * Math.PI) / 180);

/** Widths of the one-line labels drawn when zoomed out, per label list (one per network) and font. */
const shortWidths = new WeakMap<readonly string[], { font: string; width: number[] }>();
const grid = new ScreenGrid(LABEL_CELL);
const symbols = new SymbolIndex();
/** Whether a label's box may go here: clear of the text placed so far and of every symbol. */
const fits = (box: ScreenBox) => grid.free(box) && symbols.boxClear(box, LABEL_CLEARANCE);
/** How near (CSS px) a label may come to a symbol (its own sits `labelGap` away). */
const LABEL_CLEARANCE = 1.5;
/** How near (CSS px) a leader line may pass another symbol, so it cannot be read as pointing at it. */
const LEADER_CLEARANCE = 1.5;

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

  grid.reset(state.width, state.height);
  for (const box of [...state.reservedLabelBoxes, ...reserved]) grid.take(box);
  // Symbols first, so no label covers one.
  symbols.clear();
  const circles: ScreenCircle[] = [];
  for (let i = 0; i < layout.nodes.length; i++) {
    if (!onScreen[i]) continue;
    const node = layout.nodes[i]!;
    const circle = { x: node.x * t.k + t.x, y: node.y * t.k + t.y, r: Math.max(node.radius * t.k, 1.5) };
    circles[i] = circle;
    symbols.add(circle);
  }
  context.font = `${size}px ${paint.font}`;
  context.textAlign = 'left';
  let widths = shortWidths.get(state.shortLabels);
  if (!widths || widths.font !== paint.font) shortWidths.set(state.shortLabels, (widths = { font: paint.font, width: [] }));
  const labelled: DrawnLabel[] = [];
  const callouts: { index: number; box: ScreenBox; from: readonly [number, number]; to: readonly [number, number] }[] = [];
  let calloutTries = 0;
  for (const i of state.labelOrder) {
    if (labelled.length >= LABEL_BUDGET) break;
    if (!onScreen[i] || state.labelledAbove.has(i)) continue;
    const text = state.shortLabels[i] ?? '';
    let width = widths.width[i];
    if (width === undefined) width = widths.width[i] = context.measureText(text).width;
    const node = layout.nodes[i]!;
    const x = node.x * t.k + t.x;
    const y = node.y * t.k + t.y;
    const r = Math.max(node.radius * t.k, 1.5) + gap;
    const beside = besideCandidates(x, y, r, width, lineHeight).find(fits);
    if (beside) {
      grid.take(beside);
      labelled.push({ index: i, box: beside });
      continue;
    }
    if (calloutTries >= CALLOUT_TRIES) continue;
    calloutTries++;
    const callout = calloutFor(circles[i]!, r, width, lineHeight);
    if (!callout) continue;
    grid.take(callout.box);
    grid.takeLine(callout.from, callout.to);
    labelled.push({ index: i, box: callout.box });
    callouts.push({ index: i, ...callout });
  }
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

/** A label's box right beside its symbol: below, right, left, above (in that order of preference). */
function besideCandidates(x: number, y: number, r: number, width: number, lineHeight: number): ScreenBox[] {
  return [
    [x - width / 2, y + r],
    [x + r, y - lineHeight / 2],
    [x - r - width, y - lineHeight / 2],
    [x - width / 2, y - r - lineHeight],
  ].map(([x0, y0]) => ({ x0: x0!, x1: x0! + width - 0.01, y0: y0!, y1: y0! + lineHeight - 0.01 }));
}

/**
 * The nearest free spot for a label that has no room beside its symbol, with the leader line to it: tried at growing
 * distances in `CALLOUT_DIRECTIONS`; the label's near edge (or middle, straight up or down) sits at the line's end.
 * The line crosses no label and keeps clear of every other symbol.
 */
function calloutFor(
  symbol: ScreenCircle,
  r: number,
  width: number,
  lineHeight: number,
): { box: ScreenBox; from: readonly [number, number]; to: readonly [number, number] } | undefined {
  const { x, y } = symbol;
  for (const reach of CALLOUT_REACH) {
    for (const angle of CALLOUT_DIRECTIONS) {
      const dx = Math.cos(angle);
      const dy = Math.sin(angle);
      const to = [x + dx * (r + reach), y + dy * (r + reach)] as const;
      const x0 = dx > 0.3 ? to[0] + 2 : dx < -0.3 ? to[0] - 2 - width : to[0] - width / 2;
      const y0 = dy > 0.3 ? to[1] : dy < -0.3 ? to[1] - lineHeight : to[1] - lineHeight / 2;
      const box = { x0, x1: x0 + width - 0.01, y0, y1: y0 + lineHeight - 0.01 };
      const from = [x + dx * (r - 1), y + dy * (r - 1)] as const;
      if (fits(box) && grid.lineFree(from, to) && symbols.lineClear(from, to, symbol, LEADER_CLEARANCE)) return { box, from, to };
    }
  }
  return undefined;
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
    const spot = [top - lineHeight - 1, top + 2].map((y) => ({ x0: x, x1: x + width - 0.01, y0: y, y1: y + lineHeight - 0.01 })).find(fits);
    if (!spot) continue;
    grid.take(spot);
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
