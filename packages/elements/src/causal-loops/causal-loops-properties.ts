import type { CausalLoopDiagram, NormalizedDocument, TextStyle } from '@floke/core';
import { property } from 'lit/decorators.js';
import { FlokeView } from '../base/floke-view.js';
import { wholeNumberAttribute } from '../base/number-attribute.js';
import type { DocumentEditor } from '../controllers/document-editor.js';

/** Ways to arrange the factors; see `layoutCausalLoops`. */
export const CLD_ARRANGEMENTS = ['auto', 'force', 'circle'] as const;
export type CldArrangement = (typeof CLD_ARRANGEMENTS)[number];

/**
 * Loops the view looks for by default: far more than anyone reads, few enough to hand over from the Worker and
 * list quickly. `findLoops` itself defaults to 10,000; raise `loop-limit` to search further.
 */
export const VIEW_LOOP_LIMIT = 2000;

/** What the diagram is computed from: model, loop limit, longest loop, arrangement and the reader's text style. */
export type LoopInputs = readonly [NormalizedDocument, number, number | undefined, CldArrangement, TextStyle];

/** The attributes and properties of `<floke-causal-loops>`: the highlighted loop, the loop search and the layout. */
export abstract class CausalLoopsProperties extends FlokeView<LoopInputs, CausalLoopDiagram> {
  /** The highlighted loop: its id, or its code (`R1`, `B2`). */
  @property({ reflect: true }) loop?: string;

  /**
   * With `loop`: tour the loop link by link and show this link (from 1; a named loop starts at its author's first
   * member). The tour bar, arrow keys and PageUp/PageDown step on; Esc ends the tour.
   */
  @property({ type: Number, attribute: 'tour-step', reflect: true }) tourStep?: number;

  /** Stop looking for loops after this many. */
  @property({ attribute: 'loop-limit', converter: wholeNumberAttribute('loop-limit', VIEW_LOOP_LIMIT) }) loopLimit = VIEW_LOOP_LIMIT;

  /** Only find loops of at most this many links. */
  @property({ attribute: 'max-loop-length', converter: wholeNumberAttribute('max-loop-length', undefined) }) maxLoopLength?: number;

  /** How to arrange the factors: `auto`, `force` or `circle`. */
  @property() arrangement: CldArrangement = 'auto';

  /**
   * Workshop mode: add, rename, move and remove factors, draw and change links, add notes; each change is a new
   * document (the given one is never mutated), a `floke-change` event and an undoable step, and a draft in IndexedDB.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Set by `<floke-explorer editable>` on its views (property only): the explorer's editor. Edits then go to the
   * explorer's document, with one history, one draft and one `floke-change` stream for every view, and the explorer's
   * toolbar holds the counts, undo and redo, files and export. Leave it unset for a view on its own.
   */
  @property({ attribute: false }) sharedEditor?: DocumentEditor;

  /** Lay out on the main thread instead of in a Worker. */
  @property({ type: Boolean, attribute: 'no-worker' }) noWorker = false;
}
