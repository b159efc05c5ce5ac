import {
  elementProgress,
  makeLoadingProblem,
  spacedTextWidth,
  type ElementKind,
  type Ghost,
  type MarksState,
  type TextWidth,
  type ViewDrawing,
} from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import type { NormalizedDocument, Problem } from '@floke/core';
import { property } from 'lit/decorators.js';
import { CompareController, type ChangeStatus } from '../controllers/compare.js';
import { ElementWidthController, type ViewDisplay } from '../controllers/element-width.js';
import { RovingFocusController } from '../controllers/roving-focus.js';
import { SearchController, type Searchable } from '../controllers/search.js';
import { TextStyleController } from '../controllers/text-style.js';
import type { ViewLayoutController } from '../controllers/view-layout.js';
import { canvasTextWidth } from './canvas-text-width.js';
import { exportChunk } from './export-chunk.js';
import type { LazyChunk } from './lazy-chunk.js';
import type { CompareStrings } from './compare-strings.js';
import { FlokeElement } from './floke-element.js';
import { FRAME_STRINGS, type FrameStrings, type FramedView } from './frame-strings.js';
import { largeDocumentChunk } from './large-document-chunk.js';
import { problemsChunk } from './problems-chunk.js';
import { renderViewFrame, type FrameParts } from './view-frame.js';
import { changeBadgeStyles } from './view-frame.styles.js';
import { ghostIdOf } from './ghost-mark.js';
import { renderGoneList, renderProgressDetails, renderProgressLegend, viewMarks } from './view-marks.js';
import { progressOf, progressWord } from './progress-words.js';
import { marksStyles } from './marks.styles.js';
import type { LayoutThread } from './worker-client.js';

/** What `toSVG()` exports: the core renderer's drawing of the view as it is now, the stylesheet its marks need, a file name. */
export interface ExportSource {
  readonly drawing: ViewDrawing;
  readonly css: string;
  readonly name: string;
}

/**
 * The contract every drawing view follows: document → model (once, in `FlokeElement`) → layout (a pure core function,
 * through `ViewLayoutController`: keyed by its inputs, stale results dropped, maybe in a Worker) → render inside one
 * shared frame. The same rules hold in every view:
 * - **narrow form**: below `narrowWidth` (or with `display="list"`) the view shows its narrow form, and the host gets
 *   the `narrow` attribute for styling;
 * - **Esc** clears the active state (search, highlight, hover) first, and the selection on the next press;
 * - **selection**: click, Enter or Space on an element toggles `selected` and emits `floke-select`; setting `selected`
 *   does not emit;
 * - **export**: `toSVG()`, `toPNG()` and the toolbar's download button;
 * - **search**: `/` goes to the toolbar's search field, Enter there goes to the first match.
 *
 * @cssproperty [--floke-font-size=1rem] - Body text of the view.
 * @cssproperty [--floke-font-size-small=0.8125rem] - Small text (labels, legend, help); keep it at 12 px or more.
 * @cssproperty [--floke-font-size-large=1.25rem] - The view's heading.
 * @cssproperty [--floke-color-selection=var(--floke-color-accent)] - The selected element's ring.
 *
 * @csspart header - The heading and the "how to read" line.
 * @csspart heading - The view's heading (with the `heading` attribute).
 * @csspart how-to-read - One line telling a first-time reader how to read the view.
 * @csspart toolbar - Search, filters, zoom, fit and download, the same in every view.
 * @csspart provenance - Where the insight comes from and when it was updated.
 * @csspart related - The line saying what the view marks as related to a selection made elsewhere.
 * @csspart changes - Compare mode: the "what changed" panel.
 * @csspart change-badge - Compare mode: the «ny», «Δ» or «borte» badge of a mark (SVG views).
 * @csspart ghost - Compare mode: a gone element, drawn where it was (iceberg, horizons, causal loops).
 * @csspart progress-badge - The direction of an element's indicators, by shape and arrow (SVG views).
 * @csspart progress-legend - The legend line explaining the progress badges shown.
 */
export abstract class FlokeView<Inputs extends readonly unknown[], Layout> extends FlokeElement {
  /** Width (CSS px) below which the view shows its narrow form. */
  static narrowWidth = 480;

  /** Force the narrow form (`list`) or the drawing (`diagram`); by default (`auto`) the view's width decides. */
  @property() display: ViewDisplay = 'auto';

  /** A heading above the view. Empty (`heading` with no value): the document's title. No attribute: no heading. */
  @property() heading?: string;

  /**
   * The level of the view's heading (1–6), to fit the page's outline. The view's other headings (panel, details,
   * the text alternative's sections) are one level below it, whether the heading is shown or not.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Ids of elements related to a selection made elsewhere (in another view of `<floke-explorer>`, say) that is not in
   * this view. They are marked with a dotted outline, apart from the selection (solid ring) and focus (dashed), and a
   * line above the drawing says what they are. Property only.
   */
  @property({ attribute: false }) related: readonly string[] = [];

  /** The element `related` relates to: the line above the drawing names it. */
  @property({ attribute: 'related-to' }) relatedTo?: string;

  /**
   * An earlier version of the document, as an object (property only): the view then shows what changed. New elements
   * get a dark pill with the word "ny" ("new"), changed ones a light square "Δ" badge (on the network's canvas too),
   * and every view says "ny" / "endret" in their accessible names. The iceberg, the horizons and the causal loops draw
   * gone elements as ghosts (dashed, struck through, a "borte" pill; part `ghost`), focusable and selectable. A
   * "what changed" panel below the drawing tells the changes in words and lists what is new, changed and gone, and
   * the text alternative lists what is gone. The layout is that of the drawn version alone, so unchanged elements stay
   * where they are.
   */
  @property({ attribute: false }) compare?: unknown;

  /** URL of an earlier version of the document (see `compare`); `compare` wins when both are given. */
  @property({ attribute: 'compare-src' }) compareSrc?: string;

  /** The earlier version already normalized (property only), e.g. shared by `<floke-explorer>`; wins over `compare`. */
  @property({ attribute: false }) compareModel?: NormalizedDocument;

  /**
   * Date of a dated version the document carries in `versions` (schema 1.3), e.g. `2024-01`: the view then compares
   * with it as with `compare`. Used when neither `compare`, `compare-src` nor `compareModel` is given. A date the
   * document has no version for is told among the view's problems (`version-not-found`).
   */
  @property({ attribute: 'compare-version' }) compareVersion?: string;

  /** Compare mode: the diff from the earlier version, each element's status and the "what changed" panel. */
  protected readonly comparison = new CompareController(this, {
    data: () => this.compare,
    src: () => this.compareSrc,
    model: () => this.compareModel,
    version: () => this.compareVersion,
    current: () => this.data,
    later: () => this.model,
    lang: () => this.uiLanguage,
    maxBytes: () => this.maxBytes,
    timeoutMs: () => this.srcTimeout,
  });

  /** Every problem, and why a `compare-version` cannot be compared with (the view draws on, without comparing). */
  override get problems(): readonly Problem[] {
    const version = this.comparison.versionProblems;
    return version.length ? [...super.problems, ...version] : super.problems;
  }

  /** How an element compares with the earlier version (undefined: unchanged, or not comparing). */
  changeStatus(id: string): ChangeStatus | undefined {
    return this.comparison.status(id);
  }

  /** Whether the view badges new and changed marks in compare mode (else it tells them in words only). */
  protected readonly badgesChanges: boolean = false;

  /** Whether the view draws gone elements as ghosts in compare mode. */
  protected readonly drawsGhosts: boolean = false;

  #changesLegend(): string {
    const t = this.compareStrings;
    return !this.badgesChanges ? t.legendWords : this.drawsGhosts ? t.legend : t.legendBadges;
  }

  /** Whether the view badges the progress of elements with indicators (its legend then explains the badges). */
  protected readonly badgesProgress: boolean = false;

  /** An export's stylesheet, with the styles of the change and progress badges and of ghosts. */
  protected exportCss(css: string): string {
    return css + changeBadgeStyles.cssText + marksStyles.cssText;
  }

  /** Compare mode's texts in the view's language; only asked for while comparing (`comparison.active`). */
  protected get compareStrings(): CompareStrings {
    return this.comparison.code!.COMPARE_STRINGS[this.uiLanguage];
  }

  /** The word for a status, to add after a name ("Frafall, ny"); '' when unchanged. */
  protected changeWord(id: string): string {
    const status = this.comparison.status(id); // set only once the diff, and its chunk, are there
    return status ? `, ${this.compareStrings.status[status]}` : '';
  }

  /** An accessible name with the status word added (before its closing full stop, if it has one). */
  protected withChangeWord(id: string, name: string): string {
    const word = this.changeWord(id);
    if (!word) return name;
    return name.endsWith('.') ? `${name.slice(0, -1)}${word}.` : `${name}${word}`;
  }

  /** Words after an item of a text alternative: its status (", ny") and its indicators' progress. */
  protected listWords(id: string): string {
    return this.changeWord(id) + (this.model ? progressWord(this.model, id, this.uiLanguage) : '');
  }

  /** An element's indicators' progress in words, with data points and sources, for a details panel. */
  protected renderProgress(id: string) {
    const model = this.model;
    if (!model || !progressOf(model).has(id)) return nothing;
    const sources = new Map(model.sources.map((s) => [s.id, s.title]));
    return renderProgressDetails(elementProgress(model, id, this.uiLanguage), (sourceId) => sources.get(sourceId));
  }

  /** The text alternative's list of what is gone, in compare mode. */
  protected renderGoneText() {
    const { active, gone, code } = this.comparison;
    return renderGoneList(active ? gone : [], this.uiStrings, code?.COMPARE_STRINGS[this.uiLanguage], this.headingLevel + 1);
  }

  /** What the drawing shows of compare mode (badges, `ghosts` of gone elements) and of progress (badges). */
  protected marks(ghosts?: readonly Ghost[]): MarksState {
    return viewMarks({ model: this.model!, lang: this.uiLanguage, strings: this.uiStrings, comparison: this.comparison, ghosts });
  }

  /** The ids of `related`, for the render functions' quick lookups. */
  protected get relatedSet(): ReadonlySet<string> {
    if (this.#relatedSet?.list !== this.related) this.#relatedSet = { list: this.related, set: new Set(this.related) };
    return this.#relatedSet.set;
  }

  #relatedSet?: { list: readonly string[]; set: ReadonlySet<string> };

  /** Which view this is: picks its "how to read" line. */
  protected abstract readonly frameView: FramedView;

  protected readonly widthController = new ElementWidthController(this);

  /** The reader's text size and spacing (WCAG 1.4.4, 1.4.12): a layout input, so labels re-wrap when they change. */
  protected readonly textStyle = new TextStyleController(this);

  /** The layout step of the contract; each view creates one with its inputs and its core layout function. */
  protected abstract readonly layoutController: ViewLayoutController<Inputs, Layout>;

  /** The one tab stop in the drawing. */
  protected readonly roving = new RovingFocusController(this, { element: (id) => this.focusTarget(id), preferred: () => this.selected });

  /** The toolbar's search field. */
  protected readonly search = new SearchController(this, {
    items: () => this.searchItems(),
    jump: (id) => this.focusElement(id),
    leave: () => this.focusTabStop(),
  });

  /** The layout drawn now (undefined before the first). */
  get layout(): Layout | undefined {
    return this.layoutController.value;
  }

  /** Where the current layout was computed: `worker` or `main` (a diagnostic, e.g. for tests of a strict CSP page). */
  get layoutThread(): LayoutThread | undefined {
    return this.layoutController.thread;
  }

  /** The view's content width (CSS px; 0 before it is measured). */
  get width(): number {
    return this.widthController.width;
  }

  /**
   * What layouts measure labels with: the view's font on a canvas, plus the reader's letter and word spacing, so
   * wrapped labels fit their boxes exactly as drawn. Undefined where no canvas exists (the layout's estimate).
   */
  protected labelMeasure(weight = 'normal'): TextWidth | undefined {
    const font = getComputedStyle(this).getPropertyValue('--_font').trim() || 'sans-serif';
    const measure = canvasTextWidth(font, weight);
    return measure && spacedTextWidth(measure, this.textStyle.value);
  }

  /** Whether the view shows its narrow form. */
  get narrow(): boolean {
    return this.widthController.isNarrow((this.constructor as typeof FlokeView).narrowWidth, this.display);
  }

  /** The frame's texts in the view's language. */
  protected get frameStrings(): FrameStrings {
    return FRAME_STRINGS[this.uiLanguage];
  }

  protected override get drawn(): boolean {
    return this.layout !== undefined;
  }

  // ——— Selection, focus, search: the same in every view ———

  /** What the search can find: the drawn elements with their labels. */
  protected abstract searchItems(): readonly Searchable[];

  /** Ids of the elements the view shows now (the drawing's marks, or the narrow form's items). */
  protected drawnIds(): Iterable<string> {
    return this.searchItems().map((item) => item.id);
  }

  /** The focusable mark of an element (its tab stop). */
  protected focusTarget(id: string): HTMLElement | SVGElement | null {
    const key = CSS.escape(id);
    return this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-id="${key}"][tabindex], button[data-id="${key}"]`);
  }

  /** Moves keyboard focus to the element with `id` in this view. */
  override focusElement(id: string): void {
    void this.roving.focus(id);
  }

  /** Gives focus back to the drawing's tab stop. */
  protected focusTabStop(): void {
    const id = this.roving.tabStop;
    if (id !== undefined) this.focusElement(id);
  }

  /** Toggles the selection of an element as the user did it (click, Enter, Space). */
  protected toggleSelection(id: string): void {
    this.roving.moveTo(id);
    this.selectElement(this.selected === id ? null : id);
  }

  /** Whether anything transient is shown besides the selection (search, highlight, hover). Views add theirs. */
  protected hasActiveState(): boolean {
    return this.search.active;
  }

  /** Clears the transient state (not the selection). Views add theirs. */
  protected clearActiveState(): void {
    this.search.text = '';
  }

  /** Clears everything: the active state and the selection. */
  clear(): void {
    this.clearActiveState();
    if (this.selected !== undefined) this.selectElement(null);
  }

  /** The keys that work anywhere in a view: `/` searches; Esc clears the active state, then the selection. */
  #onHostKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || this.search.isFromField(event)) return;
    const ghost = (event.key === 'Enter' || event.key === ' ') && ghostIdOf(event);
    if (ghost) {
      // A ghost (compare mode) is selected as any mark is; the view's own keys know only its layout's marks.
      event.preventDefault();
      this.toggleSelection(ghost);
    } else if (event.key === '/') {
      event.preventDefault();
      this.search.focusField();
    } else if (event.key === 'Escape') {
      if (this.hasActiveState()) this.clearActiveState();
      else if (this.selected !== undefined) this.selectElement(null);
      else return;
      event.preventDefault();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onHostKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onHostKeydown);
  }

  /**
   * The tab stop follows a selection made from outside (attribute, explorer, deep link) when its mark is drawn: Tab
   * into the drawing then lands on the selected mark, not on the first one (found walking the explorer's deep links
   * with the keyboard). Before the drawing exists, the roving controller prefers the selection when it is laid out.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const id = this.selected;
    if (changed.has('selected') && id !== undefined && this.layout !== undefined && new Set(this.drawnIds()).has(id))
      this.roving.moveTo(id);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.toggleAttribute('narrow', this.narrow);
    this.#reportLayoutError();
  }

  #reportedLayoutError?: Error;

  /** A layout that failed is a failure to draw: said once through `floke-error`, as loading failures are. */
  #reportLayoutError(): void {
    const error = this.layoutController.error;
    if (!error || error === this.#reportedLayoutError) return;
    this.#reportedLayoutError = error;
    this.emit('floke-error', { problems: [makeLoadingProblem('layout-failed', '', { view: this.frameView, detail: error.message })] });
  }

  // ——— The frame ———

  /** The heading the frame shows, if any. */
  protected get headingText(): string | undefined {
    if (this.heading === undefined || this.heading === null) return undefined;
    return this.heading.trim() || this.model?.title || undefined;
  }

  /** Renders the shared frame around the view's parts. */
  protected renderFrame(
    parts: Pick<FrameParts, 'body' | 'legend' | 'after'> & {
      filters?: FrameParts['toolbar']['filters'];
      menu?: FrameParts['toolbar']['menu'];
      zoom?: FrameParts['toolbar']['zoom'];
    },
  ) {
    const t = this.uiStrings;
    const frame = this.frameStrings;
    return renderViewFrame({
      view: this.frameView,
      strings: frame,
      lang: this.uiLanguage,
      model: this.model!,
      heading: this.headingText,
      headingLevel: this.headingLevel,
      relatedLine: this.#relatedLine(),
      problems: problemsChunk.loaded?.renderProblemSummary(this.problems, t, this.uiLanguage, this.headingLevel + 1) ?? nothing,
      toolbar: {
        search: this.search.render(frame),
        ...(parts.filters ? { filters: parts.filters } : {}),
        ...(parts.menu ? { menu: parts.menu } : {}),
        ...(parts.zoom ? { zoom: parts.zoom } : {}),
        download: () => this.downloadSvg(),
      },
      legend: html`${parts.legend}${this.badgesProgress ? renderProgressLegend(this.model!, this.uiLanguage) : nothing}${
        this.comparison.active ? html`<p class="changes-legend">${this.#changesLegend()}</p>` : nothing
      }`,
      body: parts.body,
      after: html`${this.#renderChanges()}${parts.after}`,
    });
  }

  /** The "what changed" panel, when comparing. */
  #renderChanges() {
    const diff = this.comparison.diff;
    const summary = this.comparison.summary;
    const code = this.comparison.code;
    if (!diff || !summary || !code) return nothing;
    return code.renderChangesPanel({
      strings: code.COMPARE_STRINGS[this.uiLanguage],
      lang: this.uiLanguage,
      diff,
      summary,
      earlierProblems: this.comparison.problems,
      select: (id) => {
        this.selectElement(id);
        this.focusElement(id);
      },
    });
  }

  /** The line saying what is marked as related, when a selection made elsewhere is not in this view. */
  #relatedLine(): string | undefined {
    const model = this.model;
    if (!model || this.relatedTo === undefined || this.relatedTo === this.selected) return undefined;
    const about = model.elements.find((e) => e.id === this.relatedTo);
    if (!about) return undefined;
    const counts = new Map<ElementKind, number>();
    const byId = new Map(model.elements.map((e) => [e.id, e]));
    // Count only what the view draws: the line must not promise marks the reader cannot find.
    const drawn = new Set(this.drawnIds());
    for (const id of this.related) {
      const kind = drawn.has(id) ? byId.get(id)?.kind : undefined;
      if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const t = this.frameStrings;
    return counts.size ? t.related([...counts], about.label) : t.relatedNone(about.label);
  }

  /** What the view shows before it has a layout: loading, no document, laying out, or why it failed. */
  protected renderWaiting(layingOut: string) {
    const t = this.uiStrings;
    const problems = problemsChunk.loaded?.renderProblemSummary(this.problems, t, this.uiLanguage) ?? nothing;
    const large = largeDocumentChunk.loaded; // there whenever a large document is being prepared
    if (!this.model && this.preparing && large)
      return [problems, large.renderPreparing(this.preparing, this.uiLanguage, () => this.cancelPreparing())];
    if (!this.model && this.preparingCancelled && large)
      return [problems, large.renderCancelled(this.uiLanguage, () => this.retryPreparing())];
    const error = this.layoutController.error;
    const text = !this.model
      ? this.loading
        ? t.loading
        : t.noDocument
      : error
        ? this.frameStrings.layoutFailed(error.message)
        : layingOut;
    return [problems, this.model || text ? renderStatus(text) : nothing];
  }

  // ——— Export ———

  /**
   * What `toSVG()` exports, drawn by the core renderer (`floke render` draws the same); undefined until laid out and
   * the view's export code (in `readyChunks`) has loaded.
   */
  protected abstract get exportSource(): ExportSource | undefined;

  /** The export's code (shared, and the view's own drawing in `readyChunks` of each view): there by `floke-ready`. */
  protected override readyChunks(): readonly LazyChunk<unknown>[] {
    return [exportChunk];
  }

  /**
   * The drawing as a standalone SVG document, in its current state (selection, highlighted loop), colours resolved
   * from the current theme ('' before it is drawn: from `floke-ready` on). The same SVG `floke render` writes for the
   * same state.
   */
  toSVG(): string {
    const source = this.exportSource;
    const code = exportChunk.loaded;
    if (!source || !code) return '';
    const theme = { variables: code.hostThemeVariables(this, source.css) };
    return code.withoutXmlIllegalCharacters(code.standaloneSvg(source.drawing, { title: this.model?.title ?? '', css: source.css, theme }));
  }

  /** The drawing as a PNG image, `scale` × its size. */
  async toPNG(scale = 2): Promise<Blob> {
    await Promise.all(this.readyChunks().map((chunk) => chunk.load()));
    return exportChunk.loaded!.svgToPng(this.toSVG(), scale);
  }

  /** Offers the drawing as a PNG file named `filename` (a workshop panel's button; the download code is a chunk). */
  protected downloadPng(filename: string): void {
    void this.toPNG().then((png) => exportChunk.loaded!.downloadBlob(png, filename));
  }

  /** Offers the drawing as an SVG file (the toolbar's download button). */
  protected downloadSvg(): void {
    void Promise.all(this.readyChunks().map((chunk) => chunk.load())).then(() => {
      const name = this.exportSource?.name ?? 'view';
      exportChunk.loaded!.downloadFile(this.toSVG(), 'image/svg+xml', `${this.model?.id ?? 'floke'}-${name}.svg`);
    });
  }
}

const renderStatus = (text: string) => html`<p class="status" role="status">${text}</p>`;
