import type { NormalizedDocument } from '@floke/core';
import { positionHints, type ActorNetworkView, type NetworkMode, type NetworkVisibility } from '@floke/core/actor-network';
import { nothing, type TemplateResult } from 'lit';
import { downloadBlob } from '../base/export-image.js';
import { WORKSHOP_STRINGS } from '../base/workshop-strings.js';
import { DocumentEditor, type EditorHost } from '../controllers/document-editor.js';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { NetworkIndex } from './network-index.js';
import { newTags, renderNewTags, type NewTag } from './network-new-marks.js';
import { NetworkWorkshop, type NetworkWorkshopHooks, type NetworkWorkshopHost } from './network-workshop.js';
import { renderNetworkWorkshopPanel } from './network-workshop-panel.js';
import { NETWORK_WORKSHOP_STRINGS } from './network-workshop-strings.js';
import type { NetworkWords } from './network-words.js';
import { NetworkWorkshopWords } from './network-workshop-words.js';

/** The network view as workshop mode sees it: an editable element with a model and a layout. */
export interface NetworkWorkshopView extends EditorHost, NetworkWorkshopHost {
  readonly model?: NormalizedDocument;
  readonly layout?: ActorNetworkView;
  readonly selected?: string;
  toPNG(): Promise<Blob>;
}

/**
 * Everything `editable` adds to `<floke-actor-network>`, in one place so the view's class stays a shell: the
 * document editor (undo, drafts, files), the gestures (`NetworkWorkshop`), the panel, the "new" tags and words, and
 * the layout hint that keeps unchanged actors where they were.
 */
export class NetworkWorkshopController {
  readonly #ownEditor: DocumentEditor;
  readonly workshop: NetworkWorkshop;

  constructor(
    private readonly view: NetworkWorkshopView,
    hooks: NetworkWorkshopHooks,
  ) {
    this.#ownEditor = new DocumentEditor(view, hooks.announce);
    this.workshop = new NetworkWorkshop(view, () => this.editor, hooks);
  }

  /** The editor edits go to: an enclosing explorer's (`sharedEditor`), else the view's own. */
  get editor(): DocumentEditor {
    return this.view.sharedEditor ?? this.#ownEditor;
  }

  /**
   * Where the nodes are now, for the next layout in the same mode (see `positionHints` in core): only while editing,
   * so a document shown read-only always gets the same picture from the same seed.
   */
  layoutHint(mode: NetworkMode): { previous?: ReturnType<typeof positionHints> } {
    const layout = this.view.layout;
    return this.view.editable && layout && layout.network.mode === mode ? { previous: positionHints(layout.layout) } : {};
  }

  /** The view's words, with "new in the workshop" in the names of nodes added since it began. */
  words(words: NetworkWords, index: NetworkIndex): NetworkWords {
    if (!this.view.editable || !(words instanceof NetworkWorkshopWords)) return words;
    const ids = index.view.network.nodes;
    return words.marking((node) => this.editor.isNew(ids[node]!.id), WORKSHOP_STRINGS[this.view.uiLanguage].isNew);
  }

  /** The "new" tags on screen now (none outside workshop mode). */
  tags(index: NetworkIndex | undefined, visibility: NetworkVisibility | undefined, transform: ViewTransform): NewTag[] {
    if (!this.view.editable || !index || !visibility) return [];
    return newTags(index, visibility.nodes, transform, (id) => this.editor.isNew(id), WORKSHOP_STRINGS[this.view.uiLanguage].newBadge);
  }

  /** Draws the tags in the overlay. */
  renderTags(overlay: SVGSVGElement, tags: readonly NewTag[]): void {
    const container = overlay.querySelector<SVGGElement>('g.new-marks');
    if (container) renderNewTags(container, tags, WORKSHOP_STRINGS[this.view.uiLanguage].newBadge);
  }

  /** The workshop panel, or nothing outside workshop mode. */
  panel(index: NetworkIndex | undefined, exportSvg: () => void): TemplateResult | typeof nothing {
    const { view } = this;
    const network = view.layout?.network;
    if (!view.editable || !view.model || !network || !index) return nothing;
    return renderNetworkWorkshopPanel({
      workshop: this.workshop,
      shared: view.sharedEditor !== undefined,
      selected: view.selected,
      counts: {
        actors: network.nodes.filter((n) => n.kind === 'actor').length,
        ties: network.ties.length,
        brokers: index.isBroker.filter(Boolean).length,
      },
      levels: view.model.views.network.levels,
      sectors: view.model.views.network.sectors,
      lang: view.uiLanguage,
      exportSvg,
      exportPng: () => void view.toPNG().then((png) => downloadBlob(png, `${view.model?.id ?? 'floke'}-actor-network.png`)),
    });
  }

  /** The workshop's keys, after the view's help. */
  get keys(): string {
    return this.view.editable ? NETWORK_WORKSHOP_STRINGS[this.view.uiLanguage].keys : '';
  }
}
