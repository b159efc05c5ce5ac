import type { NetworkLayout, NetworkNodeLayout } from '@floke/core/network';
import { nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { Neighbour, NetworkIndex } from './network-index.js';
import type { ScreenBox } from './paint-network.js';
import { symbolPathData } from './symbol-path.js';

/** Highlighted labels: font size, line spacing, gap under the symbol and halo width, in screen px at zoom ≥ 1. */
export const HIGHLIGHT_LABEL = { fontSize: 11, lineHeight: 13, gap: 3, halo: 3 } as const;

/**
 * The highlighted nodes whose labels fit on screen without overprinting, with their label boxes on screen (relative to
 * the layout origin): the focused one first, then partners by tie weight. Zoomed in, all fit; zoomed out, the panel
 * and the announcement name the rest.
 */
export function unclutteredLabels(
  index: NetworkIndex,
  focus: number,
  partners: readonly Neighbour[],
  transform: ViewTransform,
): { index: number; box: ScreenBox }[] {
  const { layout, network } = index.view;
  const { k } = transform;
  const scale = Math.max(1, 1 / k);
  const ties = network.ties;
  const order = [focus, ...[...partners].sort((a, b) => ties[b.tie]!.weight - ties[a.tie]!.weight).map((p) => p.node)];
  const shown: { index: number; box: ScreenBox }[] = [];
  for (const i of order) {
    const n = layout.nodes[i]!;
    const x = n.x * k;
    const y = (n.y + n.radius) * k;
    const half = (n.box.width * scale * k) / 2;
    const box = {
      x0: x - half,
      x1: x + half,
      y0: y,
      y1: y + (HIGHLIGHT_LABEL.gap + n.lines.length * HIGHLIGHT_LABEL.lineHeight) * scale * k,
    };
    if (shown.some(({ box: p }) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1)) continue;
    shown.push({ index: i, box });
  }
  return shown;
}

export interface OverlayState {
  readonly index: NetworkIndex;
  readonly transform: ViewTransform;
  /** The node whose partners are highlighted (-1: none). */
  readonly focus: number;
  readonly partners: readonly Neighbour[];
  readonly matches: readonly number[];
  readonly selected: number;
  /** The node with the tab stop, when it is visible (-1: none). */
  readonly active: number;
  readonly activeLabel: string;
  readonly activePressed: boolean;
  readonly focused: (focused: boolean) => void;
}

/** The SVG layer over the canvas: highlight (partners, ties, labels), search and selection rings, and the tab stop. */
export function renderOverlay(state: OverlayState) {
  const { index, focus, partners } = state;
  const layout: NetworkLayout = index.view.layout;
  const ids = index.view.network.nodes;
  const node = (i: number) => layout.nodes[i]!;
  // Highlighted labels stay readable however far out the view is zoomed: at least 11 px on screen.
  const scale = Math.max(1, 1 / state.transform.k);
  const m = HIGHLIGHT_LABEL;
  const labelStyle = styleMap({ 'font-size': `${m.fontSize * scale}px`, 'stroke-width': `${m.halo * scale}px` });
  const labelOf = (n: NetworkNodeLayout) =>
    n.lines.map(
      (line, k) =>
        svg`<text class="label" x=${n.x} y=${n.y + n.radius + (m.gap + 10 + k * m.lineHeight) * scale} text-anchor="middle" style=${labelStyle}>${line}</text>`,
    );
  const symbol = (i: number) => {
    const n = node(i);
    return index.isInitiative[i]
      ? svg`<circle class="initiative-ring" cx=${n.x} cy=${n.y} r=${n.radius - 1.5}></circle>`
      : svg`<path class=${`symbol sector-${index.sectorOf[i]}`} d=${symbolPathData(index.sectorOf[i]!, n.x, n.y, n.radius)}></path>`;
  };
  const active = state.active >= 0 ? node(state.active) : undefined;
  return svg`
    ${
      focus >= 0
        ? svg`<g class="highlight" data-focus=${ids[focus]!.id}>
            ${partners.map(({ node: j, tie }) => {
              const a = node(focus);
              const b = node(j);
              return svg`<line class="tie highlight" data-partner=${ids[j]!.id} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}
                stroke-width=${1.5 + Math.min(index.view.network.ties[tie]!.weight, 4)}></line>`;
            })}
            ${[focus, ...partners.map((p) => p.node)].map((i) => symbol(i))}
            ${partners.map(({ node: j }) => svg`<circle class="partner-ring" data-id=${ids[j]!.id} cx=${node(j).x} cy=${node(j).y} r=${node(j).radius + 4}></circle>`)}
            ${unclutteredLabels(index, focus, partners, state.transform).map(({ index: i }) => labelOf(node(i)))}
          </g>`
        : nothing
    }
    ${state.matches.map((i) => svg`<circle class="match-ring" data-match=${ids[i]!.id} cx=${node(i).x} cy=${node(i).y} r=${node(i).radius + 6}></circle>`)}
    ${state.selected >= 0 ? svg`<circle class="selected-ring" cx=${node(state.selected).x} cy=${node(state.selected).y} r=${node(state.selected).radius + 7}></circle>` : nothing}
    ${
      active
        ? svg`<g class="node" tabindex="0" role="button" data-id=${active.id}
            aria-label=${state.activeLabel}
            aria-pressed=${state.activePressed ? 'true' : 'false'}
            @focus=${() => state.focused(true)}
            @blur=${() => state.focused(false)}>
            <circle class="focus-ring" cx=${active.x} cy=${active.y} r=${active.radius + 9}></circle>
          </g>`
        : nothing
    }
  `;
}
