import { minimumAlpha, SECTOR_COLOR_KEYS, type Box, type SectorColorKey } from '@floke/core';
import { occupiedBands, selectionBadgeBox, type NetworkLayout, type NetworkVisibility } from '@floke/core/actor-network';
import { resolvedColor } from '../base/resolved-color.js';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { NetworkIndex } from './network-index.js';
import { networkMarks } from './network-marks.js';
import { highlightedLabels } from './network-overlay.js';
import { paintNetwork, type DrawnLabel, type NetworkPaint } from './paint-network.js';
import { TieLayer } from './tie-layer.js';
import type { NetworkCompareMarks } from '@floke/core/actor-network';
import { ghostsOnScreen, paintCompareMarks, tieChangesOnScreen, type DrawnGhost, type DrawnTieChange } from './paint-compare-marks.js';
import { changeBadgesOnScreen, paintChangeBadges, type NetworkChangeBadge, type NetworkChanges } from './paint-change-badges.js';

const changeBadgeCounts = (badges: readonly NetworkChangeBadge[]) =>
  (['new', 'changed'] as const).map((status) => `${status}:${badges.filter((b) => b.status === status).length}`).join(' ');

/** What one canvas frame shows: the network, what the filter keeps, the pan/zoom and the highlighted node. */
export interface NetworkFrame {
  readonly index: NetworkIndex;
  readonly visibility: NetworkVisibility;
  readonly transform: ViewTransform;
  /** The node whose partners are highlighted (-1: none). */
  readonly focus: number;
  /** The selected node, whose badge the highlight layer draws (-1: none). */
  readonly selected?: number;
  readonly bandNames: readonly string[];
  /** Boxes on screen that canvas labels keep clear of, beyond the highlight's (workshop mode's "new" tags). */
  readonly reserved?: readonly DrawnLabel['box'][];
  /** Compare mode: new and changed nodes get a badge (see `paint-change-badges.ts`). */
  readonly changes?: NetworkChanges | undefined;
  /** Compare mode: gone actors' ghosts and gained/lost ties (see `paint-compare-marks.ts`). */
  readonly compareMarks?: NetworkCompareMarks | undefined;
}

/**
 * Paints the network's canvas: colours resolved once per theme from the host's custom properties, ties from cached
 * bitmaps, labels by level of detail, leaving room for the labels the SVG highlight layer draws above.
 */
export class NetworkPainter {
  readonly ties = new TieLayer();
  /** The labels of the last frame (canvas and highlight layer), with their boxes on screen. */
  labelBoxes: readonly DrawnLabel[] = [];
  /** The change badges of the last frame, with their boxes on screen. */
  changeBadges: readonly NetworkChangeBadge[] = [];
  /** The ghosts of gone actors and the gained/lost ties of the last frame, on screen. */
  ghosts: readonly DrawnGhost[] = [];
  tieChanges: readonly DrawnTieChange[] = [];
  #colors?: NetworkPaint;
  #occupied?: { visibility: NetworkVisibility; bands: boolean[] };
  #lastTransform?: ViewTransform;

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

  /** Which bands the filter leaves any node in; computed once per filter, not per frame. */
  #occupiedBands(index: NetworkIndex, visibility: NetworkVisibility): readonly boolean[] {
    if (this.#occupied?.visibility !== visibility)
      this.#occupied = { visibility, bands: occupiedBands(index.view.layout, visibility.nodes) };
    return this.#occupied.bands;
  }

  /** Paints one frame; returns whether to paint again (a sharper tie bitmap is still being drawn). */
  paint(context: CanvasRenderingContext2D, size: { width: number; height: number }, ratio: number, frame: NetworkFrame): boolean {
    const { index, visibility, transform, focus } = frame;
    // A frame whose pan/zoom moved since the last is one of a gesture or transition: its labels skip the costly
    // search for room, and one more frame is asked for, which, unmoved, does the search.
    const last = this.#lastTransform;
    const moving = !last || last.x !== transform.x || last.y !== transform.y || last.k !== transform.k;
    this.#lastTransform = transform;
    const highlighted = focus < 0 ? [] : [focus, ...index.visibleNeighbours(focus, visibility).map((n) => n.node)];
    const above = highlightedLabelBoxes(frame);
    // The selection badge takes no clicks (it is not a label), but canvas labels keep clear of it too.
    const badge = selectionBadgeOnScreen(frame);
    const changeBadges = frame.changes
      ? changeBadgesOnScreen(index.view.layout, { transform, ...size, visibleNodes: visibility.nodes }, frame.changes)
      : [];
    const compareView = { transform, ...size, visibleNodes: visibility.nodes };
    context.font = `12px ${this.colors.font}`;
    const ghosts = frame.compareMarks ? ghostsOnScreen(frame.compareMarks, compareView, (t) => context.measureText(t).width) : [];
    const taken = [...changeBadges, ...ghosts].map(({ box }) => box);
    const tieChanges = frame.compareMarks ? tieChangesOnScreen(index.view.layout, frame.compareMarks, compareView, taken) : [];
    const plusMarks = tieChanges.flatMap((tie) => (tie.marker ? [{ box: tie.marker }] : []));
    const labels = paintNetwork(
      context,
      index.view.layout,
      {
        transform,
        width: size.width,
        height: size.height,
        ratio,
        ...networkMarks(index, visibility, frame.bandNames),
        labelOrder: index.labelOrder,
        shortLabels: index.shortLabels,
        dimmed: focus >= 0,
        labelledAbove: new Set(highlighted),
        reservedLabelBoxes: [
          ...[...above, ...badge, ...changeBadges, ...ghosts, ...plusMarks].map(({ box }) => box),
          ...(frame.reserved ?? []),
        ],
        occupiedBands: this.#occupiedBands(index, visibility),
        settled: !moving,
      },
      this.colors,
      this.ties,
    );
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (frame.compareMarks) paintCompareMarks(context, tieChanges, ghosts, this.colors);
    if (frame.changes) {
      paintChangeBadges(context, changeBadges, this.colors, frame.changes.newWord);
    }
    // How many labels the level of detail drew: a fact of the drawing that tests and benchmarks read.
    context.canvas.dataset.labels = String(labels.length);
    // Likewise the change badges, by status ("new:3 changed:2"), and where they are (the labels keep clear of them).
    this.changeBadges = changeBadges;
    if (frame.changes) context.canvas.dataset.changeBadges = changeBadgeCounts(changeBadges);
    else delete context.canvas.dataset.changeBadges;
    this.ghosts = ghosts;
    this.tieChanges = tieChanges;
    if (frame.compareMarks) {
      context.canvas.dataset.ghosts = ghosts.map((g) => g.id).join(' ');
      context.canvas.dataset.tieChanges = (['gained', 'lost'] as const)
        .map((status) => `${status}:${tieChanges.filter((t) => t.status === status).length}`)
        .join(' ');
    } else {
      delete context.canvas.dataset.ghosts;
      delete context.canvas.dataset.tieChanges;
    }
    this.labelBoxes = [...above, ...labels];
    return this.ties.busy || moving;
  }

  /** The label (as last painted) at a point on screen (CSS px from the drawing's top left), if any. */
  labelAt(x: number, y: number): DrawnLabel | undefined {
    return this.labelBoxes.find(({ box }) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1);
  }
}

/** The labels the highlight layer draws, with their boxes on screen, so canvas labels keep clear of them. */
function highlightedLabelBoxes({ index, visibility, transform, focus, selected = -1 }: NetworkFrame): DrawnLabel[] {
  if (focus < 0) return [];
  const { x, y, k } = transform;
  return highlightedLabels(index, focus, index.visibleNeighbours(focus, visibility), k, selected).map(({ index: node, box }) => ({
    index: node,
    box: { x0: box.x0 + x, x1: box.x1 + x, y0: box.y0 + y, y1: box.y1 + y },
  }));
}

/** The selected node's badge on screen, as the highlight layer draws it (`selectedMark`). */
function selectionBadgeOnScreen({ index, transform: { x, y, k }, selected = -1 }: NetworkFrame): { box: DrawnLabel['box'] }[] {
  const node = index.view.layout.nodes[selected];
  if (!node) return [];
  const box = selectionBadgeBox(node, k);
  return [{ box: { x0: box.x0 + x, x1: box.x1 + x, y0: box.y0 + y, y1: box.y1 + y } }];
}

/**
 * The canvas colours in the current theme. In forced-colours mode the reader's system colours, read with
 * `forced-color-adjust: none` (a probe's `var(…)` colour would be forced to one colour, turning the whole canvas into
 * one solid block): every mark in `CanvasText` on `Canvas`, sectors told apart by shape alone.
 */
function resolveColors(host: HTMLElement): NetworkPaint {
  if (forcedColors()) {
    const text = resolvedColor(host, 'CanvasText', { forced: true });
    const background = resolvedColor(host, 'Canvas', { forced: true });
    return {
      background,
      band: background,
      text,
      textSubtle: text,
      tie: text,
      tieAlpha: 1,
      initiative: text,
      font: getComputedStyle(host).getPropertyValue('--_font').trim() || 'sans-serif',
      sectors: Object.fromEntries(SECTOR_COLOR_KEYS.map((key) => [key, text])) as Record<SectorColorKey, string>,
    };
  }
  const color = (name: string) => resolvedColor(host, `var(${name})`);
  const background = color('--_background');
  const tie = color('--_text-subtle');
  return {
    background,
    band: color('--_surface'),
    text: color('--_text'),
    textSubtle: tie,
    tie,
    tieAlpha: tieAlpha(tie, background),
    initiative: color('--_initiative'),
    font: getComputedStyle(host).getPropertyValue('--_font').trim() || 'sans-serif',
    sectors: Object.fromEntries(SECTOR_COLOR_KEYS.map((key) => [key, color(`--_sector-${key}`)])) as Record<SectorColorKey, string>,
  };
}

/**
 * The pan/zoom that shows `extent` (default: the whole network) in a stage of this size, centred, at most 2× (an
 * empty stage keeps identity). The margin keeps labels at the edges, wider than their boxes when zoomed out, inside
 * the drawing; `gutter` (CSS px, at least that margin) is kept free on the left for the band names, so at the fitted
 * view they head their rows instead of sitting on the first community's members.
 */
export function fitTransform(
  layout: NetworkLayout,
  size: { width: number; height: number },
  extent?: Box,
  gutter = FIT_MARGIN,
): ViewTransform {
  if (size.width === 0 || size.height === 0) return { x: 0, y: 0, k: 1 };
  // `extent` is a core `Box`: by its centre.
  const box = extent ?? { x: layout.width / 2, y: layout.height / 2, width: layout.width, height: layout.height };
  const left = Math.min(Math.max(gutter, FIT_MARGIN), size.width / 3);
  const room = size.width - left - FIT_MARGIN;
  const height = size.height - FIT_TOP - FIT_BOTTOM;
  const k = Math.min(room / Math.max(box.width, 1), height / Math.max(box.height, 1), 2);
  return { x: left + room / 2 - box.x * k, y: FIT_TOP + height / 2 - box.y * k, k };
}

/**
 * Room (CSS px) kept free above the fitted drawing, two lines of text: the top tier's community names and the names
 * moved out of its top row go there. Below it, a little margin only.
 */
const FIT_TOP = 30;
const FIT_BOTTOM = 12;

/** Room (CSS px) left free at each side of the fitted drawing, for labels that poke out of their nodes' boxes. */
const FIT_MARGIN = 40;

/** Whether the reader's system forces its own colours (Windows high contrast and the like). */
export const forcedColors = () => typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;

/** The least opacity at which ties reach 3:1 on the background; opaque when a colour cannot be read. */
function tieAlpha(tie: string, background: string): number {
  const hex = (rgb: string) => {
    const channels = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb)?.slice(1).map(Number);
    return channels && `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  };
  const [t, b] = [hex(tie), hex(background)];
  return t && b ? minimumAlpha(t, b, 3) : 1;
}
