import {
  networkLabelText,
  selectionBadgeBox,
  unclutteredLabels,
  type NetworkLayout,
  type NetworkNodeLayout,
} from '@floke/core/actor-network';
import { nothing, svg } from 'lit';
import { cssProperties } from '../base/css-properties.js';
import { selectionBadge } from '../base/selection-badge.js';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { Neighbour, NetworkIndex } from './network-index.js';
import { strikeLine } from './paint-network.js';
import { initiativePathData, symbolPathData } from './symbol-path.js';

/**
 * The highlighted nodes whose labels fit on screen without overprinting, with their label boxes on screen (relative to
 * the layout origin): the focused one first, then partners by tie weight. Zoomed in, all fit; zoomed out, the panel
 * and the announcement name the rest.
 */
export function highlightedLabels(index: NetworkIndex, focus: number, partners: readonly Neighbour[], k: number, selected = -1) {
  const ties = index.view.network.ties;
  const order = [focus, ...[...partners].sort((a, b) => ties[b.tie]!.weight - ties[a.tie]!.weight).map((p) => p.node)];
  const nodes = index.view.layout.nodes;
  // No label under the selection badge: the badge is drawn above the labels and would hide part of one.
  return unclutteredLabels(order, nodes, k, selected >= 0 && nodes[selected] ? [selectionBadgeBox(nodes[selected], k)] : []);
}

export interface OverlayState {
  readonly index: NetworkIndex;
  readonly transform: ViewTransform;
  /** The node whose partners are highlighted (-1: none). */
  readonly focus: number;
  readonly partners: readonly Neighbour[];
  /** Past ties and former nodes as of the date shown (drawn as in the canvas: thinner ties, struck symbols). */
  readonly historic: readonly boolean[];
  readonly former: readonly boolean[];
  readonly matches: readonly number[];
  /** Nodes related to a selection made elsewhere: a dotted ring. */
  readonly related?: readonly number[];
  readonly selected: number;
  /** The node with the tab stop, when it is visible (-1: none). */
  readonly active: number;
  readonly activeLabel: string;
  readonly activePressed: boolean;
  /** Focus came to or left the tab stop; `next` is where it went. */
  readonly focused: (focused: boolean, next?: EventTarget | null) => void;
}

/** The selected node: a solid ring, and the selection badge on it at the upper right, one size on screen. */
function selectedMark(n: NetworkNodeLayout, k: number) {
  const r = n.radius + 7;
  return svg`<circle class="selected-ring" cx=${n.x} cy=${n.y} r=${r}></circle>
    ${selectionBadge(n.x + r * Math.SQRT1_2, n.y - r * Math.SQRT1_2, 1 / k)}`;
}

/** The SVG layer over the canvas: highlight (partners, ties, labels), search and selection rings, and the tab stop. */
export function renderOverlay(state: OverlayState) {
  const { index, focus, partners } = state;
  const layout: NetworkLayout = index.view.layout;
  const ids = index.view.network.nodes;
  const node = (i: number) => layout.nodes[i]!;
  // Highlighted labels are one size on screen however far the view is zoomed (see `networkLabelScale`).
  const labelOf = (n: NetworkNodeLayout) => {
    const text = networkLabelText(n, state.transform.k);
    const style = cssProperties({ 'font-size': `${text.fontSize}px`, 'stroke-width': `${text.haloWidth}px` });
    return text.lines.map(
      (line) => svg`<text class="label" data-label-of=${n.id} x=${line.x} y=${line.y} text-anchor="middle" ${style}>${line.text}</text>`,
    );
  };
  const symbol = (i: number) => {
    const n = node(i);
    if (index.isInitiative[i]) return svg`<path class="initiative-mark" d=${initiativePathData(n.x, n.y, n.radius - 1.5)}></path>`;
    if (!state.former[i])
      return svg`<path class=${`symbol sector-${index.sectorOf[i]}`} d=${symbolPathData(index.sectorOf[i]!, n.x, n.y, n.radius)}></path>`;
    return svg`<path class=${`symbol former sector-${index.sectorOf[i]}`} d=${symbolPathData(index.sectorOf[i]!, n.x, n.y, n.radius - 1)}></path>`;
  };
  const strike = (i: number) => {
    if (!state.former[i]) return nothing;
    const { x0, y0, x1, y1 } = strikeLine(node(i));
    return svg`<line class="strike" x1=${x0} y1=${y0} x2=${x1} y2=${y1}></line>`;
  };
  const active = state.active >= 0 ? node(state.active) : undefined;
  return svg`
    ${
      focus >= 0
        ? svg`<g class="highlight" data-focus=${ids[focus]!.id}>
            ${partners.map(({ node: j, tie }) => {
              const a = node(focus);
              const b = node(j);
              return state.historic[tie]
                ? svg`<line class="tie highlight past" data-partner=${ids[j]!.id} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width="1.5"></line>`
                : svg`<line class="tie highlight" data-partner=${ids[j]!.id} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}
                    stroke-width=${1.5 + Math.min(index.view.network.ties[tie]!.weight, 4)}></line>`;
            })}
            ${[focus, ...partners.map((p) => p.node)].map((i) => symbol(i))}
            ${[focus, ...partners.map((p) => p.node)].map((i) => strike(i))}
            ${partners.map(({ node: j }) => svg`<circle class="partner-ring" data-id=${ids[j]!.id} cx=${node(j).x} cy=${node(j).y} r=${node(j).radius + 4}></circle>`)}
            ${highlightedLabels(index, focus, partners, state.transform.k, state.selected).map(({ index: i }) => labelOf(node(i)))}
          </g>`
        : nothing
    }
    ${state.matches.map((i) => svg`<circle class="match-ring" data-match=${ids[i]!.id} cx=${node(i).x} cy=${node(i).y} r=${node(i).radius + 6}></circle>`)}
    ${(state.related ?? []).map((i) => svg`<circle class="related-ring" data-related=${ids[i]!.id} cx=${node(i).x} cy=${node(i).y} r=${node(i).radius + 6}></circle>`)}
    ${state.selected >= 0 ? selectedMark(node(state.selected), state.transform.k) : nothing}
    ${
      active
        ? svg`<g class="node" tabindex="0" role="button" data-id=${active.id}
            aria-label=${state.activeLabel}
            aria-pressed=${state.activePressed ? 'true' : 'false'}
            @focus=${() => state.focused(true)}
            @blur=${(event: FocusEvent) => state.focused(false, event.relatedTarget)}>
            <circle class="focus-ring" cx=${active.x} cy=${active.y} r=${active.radius + 9}></circle>
          </g>`
        : nothing
    }
  `;
}
