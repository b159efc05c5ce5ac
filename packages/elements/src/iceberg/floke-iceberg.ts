import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import {
  KIND_GLYPHS,
  icebergGhosts,
  layoutIceberg,
  type Ghost,
  type IcebergChip,
  type IcebergLayout,
  type NormalizedDocument,
  type TextStyle,
} from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { FlokeView } from '../base/floke-view.js';
import { GhostsMemo } from '../base/ghosts-memo.js';
import { ghostIdOf } from '../base/ghost-mark.js';
import { withProgressWord } from '../base/progress-words.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { compareStyles, viewFrameStyles } from '../base/view-frame.styles.js';
import type { UiStrings } from '../base/strings.js';
import { ViewLayoutController } from '../controllers/view-layout.js';
import { icebergDiagramStyles, icebergStyles } from './floke-iceberg.styles.js';
import { chipToward } from './iceberg-navigation.js';
import { renderIceberg } from './render-iceberg.js';
import { icebergChainOf, icebergChipLabel } from './iceberg-chips.js';
import { renderLayerList } from './render-layer-list.js';
import { kindsIn } from '../base/string-helpers.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import type { IcebergWorkshop } from './iceberg-workshop.js';
import { icebergWorkshopStyles } from './iceberg-workshop.styles.js';

/** Below this width (CSS px) the iceberg reflows to a stacked list of layers (WCAG 1.4.10). */
export const ICEBERG_NARROW_WIDTH = 480;

/** The view's drawing for `toSVG()`, a chunk loaded after the first draw (see `readyChunks`). */
const drawingChunk = lazyChunk(() => import('./iceberg-drawing.js'));

/**
 * The systems iceberg: events above the waterline, patterns, structures and mental models beneath, elements
 * as chips in their layer, the ice darker with depth. A chip tells its kind by a tinted band with a glyph and how
 * many `explains` links it has by a badge ("↕3"); the links themselves are drawn for one chain at a time, that of
 * the hovered, focused or selected chip, with the rest dimmed. Narrow containers get a stacked list.
 *
 * Keys: arrows move between chips (Up/Down between layers, Left/Right within one), Home/End go to a layer's ends,
 * Enter or Space selects, `/` searches, Esc clears the search, then the selection.
 *
 * @tagname floke-iceberg
 * @summary Systems iceberg with layers, waterline and explains links.
 *
 * @csspart diagram - The SVG drawing.
 * @csspart chip - An element's chip.
 * @csspart link - An `explains` link.
 * @csspart outline - The iceberg's outline.
 * @csspart waterline - The waterline and its label.
 * @csspart layer-label - A layer's name beside it.
 * @csspart depth-scale - The depth / leverage arrow.
 * @csspart legend - The legend.
 * @csspart list - The stacked list of layers (narrow form).
 * @csspart text-alternative - The iceberg as text.
 *
 * Workshop mode (`editable`): a panel under the toolbar adds an element to a layer (a button per layer; N on a chip
 * aims the name field at its layer), renames and removes it, moves it to another layer (the panel's layer picker),
 * draws an `explains` link ("Lag forklaring", then a click on what it explains), removes one, adds dated notes to the
 * element or its links, undoes and redoes, and saves, opens and exports. Keys on a chip: N adds to its layer, K draws
 * an explanation from it (arrows to the target, Enter; Esc cancels), F2 renames, Delete removes, Alt+Up/Alt+Down
 * move it to the layer above or below; Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z redoes. A chip can also be dragged to
 * another layer. Elements added since the workshop began carry "NY".
 *
 * @fires {{document: FlokeDocument, patch: JsonPatch, edit: Edit | null, cause: string}} floke-change - Workshop mode
 * changed the document (bubbles, composed); `patch` is RFC 6902.
 * @csspart workshop - The workshop panel.
 * @csspart new-badge - The "new since the workshop began" tag on a chip.
 */
export class FlokeIceberg extends FlokeView<readonly [NormalizedDocument, number, TextStyle, UiStrings['iceberg']], IcebergLayout> {
  static override styles = [
    themeStyles,
    problemSummaryStyles,
    controlStyles,
    viewFrameStyles,
    compareStyles,
    icebergDiagramStyles,
    icebergStyles,
    icebergWorkshopStyles,
  ];
  static override narrowWidth = ICEBERG_NARROW_WIDTH;

  protected readonly frameView = 'iceberg';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () =>
      this.model && (this.width > 0 || this.display === 'list')
        ? ([this.model, Math.max(this.width, ICEBERG_NARROW_WIDTH), this.#textStyle, this.uiStrings.iceberg] as const)
        : undefined,
    compute: (model: NormalizedDocument, width: number, textStyle: TextStyle, texts: UiStrings['iceberg']) =>
      this.#layOut(model, width, textStyle, texts),
    laidOut: (layout) => this.roving.keepWithin(layout.chips.map((c) => c.id)),
  });

  /**
   * Workshop mode: add, rename, move between layers and remove elements, draw and remove `explains` links, add notes;
   * each change is a new document (the given one is never mutated), a `floke-change` event and an undoable step, and a
   * draft in IndexedDB.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Set by `<floke-explorer editable>` on its views (property only): the explorer's editor. Edits then go to the
   * explorer's document, with one history, one draft and one `floke-change` stream for every view, and the explorer's
   * toolbar holds the counts, undo and redo, files and export. Leave it unset for a view on its own.
   */
  @property({ attribute: false }) sharedEditor?: DocumentEditor;

  /**
   * The editor edits go to: `sharedEditor`, else the view's own (see `editable`). The own one is undefined until
   * `editable` is first set, since it brings the validator and the JSON Patch library, which a page that only shows
   * never loads.
   */
  get editor(): DocumentEditor | undefined {
    return this.sharedEditor ?? this.#ownEditor;
  }

  #ownEditor?: DocumentEditor;

  #workshop?: IcebergWorkshop;
  #workshopLoading = false;
  #renderPanel?: typeof import('./iceberg-workshop-mode.js').renderIcebergWorkshopPanel;

  /** The workshop while `editable` (once loaded). */
  get #editing(): IcebergWorkshop | undefined {
    return this.editable ? this.#workshop : undefined;
  }

  #loadWorkshop(): void {
    if (this.#workshopLoading) return;
    this.#workshopLoading = true;
    void import('./iceberg-workshop-mode.js').then(({ DocumentEditor, IcebergWorkshop, renderIcebergWorkshopPanel }) => {
      this.#renderPanel = renderIcebergWorkshopPanel;
      this.#ownEditor = new DocumentEditor(this, (text) => (this.selectionAnnouncement = text));
      this.#workshop = new IcebergWorkshop(this, () => this.editor!, {
        announce: (text) => (this.selectionAnnouncement = text),
        select: (id) => this.selectElement(id),
        field: (name) => this.renderRoot.querySelector<HTMLInputElement>(name === 'add' ? 'input.new-element' : 'input.rename'),
        drawingScale: () => {
          const svg = this.renderRoot.querySelector('svg.iceberg');
          const box = svg?.getBoundingClientRect();
          return box && this.layout && box.width > 0 ? { unitsPerPx: this.layout.width / box.width, top: box.top } : undefined;
        },
      });
      this.requestUpdate();
    });
  }
  /** A drag just ended: the click that follows it is not a selection. */
  #dragged = false;

  #layOut(model: NormalizedDocument, width: number, textStyle: TextStyle, texts: UiStrings['iceberg']): IcebergLayout {
    const textWidth = this.labelMeasure();
    const boldTextWidth = this.labelMeasure('bold');
    return layoutIceberg(model, {
      width,
      textStyle,
      texts,
      ...(textWidth ? { textWidth } : {}),
      ...(boldTextWidth ? { boldTextWidth } : {}),
    });
  }

  #ghosts = new GhostsMemo();

  /** Compare mode: gone elements where the earlier version's layout (same width and text) had them. */
  get #ghostList(): readonly Ghost[] {
    const earlier = this.comparison.earlier;
    const layout = this.layout;
    const gone = this.comparison.gone;
    if (!this.comparison.active || !earlier || !layout || !gone.length) return [];
    return this.#ghosts.get([earlier, layout, gone], () =>
      icebergGhosts(
        this.#layOut(earlier, layout.width, this.#textStyle, this.uiStrings.iceberg),
        layout,
        gone.map((g) => g.id),
      ),
    );
  }

  /** The chip under the pointer, and the chip with keyboard focus: their chains show while they last. */
  @state() private hovered?: string;
  @state() private focused?: string;
  /** What Enter or Space just did, for screen readers. */
  @state() private selectionAnnouncement = '';

  /** The chip whose chain is shown: hovered, else focused, else selected. */
  get chainOf(): string | undefined {
    return this.hovered ?? this.focused ?? this.selected;
  }

  /** Everything the chip in focus explains or is explained by, transitively, with their links. */
  get chain(): { chips: Set<string>; links: Set<string> } | undefined {
    const id = this.chainOf;
    if (!id || !this.model) return undefined;
    return icebergChainOf(this.model, id);
  }

  /**
   * The reader's text style as the layout last took it. A new one is taken in a later task: it arrives in a resize
   * observer's callback, and a relayout there changes the view's height while observers run (a "ResizeObserver loop").
   */
  #textStyle: TextStyle = this.textStyle.value;

  protected override willUpdate(changed: PropertyValues): void {
    if (this.textStyle.value !== this.#textStyle) {
      const next = this.textStyle.value;
      setTimeout(() => {
        this.#textStyle = next;
        this.requestUpdate();
      });
    }
    super.willUpdate(changed);
    if (this.editable) this.#loadWorkshop();
    // With the selection cleared (Esc, a second click, Space) the view is at rest: no chain until focus or the pointer moves on.
    if (changed.has('selected') && this.selected === undefined) {
      this.focused = undefined;
      this.hovered = undefined;
      // Esc (or a second Enter, a click) cleared it: say so, or the live region keeps saying "valgt".
      const was = changed.get('selected') as string | undefined;
      // An element the workshop removed has its own announcement.
      if (was !== undefined && !this.#editing?.removed(was))
        this.selectionAnnouncement = this.frameStrings.selectionChanged(this.searchItems().find((c) => c.id === was)?.label ?? was, false);
    }
  }

  /** A focused or hovered chip other than the selected one shows its own chain: Esc dismisses that first. */
  protected override hasActiveState(): boolean {
    return (
      super.hasActiveState() || (this.hovered ?? this.focused ?? this.selected) !== this.selected || this.#editing?.linkFrom !== undefined
    );
  }

  protected override clearActiveState(): void {
    super.clearActiveState();
    this.#workshop?.cancelLink();
    this.focused = undefined;
    this.hovered = undefined;
  }

  protected searchItems() {
    return this.layout?.chips ?? [];
  }

  // ——— Keyboard and pointer ———

  #chipIdOf(event: Event): string | undefined {
    const chip = event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('chip')) as SVGGElement | undefined;
    return chip?.dataset.id;
  }

  #onKeydown(event: KeyboardEvent): void {
    const id = this.#chipIdOf(event);
    if (!id || !this.layout) return;
    if (this.#editing?.keydown(event, id)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggleSelection(id);
      const label = this.searchItems().find((item) => item.id === id)?.label ?? id;
      this.selectionAnnouncement = this.frameStrings.selectionChanged(label, this.selected === id);
      return;
    }
    const layout = this.layout;
    this.roving.handleKey(event, id, (from, key) => chipToward(layout, from, key)?.id);
  }

  #onClick(event: MouseEvent): void {
    const id = this.#chipIdOf(event) ?? ghostIdOf(event);
    if (this.#dragged || (id && this.#editing?.click(id))) this.#dragged = false;
    else if (id) this.toggleSelection(id);
  }

  #onPointerDown(event: PointerEvent): void {
    const id = this.#chipIdOf(event);
    const chip = id && this.renderRoot.querySelector<SVGGElement>(`g.chip[data-id="${CSS.escape(id)}"]`);
    if (chip) this.#editing?.pointerdown(event, id, chip);
  }

  #onPointerOver(event: PointerEvent): void {
    this.hovered = this.#chipIdOf(event);
  }

  #onPointerLeave(): void {
    this.hovered = undefined;
  }

  #onFocusIn(event: FocusEvent): void {
    this.focused = this.#chipIdOf(event);
    if (this.focused) this.#editing?.focused(this.focused);
  }

  #onFocusOut(): void {
    this.focused = undefined;
  }

  // ——— Rendering ———

  #kindName(kind: string): string {
    return this.uiStrings.kinds[kind as keyof typeof this.uiStrings.kinds] ?? kind;
  }

  #chipLabel(chip: IcebergChip): string {
    return (
      this.withChangeWord(
        chip.id,
        withProgressWord(this.model!, chip.id, this.uiLanguage, icebergChipLabel(this.model!, this.uiStrings, chip)),
      ) + this.#newWord(chip.id)
    );
  }

  /** ", ny i verkstedet" after an element added since the workshop began ('' otherwise). */
  #newWord(id: string): string {
    const editing = this.#editing;
    return editing?.editor.isNew(id) ? `, ${editing.shared.isNew}` : '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#editing?.afterRender();
  }

  #renderList(interactive: boolean) {
    return renderLayerList(this.model!, {
      interactive,
      selected: this.selected,
      related: this.relatedSet,
      strings: this.uiStrings,
      changeWord: (id) => this.listWords(id) + this.#newWord(id),
      // While an explanation is drawn, a click (or Enter) on an element in the list picks it, as on a chip.
      select: (id) => this.#editing?.click(id) || this.toggleSelection(id),
      headingLevel: this.headingLevel + 1,
      uiLang: this.uiLanguage,
    });
  }

  #renderLegend() {
    const t = this.uiStrings;
    const kinds = [...new Set(this.layout?.chips.map((c) => c.kind) ?? [])];
    return html`
      <ul class="legend" part="legend" aria-label=${t.iceberg.legend}>
        ${kinds.map(
          (kind) =>
            html`<li>
              <span class=${`kind-swatch kind-${kind}`} aria-hidden="true">${KIND_GLYPHS[kind as keyof typeof KIND_GLYPHS]}</span
              >${this.#kindName(kind)}
            </li>`,
        )}
        ${this.narrow ? nothing : html`<li><span class="badge-swatch" aria-hidden="true">↕2</span>${t.iceberg.badgeLegend}</li>`}
        <li><span class="symbol" aria-hidden="true">→</span>${t.iceberg.explainsLegend}</li>
        <li><span class="symbol" aria-hidden="true">↓</span>${t.iceberg.shallow} → ${t.iceberg.deep}</li>
      </ul>
    `;
  }

  protected override render() {
    const layout = this.layout;
    if (!this.model || !layout) return this.renderWaiting('');
    const t = this.uiStrings;
    const editing = this.#editing;
    const workshop = editing ? { filters: this.#renderWorkshop(editing) } : {};
    const announcement = html`<p class="sr-only" aria-live="polite">${this.selectionAnnouncement}</p>`;
    if (this.narrow)
      return this.renderFrame({ legend: this.#renderLegend(), ...workshop, body: this.#renderList(true), after: announcement });
    const matches = this.search.matches;
    return this.renderFrame({
      legend: this.#renderLegend(),
      ...workshop,
      body: html`<div class="drawing-focus" @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>
        <svg
          class="iceberg"
          part="diagram"
          viewBox=${`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-roledescription=${t.iceberg.roleDescription}
          aria-label=${t.iceberg.diagramLabel(layout.bands.length, layout.chips.length, layout.links.length)}
          aria-describedby="iceberg-help"
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
          @pointerover=${this.#onPointerOver}
          @pointerleave=${this.#onPointerLeave}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${(event: PointerEvent) => this.#editing?.pointermove(event)}
          @pointerup=${(event: PointerEvent) => (this.#dragged = this.#editing?.pointerup(event) ?? false)}
        >
          ${renderIceberg(layout, {
            // While an explanation is drawn every chip is a candidate: none is dimmed.
            ...(this.chain && editing?.linkFrom === undefined ? { chain: this.chain } : {}),
            selected: this.selected,
            related: this.relatedSet,
            tabStop: this.roving.tabStop,
            matches: matches ? new Set(matches) : undefined,
            chipLabel: (chip) => this.#chipLabel(chip),
            marks: this.marks(this.#ghostList),
            texts: { waterline: t.iceberg.waterline },
            ...(editing
              ? {
                  newSince: { has: (id: string) => editing.editor.isNew(id), badge: editing.shared.newBadge },
                  linkFrom: editing.linkFrom,
                }
              : {}),
          })}
        </svg>
      </div>`,
      after: html`<p class="help" id="iceberg-help">${t.iceberg.keyboardHelp} ${editing ? editing.t.keys : nothing}</p>
        <details class="text-alternative" part="text-alternative">
          <summary>${t.iceberg.textAlternative}</summary>
          ${this.#renderList(false)} ${this.renderGoneText()}
        </details>
        ${announcement}`,
    });
  }

  #renderWorkshop(workshop: IcebergWorkshop) {
    const model = this.model!;
    return this.#renderPanel!({
      workshop,
      editor: workshop.editor,
      shared: this.sharedEditor !== undefined && this.sharedEditor !== this.#ownEditor,
      ...(this.selected !== undefined ? { selected: this.selected } : {}),
      counts: { elements: this.layout?.chips.length ?? 0, links: this.layout?.links.length ?? 0 },
      kinds: kindsIn(this.uiLanguage),
      lang: this.uiLanguage,
      exportSvg: () => this.downloadSvg(),
      exportPng: () => this.downloadPng(`${model.id ?? 'floke'}-iceberg.png`),
    });
  }

  protected override readonly badgesChanges = true;
  protected override readonly badgesProgress = true;
  protected override readonly drawsGhosts = true;

  protected override readyChunks(): readonly LazyChunk<unknown>[] {
    return [...super.readyChunks(), drawingChunk];
  }

  protected override get exportSource() {
    const icebergViewDrawing = drawingChunk.loaded?.icebergViewDrawing;
    if (!icebergViewDrawing) return undefined;
    if (!this.model || !this.layout) return undefined;
    const matches = this.search.matches;
    const drawing = icebergViewDrawing(this.model, this.layout, this.uiStrings, {
      chain: this.chain,
      selected: this.selected,
      related: this.relatedSet,
      matches: matches ? new Set(matches) : undefined,
      marks: this.marks(this.#ghostList),
      chipLabel: (chip) => this.#chipLabel(chip),
    });
    return { drawing, css: this.exportCss(icebergDiagramStyles.cssText), name: 'iceberg' };
  }
}
