import { SECTOR_COLOR_KEYS, type SectorColorKey } from '@floke/core';
import { NETWORK_NODE_METRICS, type NetworkLayout } from '@floke/core/actor-network';
import type { NetworkMarks } from './network-marks.js';
import { paintCommunityRegions } from './paint-communities.js';
import { haloText, paintLabels } from './paint-labels.js';
import { addInitiativeMark, addSymbol } from './symbol-path.js';
import type { TieLayer } from './tie-layer.js';

/** Colours and font the canvas paints with, resolved from the host's theme. */
export interface NetworkPaint {
  readonly background: string;
  readonly band: string;
  readonly text: string;
  readonly textSubtle: string;
  readonly tie: string;
  /** The least opacity at which a tie reaches 3:1 against the background. */
  readonly tieAlpha: number;
  /** Outline of initiatives' capsules. */
  readonly initiative: string;
  readonly font: string;
  readonly sectors: Readonly<Record<SectorColorKey, string>>;
}

/** A label as painted: its node and its box on screen. */
export interface DrawnLabel {
  readonly index: number;
  readonly box: ScreenBox;
}

/** A box on screen, in CSS pixels from the drawing's top left. */
export interface ScreenBox {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** A d3-zoom transform: screen = layout × k + (x, y). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface NetworkPaintState extends NetworkMarks {
  readonly transform: ViewTransform;
  /** Size of the canvas in CSS pixels, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  /** Node indexes by importance (brokers, then degree): labels are placed in this order when space is short. */
  readonly labelOrder: readonly number[];
  /** Each node's label on one line, for when zoomed out (its `short` name, or the label cut at a word). */
  readonly shortLabels: readonly string[];
  /** When something is highlighted, the other ties are drawn faint (symbols and labels keep their contrast). */
  readonly dimmed: boolean;
  /** Nodes whose labels the highlight layer draws (so the canvas leaves them out). */
  readonly labelledAbove: ReadonlySet<number>;
  /** Where the highlight layer's labels are on screen: zoomed-out canvas labels keep clear of them. */
  readonly reservedLabelBoxes: readonly ScreenBox[];
  /** Per band: whether the filter leaves any node in it. An empty band is neither tinted nor named. */
  readonly occupiedBands: readonly boolean[];
  /** The pan/zoom is at rest: labels left out of a crowd may move others to make room (a search too costly per frame of a gesture). */
  readonly settled?: boolean;
}

/** Buffers reused by every frame. */
const scratch = { onScreen: new Uint8Array(0), visible: [] as number[] };

/**
 * Paints the network on a canvas for the current zoom: bands, ties (a cached bitmap), symbols (one path per
 * sector), and labels by level of detail. Only what lies in the viewport is drawn. Returns the labels it drew, with
 * their boxes on screen (so a click on a label can select its node).
 */
export function paintNetwork(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  state: NetworkPaintState,
  paint: NetworkPaint,
  ties: TieLayer,
): DrawnLabel[] {
  const { transform: t, width, height, ratio } = state;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = paint.background;
  context.fillRect(0, 0, width, height);
  // The visible part of the layout, with a margin for symbols and labels that poke in.
  const margin = 80;
  const left = (-t.x - margin) / t.k;
  const right = (width - t.x + margin) / t.k;
  const top = (-t.y - margin) / t.k;
  const bottom = (height - t.y + margin) / t.k;

  context.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  // Every other level of a tier is tinted (each tier repeats the levels in the same order).
  let tier = -1;
  let inTier = 0;
  layout.bands.forEach((band, i) => {
    inTier = band.tier === tier ? inTier + 1 : 0;
    tier = band.tier;
    if (inTier % 2 === 1 && state.occupiedBands[i]) {
      context.fillStyle = paint.band;
      context.fillRect(left, band.top, right - left, band.height);
    }
  });
  paintCommunityRegions(context, layout, state.visibleNodes, paint, t.k);

  // Ties come from a cached bitmap (see TieLayer); dimmed when something is highlighted.
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  ties.draw(
    context,
    layout,
    { color: paint.tie, meaningfulAlpha: paint.tieAlpha, visible: state.visibleTies, historic: state.historicTies },
    { transform: t, width, height, ratio },
    state.dimmed ? 0.25 : 1,
  );
  context.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  // Symbols and labels keep full contrast (3:1 and 4.5:1) even when something is highlighted: only the ties fade,
  // and the highlight itself is drawn on top (accent ties, partner rings, labels).
  context.globalAlpha = 1;

  // Symbols: one filled path per sector; initiatives as rings; brokers with an outer ring.
  const tiny = t.k * NETWORK_NODE_METRICS.minRadius < 1.2;
  // Scratch buffers are reused from frame to frame: a pan or zoom frame allocates next to nothing (no GC pauses).
  if (scratch.onScreen.length < layout.nodes.length) scratch.onScreen = new Uint8Array(layout.nodes.length);
  const onScreen = scratch.onScreen;
  onScreen.fill(0);
  const visibleNodes: number[] = scratch.visible;
  visibleNodes.length = 0;
  for (let i = 0; i < layout.nodes.length; i++) {
    if (!state.visibleNodes[i]) continue;
    const node = layout.nodes[i]!;
    if (node.x < left || node.x > right || node.y < top || node.y > bottom) continue;
    visibleNodes.push(i);
    onScreen[i] = 1;
  }
  for (const sector of SECTOR_COLOR_KEYS) {
    context.beginPath();
    let any = false;
    for (const i of visibleNodes) {
      if (state.isInitiative[i] || state.sectorOf[i] !== sector || (state.formerNodes[i] && !tiny)) continue;
      const node = layout.nodes[i]!;
      if (tiny) context.rect(node.x - 1.2 / t.k, node.y - 1.2 / t.k, 2.4 / t.k, 2.4 / t.k);
      else addSymbol(context, sector, node.x, node.y, node.radius);
      any = true;
    }
    if (any) {
      context.fillStyle = paint.sectors[sector];
      context.fill();
      if (!tiny) {
        context.strokeStyle = paint.background;
        context.lineWidth = 1;
        context.stroke();
      }
    }
    if (!tiny) paintFormerSymbols(context, layout, state, visibleNodes, sector, paint);
  }
  // Initiatives (two-mode): capsules in their own colour, a shape no sector has.
  context.beginPath();
  for (const i of visibleNodes) {
    if (!state.isInitiative[i]) continue;
    const node = layout.nodes[i]!;
    addInitiativeMark(context, node.x, node.y, node.radius - 1.5);
  }
  context.fillStyle = paint.background;
  context.fill();
  context.strokeStyle = paint.initiative;
  context.lineWidth = 3;
  context.stroke();
  context.beginPath();
  for (const i of visibleNodes) {
    if (!state.isBroker[i]) continue;
    const node = layout.nodes[i]!;
    context.moveTo(node.x + node.radius + 3.5, node.y);
    context.arc(node.x, node.y, node.radius + 3.5, 0, 2 * Math.PI);
  }
  context.strokeStyle = paint.text;
  context.lineWidth = Math.max(1.5, 1 / t.k);
  context.stroke();
  if (!tiny) paintStrikes(context, layout, state, visibleNodes, paint);

  // Band names stay at the left edge while the view pans; labels keep clear of them.
  context.globalAlpha = 1;
  context.font = `600 12px ${paint.font}`;
  const bandNames: { text: string; y: number; box: ScreenBox }[] = [];
  layout.bands.forEach((band, i) => {
    const top = band.top * t.k + t.y;
    const bottom = (band.top + band.height) * t.k + t.y;
    if (bottom < 18 || top > height || !state.occupiedBands[i]) return;
    const text = state.bandNames[i] ?? '';
    // The name sticks to the top of the view while its band is in view.
    const y = Math.min(Math.max(top + 4, 4), bottom - 18);
    bandNames.push({ text, y, box: { x0: 6, x1: 10 + context.measureText(text).width, y0: y - 2, y1: y + 16 } });
  });

  // Labels: in full when they are readable; else the most important ones that fit, at a readable size, clear of band
  // names.
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const labels = paintLabels(
    context,
    layout,
    state,
    paint,
    onScreen,
    bandNames.map((b) => b.box),
  );

  context.font = `600 12px ${paint.font}`;
  context.textBaseline = 'top';
  context.textAlign = 'left';
  for (const { text, y } of bandNames) haloText(context, text, 8, y, paint);
  return labels;
}

/** Former actors of one sector: hollow symbols outlined in the sector's colour (the strike goes on top later). */
function paintFormerSymbols(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  state: NetworkPaintState,
  visibleNodes: readonly number[],
  sector: SectorColorKey,
  paint: NetworkPaint,
): void {
  context.beginPath();
  let any = false;
  for (const i of visibleNodes) {
    if (!state.formerNodes[i] || state.isInitiative[i] || state.sectorOf[i] !== sector) continue;
    const node = layout.nodes[i]!;
    addSymbol(context, sector, node.x, node.y, node.radius - 1);
    any = true;
  }
  if (!any) return;
  context.fillStyle = paint.background;
  context.fill();
  context.strokeStyle = paint.sectors[sector];
  context.lineWidth = 2;
  context.stroke();
}

/** A stroke through every former actor and finished initiative, lower left to upper right, in the text colour. */
function paintStrikes(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  state: NetworkPaintState,
  visibleNodes: readonly number[],
  paint: NetworkPaint,
): void {
  context.beginPath();
  for (const i of visibleNodes) {
    if (!state.formerNodes[i]) continue;
    const { x0, y0, x1, y1 } = strikeLine(layout.nodes[i]!);
    context.moveTo(x0, y0);
    context.lineTo(x1, y1);
  }
  context.strokeStyle = paint.text;
  context.lineWidth = Math.max(1.5, 1 / state.transform.k);
  context.stroke();
}

/** The strike through a former node's symbol, a little beyond its edge. */
export function strikeLine(node: { readonly x: number; readonly y: number; readonly radius: number }) {
  const d = node.radius * 0.95;
  return { x0: node.x - d, y0: node.y + d, x1: node.x + d, y1: node.y - d };
}
