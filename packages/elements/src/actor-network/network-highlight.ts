import type { NetworkVisibility } from '@floke/core/actor-network';
import { render } from 'lit';
import type { DataMarker } from '../base/data-lang.js';
import type { UiStrings } from '../base/strings.js';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { NetworkIndex } from './network-index.js';
import { renderOverlay } from './network-overlay.js';
import { renderNetworkPanel } from './network-panel.js';
import type { NetworkWords } from './network-words.js';

/** Where the highlight layers go: the overlay SVG, its zoomed group, the panel's container, and the view. */
export interface HighlightTargets {
  readonly overlay: SVGSVGElement;
  readonly viewport: SVGGElement;
  readonly panel: HTMLElement;
  readonly host: HTMLElement;
}

/** The interaction state the layers show. Nodes are indexes into the network (-1: none). */
export interface HighlightState {
  readonly index: NetworkIndex;
  readonly words: NetworkWords;
  readonly strings: UiStrings;
  readonly visibility: NetworkVisibility | undefined;
  readonly transform: ViewTransform;
  /** The node whose partners are highlighted. */
  readonly focus: number;
  readonly hovered: number;
  /** The node with the tab stop. */
  readonly active: number;
  readonly keyboardFocus: boolean;
  readonly selected: string | undefined;
  /** The node whose ties T put in the panel (while the keyboard is on it), else -1. */
  readonly listed: number;
  readonly matches: readonly string[] | undefined;
  /** Ids related to a selection made elsewhere (see `FlokeView.related`). */
  readonly related?: ReadonlySet<string>;
  /** The level of the panel's heading. */
  readonly headingLevel: number;
  /** Marks the document's words in the UI's sentences with their own `lang` (see `dataMarker`). */
  readonly data: DataMarker;
  /** Compare mode: the status word after a node's name (", ny"), '' when unchanged. */
  readonly changeWord?: (id: string) => string;
}

export interface HighlightActions {
  readonly focused: (focused: boolean, next?: EventTarget | null) => void;
  readonly moveTo: (node: number, from?: number) => void;
  readonly clearSelection: () => void;
}

/**
 * Renders the overlay (highlight, rings, tab stop) and the panel straight into their containers, outside the view's
 * own template, so hovering and zooming cost two small renders instead of the whole view.
 */
export function renderHighlightLayers(targets: HighlightTargets, state: HighlightState, actions: HighlightActions): void {
  const { index, words, visibility } = state;
  const nodes = index.view.network.nodes;
  const selected = state.selected !== undefined ? (index.index.get(state.selected) ?? -1) : -1;
  const active = state.active >= 0 && visibility?.nodes[state.active] ? state.active : -1;
  const matchIds = new Set(state.matches ?? []);
  render(
    renderOverlay({
      index,
      transform: state.transform,
      focus: state.focus,
      partners: state.focus >= 0 ? index.visibleNeighbours(state.focus, visibility) : [],
      historic: visibility?.historic ?? [],
      former: visibility?.former ?? [],
      matches: matchIds.size ? nodes.flatMap((node, i) => (matchIds.has(node.id) ? [i] : [])) : [],
      related: state.related?.size ? nodes.flatMap((node, i) => (state.related!.has(node.id) && visibility?.nodes[i] ? [i] : [])) : [],
      selected: selected >= 0 && visibility?.nodes[selected] ? selected : -1,
      active,
      activeLabel: active >= 0 ? `${words.node(active)}${state.changeWord?.(nodes[active]!.id) ?? ''}` : '',
      activePressed: active >= 0 && state.selected === nodes[active]!.id,
      focused: actions.focused,
    }),
    targets.viewport,
    { host: targets.host },
  );
  // The panel tells of the node T listed, else the selected node, else the hovered one, else the one the keyboard is on; else the brokers.
  const listed = state.keyboardFocus && state.listed >= 0 && state.listed === state.active ? state.listed : -1;
  const panelFocus =
    listed >= 0
      ? listed
      : selected >= 0
        ? selected
        : state.hovered >= 0
          ? state.hovered
          : state.keyboardFocus && state.active >= 0
            ? state.active
            : undefined;
  render(
    renderNetworkPanel({
      index,
      words,
      strings: state.strings,
      visibility,
      focus: panelFocus,
      hasSelection: state.selected !== undefined,
      moveTo: actions.moveTo,
      clearSelection: actions.clearSelection,
      headingLevel: state.headingLevel,
      data: state.data,
    }),
    targets.panel,
    { host: targets.host },
  );
  targets.overlay.classList.toggle('hovering', state.hovered >= 0);
}
