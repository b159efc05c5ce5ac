import type { NormalizedDocument, UiLanguage } from '@floke/core';
import { OVERVIEW_GROUPINGS, type ActorNetworkView, type NetworkMode, type OverviewGrouping } from '@floke/core/actor-network';
import { property } from 'lit/decorators.js';
import { idListConverter } from '../base/id-list.js';
import { FlokeView } from '../base/floke-view.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import type { UiStrings } from '../base/strings.js';
import type { LazyChunk } from '../base/lazy-chunk.js';
import { networkStrings, networkStringsChunk } from '../base/network-language.js';

/** What the network's layout is computed from: the model, the mode and the seed. */
export type NetworkInputs = readonly [NormalizedDocument, NetworkMode, number];

/**
 * The attributes and properties of `<floke-actor-network>`: mode, filters, date, seed and thread; and its texts, the
 * only view's that include the `network` group.
 */
export abstract class NetworkViewProperties extends FlokeView<NetworkInputs, ActorNetworkView> {
  /** `actors`: initiatives folded into actor–actor ties. `two-mode`: initiatives drawn as nodes. */
  @property({ reflect: true }) mode: NetworkMode = 'actors';

  /** Show only these levels (space-separated ids). No attribute or an empty one: all levels. */
  @property({ converter: idListConverter, reflect: true }) levels?: readonly string[];

  /** Show only actors of these sectors (space-separated ids; `other` for none or unknown). No attribute or an empty one: all. */
  @property({ converter: idListConverter, reflect: true }) sectors?: readonly string[];

  /** Show only ties about this topic. */
  @property({ reflect: true }) topic?: string;

  /** Show only the members of this initiative. */
  @property({ reflect: true }) initiative?: string;

  /**
   * Show the network as of this partial date (`2021`, `2021-06`, `2021-06-30`): what ended before is history, what
   * began after is hidden. `all` (or empty): all time. No attribute (or not a date): the document's
   * `views.horizons.now`, else all time.
   */
  @property({ attribute: 'as-of', reflect: true }) asOf?: string;

  /** As of a date, hide history (past ties, former actors, finished initiatives) instead of drawing it as history. */
  @property({ type: Boolean, attribute: 'hide-history', reflect: true }) hideHistory = false;

  /**
   * What the overview level of a large network (above 300 visible actors) groups actors by: `community` (those who
   * work closely together, the default), `sector` or `level`. The overview offers the same choice.
   */
  @property({
    attribute: 'overview-by',
    reflect: true,
    converter: { fromAttribute: (value) => (OVERVIEW_GROUPINGS.find((g) => g === value) ?? 'community') as OverviewGrouping },
  })
  overviewBy: OverviewGrouping = 'community';

  /** Seed of the layout and community detection: the same seed draws the same picture. */
  @property({ type: Number }) seed = 1;

  /**
   * Workshop mode: add, rename, move between levels and sectors, and remove actors; draw and remove ties and
   * memberships in initiatives; add dated notes. Each change is a new document (the given one is never mutated), a
   * `floke-change` event and an undoable step, and a draft in IndexedDB.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Set by `<floke-explorer editable>` on its views (property only): edits go to the explorer's editor, with one undo
   * history, one draft and one `floke-change` stream for every view; the explorer shows the toolbar.
   */
  @property({ attribute: false }) sharedEditor?: DocumentEditor;

  /** Lay out on the main thread instead of in a Worker. */
  @property({ type: Boolean, attribute: 'no-worker' }) noWorker = false;

  /** The shared texts and the network's own (the other views leave the `network` group out). */
  protected override builtInStrings(lang: UiLanguage): UiStrings | undefined {
    const [common, network] = [super.builtInStrings(lang), networkStrings(lang)];
    return common && network ? { ...common, network } : undefined;
  }

  protected override stringChunks(lang: UiLanguage): readonly LazyChunk<unknown>[] {
    const chunk = networkStringsChunk(lang);
    return chunk ? [...super.stringChunks(lang), chunk] : super.stringChunks(lang);
  }

  /** The UI texts in the view's language, with `strings` applied, the `network` group included. */
  override get uiStrings(): UiStrings {
    // builtInStrings gives the full set, and `strings` only overrides texts within it.
    return super.uiStrings as UiStrings;
  }
}
