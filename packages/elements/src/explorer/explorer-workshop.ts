import { countLoops, type NormalizedDocument, type UiLanguage } from '@floke/core';
import { html, type TemplateResult } from 'lit';
import { downloadBlob, downloadFile } from '../base/export-image.js';
import { renderRefusal, renderWorkshopToolbar } from '../base/workshop-toolbar.js';
import { VIEW_LOOP_LIMIT } from '../causal-loops/causal-loops-properties.js';
import { DocumentEditor, type EditorHost } from '../controllers/document-editor.js';
import { EXPLORER_WORKSHOP_STRINGS } from './explorer-workshop-strings.js';
import type { ExplorerView } from './explorer-views.js';

/** The explorer, as its workshop sees it. */
export interface ExplorerWorkshopHost extends EditorHost {
  readonly model?: NormalizedDocument | undefined;
  readonly view: ExplorerView;
  viewElement(view: ExplorerView): HTMLElement | null;
}

/** What a drawing view offers for export (`FlokeView`'s `toSVG` and `toPNG`). */
interface Exportable {
  toSVG(): string;
  toPNG(): Promise<Blob>;
}

const exportable = (element: HTMLElement | null): element is HTMLElement & Exportable =>
  element !== null && typeof (element as Partial<Exportable>).toSVG === 'function';

/** What the workshop counts, live. */
export interface WorkshopCounts {
  readonly factors: number;
  readonly links: number;
  readonly loops: number;
  /** Loop finding stopped at `VIEW_LOOP_LIMIT`: there are more loops than `loops`. */
  readonly capped: boolean;
  readonly actors: number;
}

/** Counts of a document: factors and actors by kind, every relation, and the loops of its causal links. */
export function workshopCounts(model: NormalizedDocument): WorkshopCounts {
  const loops = countLoops(model, VIEW_LOOP_LIMIT);
  return {
    factors: model.elements.filter((e) => e.kind === 'factor').length,
    links: model.relations.length,
    loops: loops.count,
    capped: !loops.complete,
    actors: model.elements.filter((e) => e.kind === 'actor').length,
  };
}

/**
 * Workshop mode of `<floke-explorer>`: one `DocumentEditor` on the explorer (one history, one draft, one
 * `floke-change` stream) that the explorer hands to every view as `sharedEditor`, and the toolbar above the tabs with
 * the live counts, undo and redo, files, and export of the view shown.
 */
export class ExplorerWorkshop {
  readonly editor: DocumentEditor;
  #counted?: { readonly model: NormalizedDocument; readonly counts: WorkshopCounts };

  constructor(
    private readonly host: ExplorerWorkshopHost,
    announce: (text: string) => void,
  ) {
    this.editor = new DocumentEditor(host, announce);
  }

  /** The counts of the document now (counted once per document). */
  counts(model: NormalizedDocument): WorkshopCounts {
    if (this.#counted?.model !== model) this.#counted = { model, counts: workshopCounts(model) };
    return this.#counted.counts;
  }

  render(model: NormalizedDocument, lang: UiLanguage): TemplateResult {
    const t = EXPLORER_WORKSHOP_STRINGS[lang];
    const shown = this.host.viewElement(this.host.view);
    const canExport = exportable(shown);
    return html`<section class="workshop" part="workshop" aria-label=${t.toolbar}>
      ${renderWorkshopToolbar({
        editor: this.editor,
        lang,
        counts: t.counts(this.counts(model)),
        exportSvg: canExport ? () => this.#exportSvg() : undefined,
        exportPng: canExport ? () => void this.#exportPng() : undefined,
      })}
      ${renderRefusal(this.editor, lang)}
    </section>`;
  }

  get #fileName(): string {
    return `${this.host.model?.id ?? 'floke'}-${this.host.view}`;
  }

  #exportSvg(): void {
    const shown = this.host.viewElement(this.host.view);
    if (exportable(shown)) downloadFile(shown.toSVG(), 'image/svg+xml', `${this.#fileName}.svg`);
  }

  async #exportPng(): Promise<void> {
    const shown = this.host.viewElement(this.host.view);
    if (exportable(shown)) downloadBlob(await shown.toPNG(), `${this.#fileName}.png`);
  }
}
