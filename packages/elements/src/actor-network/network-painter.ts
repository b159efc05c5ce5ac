import { SECTOR_COLOR_KEYS, type SectorColorKey } from '@floke/core';
import type { NetworkLayout, NetworkVisibility } from '@floke/core/actor-network';
import { resolvedColor } from '../base/export-image.js';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { NetworkIndex } from './network-index.js';
import type { NetworkMarks } from './network-marks.js';
import { highlightedLabels } from './network-overlay.js';
import { paintNetwork, type NetworkPaint, type ScreenBox } from './paint-network.js';
import { TieLayer } from './tie-layer.js';

/** What one canvas frame shows: the network, what the filter keeps, the pan/zoom and the highlighted node. */
export interface NetworkFrame {
  readonly index: NetworkIndex;
  readonly visibility: NetworkVisibility;
  readonly transform: ViewTransform;
  /** The node whose partners are highlighted (-1: none). */
  readonly focus: number;
  readonly bandNames: readonly string[];
}

/**
 * Paints the network's canvas: colours resolved once per theme from the host's custom properties, ties from cached
 * bitmaps, labels by level of detail, leaving room for the labels the SVG highlight layer draws above.
 */
export class NetworkPainter {
  readonly ties = new TieLayer();
  /** The labels of the last frame (canvas and highlight layer), with their boxes on screen. */
  labelBoxes: readonly { index: number; box: ScreenBox }[] = [];
  #colors?: NetworkPaint;

  constructor(private readonly host: HTMLElement) {}

  /** The theme changed: resolve the colours again and redraw the tie bitmaps. */
  invalidateTheme(): void {
    this.#colors = undefined;
    this.ties.invalidate();
  }

  /** The colours and font the canvas paints with, in the current theme. */
  get colors(): NetworkPaint {
    this.#colors ??= resolveColors(this.host);
    return this.#colors;
  }

  /** The marks every drawing of the network needs (canvas and SVG export). */
  marks(index: NetworkIndex, visibility: NetworkVisibility, bandNames: readonly string[]): NetworkMarks {
    return {
      visibleNodes: visibility.nodes,
      visibleTies: visibility.ties,
      historicTies: visibility.historic,
      formerNodes: visibility.former,
      sectorOf: index.sectorOf,
      isInitiative: index.isInitiative,
      isBroker: index.isBroker,
      bandNames,
    };
  }

  /** Paints one frame; returns whether to paint again (a sharper tie bitmap is still being drawn). */
  paint(context: CanvasRenderingContext2D, size: { width: number; height: number }, ratio: number, frame: NetworkFrame): boolean {
    const { index, visibility, transform, focus } = frame;
    const highlighted = focus < 0 ? [] : [focus, ...index.visibleNeighbours(focus, visibility).map((n) => n.node)];
    const above = highlightedLabelBoxes(frame);
    const drawnLabels: { index: number; box: ScreenBox }[] = [];
    const labels = paintNetwork(
      context,
      index.view.layout,
      {
        transform,
        width: size.width,
        height: size.height,
        ratio,
        ...this.marks(index, visibility, frame.bandNames),
        labelOrder: index.labelOrder,
        labels: index.labels,
        dimmed: focus >= 0,
        labelledAbove: new Set(highlighted),
        reservedLabelBoxes: above.map(({ box }) => box),
        drawnLabels,
      },
      this.colors,
      this.ties,
    );
    // How many labels the level of detail drew: a fact of the drawing that tests and benchmarks read.
    context.canvas.dataset.labels = String(labels);
    this.labelBoxes = [...above, ...drawnLabels];
    return this.ties.busy;
  }

  /** The node whose label (as last painted) is at a point on screen (CSS px from the drawing's top left); -1: none. */
  labelAt(x: number, y: number): number {
    const hit = this.labelBoxes.find(({ box }) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1);
    return hit ? hit.index : -1;
  }
}

/** Screen boxes of the labels the highlight layer draws, so canvas labels keep clear of them. */
function highlightedLabelBoxes({ index, visibility, transform, focus }: NetworkFrame): { index: number; box: ScreenBox }[] {
  if (focus < 0) return [];
  const { x, y, k } = transform;
  return highlightedLabels(index, focus, index.visibleNeighbours(focus, visibility), k).map(({ index: node, box }) => ({
    index: node,
    box: { x0: box.x0 + x, x1: box.x1 + x, y0: box.y0 + y, y1: box.y1 + y },
  }));
}

function resolveColors(host: HTMLElement): NetworkPaint {
  const color = (name: string) => resolvedColor(host, `var(${name})`);
  return {
    background: color('--_background'),
    band: color('--_surface'),
    text: color('--_text'),
    textSubtle: color('--_text-subtle'),
    tie: color('--_text-subtle'),
    font: getComputedStyle(host).getPropertyValue('--_font').trim() || 'sans-serif',
    sectors: Object.fromEntries(SECTOR_COLOR_KEYS.map((key) => [key, color(`--_sector-${key}`)])) as Record<SectorColorKey, string>,
  };
}

/**
 * The pan/zoom that shows the whole network in a stage of this size, centred, at most 2× (an empty stage keeps
 * identity). The margin keeps labels at the edges, wider than their boxes when zoomed out, inside the drawing.
 */
export function fitTransform(layout: NetworkLayout, size: { width: number; height: number }): ViewTransform {
  if (size.width === 0 || size.height === 0) return { x: 0, y: 0, k: 1 };
  const k = Math.min((size.width - 80) / layout.width, (size.height - 24) / layout.height, 2);
  return { x: (size.width - layout.width * k) / 2, y: (size.height - layout.height * k) / 2, k };
}
