import {
  loopsDrawing,
  placeExtraLoopMarker,
  type CausalLoopDiagram,
  type CldNode,
  type Loop,
  type LoopsSvgState,
  type MarksState,
  type ViewDrawing,
} from '@floke/core';
import type { CommonUiStrings } from '../base/strings.js';
import { focusOf } from './loop-focus.js';
import type { LoopIndex } from './loop-index.js';
import type { LoopWords } from './loop-words.js';

/**
 * The causal-loop diagram's drawing for `toSVG()` and the CLI's `floke render`, from one place so both draw the same
 * state with the same words: DOM-free (the CLI runs it in Node).
 */

/** What the view shows for a highlighted loop and a factor in focus (hovered, focused or selected). */
export interface LoopsViewState {
  readonly loop?: Loop | undefined;
  /** The factor whose neighbourhood stays at full strength when no loop is highlighted. */
  readonly factor?: string | undefined;
  readonly selected?: string | undefined;
  readonly related?: ReadonlySet<string> | undefined;
  readonly matches?: ReadonlySet<string> | undefined;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState | undefined;
  /** The view's names for factors (with "ny", "endret" and progress words); the words' own else. */
  readonly nodeLabel?: ((node: CldNode) => string) | undefined;
}

/** The drawing's state: the loop raised and the rest dimmed, or the factor's neighbourhood with the rest faded. */
export function loopsSvgState(diagram: CausalLoopDiagram, view: LoopsViewState): LoopsSvgState {
  const { loop } = view;
  return {
    ...(loop
      ? { highlight: { loopId: loop.id, polarity: loop.polarity, members: new Set(loop.members), links: new Set(loop.links) } }
      : {}),
    focus: focusOf(diagram.layout, loop, view.factor),
    selected: view.selected,
    related: view.related,
    matches: view.matches,
    extraMarker: loop && placeExtraLoopMarker(diagram.layout, loop),
    marks: view.marks,
  };
}

/** The diagram as its element draws it in the given state. */
export function loopsViewDrawing(
  diagram: CausalLoopDiagram,
  index: LoopIndex,
  words: LoopWords,
  t: CommonUiStrings,
  view: LoopsViewState,
): ViewDrawing {
  return loopsDrawing(
    diagram.layout,
    {
      diagramLabel: t.cld.diagramLabel,
      nodeLabel: view.nodeLabel ?? ((node) => words.factor(node)),
      linkLabel: (link) => words.link(link),
      markerLabel: (marker) => words.loop(index.loopsById.get(marker.loopId)!),
      codes: index.codes,
      loopCount: diagram.loops.length,
    },
    loopsSvgState(diagram, view),
  );
}
