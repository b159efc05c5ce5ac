import type { NormalizedDocument } from '@floke/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import '../actor-network.js';
import '../causal-loops.js';
import '../horizons.js';
import '../iceberg.js';
import '../summary.js';
import type { ProblemMode } from '../base/calm-problems.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import type { ExplorerView } from './explorer-views.js';
import type { NetworkFilterKey } from './url-state.js';

/** What one drawing view is given of the explorer's selection. */
export interface ViewSelection {
  readonly selected: string | undefined;
  readonly related: readonly string[];
  readonly relatedTo: string | undefined;
}

/** What the explorer hands a view: the shared model, the selection as that view sees it, and its URL-kept state. */
export interface ViewState {
  readonly model: NormalizedDocument;
  /** The explorer's selection (the overview takes it as it is). */
  readonly selected: string | undefined;
  /** The selection as a drawing view sees it; undefined for the overview. */
  readonly selection: ViewSelection | undefined;
  readonly filters: Readonly<Partial<Record<NetworkFilterKey, string>>>;
  readonly loop: string | undefined;
  /** With `loop`: the link of the loop tour to show (from a story step). */
  readonly tourStep?: number | undefined;
  readonly headingLevel: number;
  readonly problems: ProblemMode;
  /** The earlier version every drawing view compares with (compare mode), if any. */
  readonly compareModel: NormalizedDocument | undefined;
  /**
   * Workshop mode: the explorer's editor. Each drawing view gets `editable` and `.sharedEditor`, and edits through it
   * (see README, "Workshop mode in the explorer"); a view that does not edit yet ignores both.
   */
  readonly editor?: DocumentEditor | undefined;
}

const NO_SELECTION: ViewSelection = { selected: undefined, related: [], relatedTo: undefined };

/** One of the explorer's views, given the shared model (`.model`: no view loads or normalizes again). */
export function renderExplorerView(view: ExplorerView, state: ViewState) {
  const { model } = state;
  if (view === 'overview') {
    return html`<floke-summary
      data-view="overview"
      .model=${model}
      .selected=${live(state.selected)}
      .compareModel=${state.compareModel}
      heading-level=${state.headingLevel}
      problems=${state.problems}
    ></floke-summary>`;
  }
  const s = state.selection ?? NO_SELECTION;
  const f = state.filters;
  switch (view) {
    case 'iceberg':
      return html`<floke-iceberg
        data-view="iceberg"
        heading-level=${state.headingLevel}
        .model=${model}
        .selected=${live(s.selected)}
        .related=${s.related}
        related-to=${ifDefined(s.relatedTo)}
        .compareModel=${state.compareModel}
        ?editable=${state.editor !== undefined}
        .sharedEditor=${state.editor}
      ></floke-iceberg>`;
    case 'horizons':
      return html`<floke-horizons
        data-view="horizons"
        heading-level=${state.headingLevel}
        .model=${model}
        .selected=${live(s.selected)}
        .related=${s.related}
        related-to=${ifDefined(s.relatedTo)}
        .compareModel=${state.compareModel}
        ?editable=${state.editor !== undefined}
        .sharedEditor=${state.editor}
      ></floke-horizons>`;
    case 'network':
      return html`<floke-actor-network
        data-view="network"
        heading-level=${state.headingLevel}
        .model=${model}
        .selected=${live(s.selected)}
        .related=${s.related}
        related-to=${ifDefined(s.relatedTo)}
        .compareModel=${state.compareModel}
        mode=${ifDefined(f.mode)}
        levels=${ifDefined(f.levels)}
        sectors=${ifDefined(f.sectors)}
        topic=${ifDefined(f.topic)}
        initiative=${ifDefined(f.initiative)}
        as-of=${ifDefined(f['as-of'])}
        ?hide-history=${f['hide-history'] !== undefined}
        ?editable=${state.editor !== undefined}
        .sharedEditor=${state.editor}
      ></floke-actor-network>`;
    case 'loops':
      return html`<floke-causal-loops
        data-view="loops"
        heading-level=${state.headingLevel}
        .model=${model}
        .selected=${live(s.selected)}
        .related=${s.related}
        related-to=${ifDefined(s.relatedTo)}
        .compareModel=${state.compareModel}
        loop=${ifDefined(state.loop)}
        tour-step=${ifDefined(state.tourStep)}
        ?editable=${state.editor !== undefined}
        .sharedEditor=${state.editor}
      ></floke-causal-loops>`;
  }
}
