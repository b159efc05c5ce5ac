import { networkDrawing, type NetworkCompareSvgInput, type SectorColorKey, type ViewDrawing } from '@floke/core';
import type { NetworkVisibility } from '@floke/core/actor-network';
import type { NetworkIndex } from './network-index.js';
import { networkMarks } from './network-marks.js';
import { initiativePathData, symbolPathData } from './symbol-path.js';

/**
 * The network's drawing for `toSVG()` and the CLI's `floke render`, from one place so both draw the same marks and
 * highlight: DOM-free (the CLI runs it in Node).
 */

/** What the view shows over the network: a node in focus with its partners, the selection, search and related rings. */
export interface NetworkViewState {
  /** The node whose partners are highlighted (hovered, focused or selected; -1: none). */
  readonly focus: number;
  readonly selected?: string | undefined;
  readonly matches?: readonly string[] | undefined;
  readonly related?: ReadonlySet<string> | undefined;
  /** Compare mode's marks, as the canvas paints them. */
  readonly compare?: NetworkCompareSvgInput | undefined;
}

/** The network as its element draws it (canvas and overlay) in the given state, under the given filter. */
export function networkViewDrawing(
  index: NetworkIndex,
  visibility: NetworkVisibility,
  bandNames: readonly string[],
  sectorFill: Readonly<Record<SectorColorKey, string>>,
  state: NetworkViewState,
): ViewDrawing {
  const nodes = index.view.network.nodes;
  const shown = (id: string) => {
    const i = index.index.get(id) ?? -1;
    return i >= 0 && visibility.nodes[i] ? [i] : [];
  };
  const focus = state.focus >= 0 && visibility.nodes[state.focus] ? state.focus : -1;
  const matches = new Set(state.matches ?? []);
  return networkDrawing(
    index.view.layout,
    {
      ...networkMarks(index, visibility, bandNames),
      sectorFill,
      symbolPath: symbolPathData,
      initiativePath: initiativePathData,
    },
    {
      focus,
      partners: focus >= 0 ? index.visibleNeighbours(focus, visibility) : [],
      selected: state.selected === undefined ? -1 : (shown(state.selected)[0] ?? -1),
      matches: matches.size ? nodes.flatMap((node, i) => (matches.has(node.id) ? [i] : [])) : [],
      related: [...(state.related ?? [])].flatMap(shown),
      ...(state.compare ? { compare: state.compare } : {}),
    },
  );
}
