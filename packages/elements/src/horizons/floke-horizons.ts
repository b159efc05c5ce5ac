import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import {
  horizonsGhosts,
  layoutHorizons,
  type Ghost,
  type Horizon,
  type HorizonPlacement,
  type HorizonsLayout,
  type NormalizedDocument,
  type TextStyle,
  type UiLanguage,
} from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { dataLang } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import { controlStyles } from '../base/controls.styles.js';
import { FlokeView } from '../base/floke-view.js';
import { GhostsMemo } from '../base/ghosts-memo.js';
import { ghostIdOf } from '../base/ghost-mark.js';
import { withProgressWord } from '../base/progress-words.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { compareStyles, viewFrameStyles } from '../base/view-frame.styles.js';
import { ViewLayoutController } from '../controllers/view-layout.js';
import { horizonsDiagramStyles, horizonsStyles } from './floke-horizons.styles.js';
import { HorizonWords } from './horizon-words.js';
import { renderHorizonsLegend } from './horizons-legend.js';
import { pointToward } from './horizons-navigation.js';
import { renderHorizonDetails, renderHorizonFilters, renderTimelines } from './horizons-templates.js';
import { renderHorizons } from './render-horizons.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import type { HorizonsWorkshopKit } from './horizons-workshop-kit.js';
import type { HorizonsWorkshop } from './horizons-workshop.js';
import { horizonsWorkshopStyles, newBadgeStyles } from './horizons-workshop.styles.js';

/** Below this width (CSS px) the view reflows to a vertical timeline per horizon. */
export const HORIZONS_NARROW_WIDTH = 560;

const toggled = <T>(set: ReadonlySet<T>, value: T): Set<T> => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

/** The view's drawing for `toSVG()`, a chunk loaded after the first draw (see `readyChunks`). */
const drawingChunk = lazyChunk(() => import('./horizons-drawing.js'));

/** Workshop mode's code, loaded when a view first becomes `editable` (see `horizons-workshop-kit.ts`). */
const workshopChunk = lazyChunk(() => import('./horizons-workshop-kit.js'));
const workshopCode = () => workshopChunk.loaded!;

/**
 * Bill Sharpe's three horizons over real time: H1 (today's system) falling, H2 (innovation) rising and
 * falling, H3 (the desired future) rising, with each dated element on its curve.
 *
 * Keys: Left/Right move along a horizon by date, Up/Down between horizons (Up toward H3), Home/End to a horizon's
 * first and last point, Enter or Space selects, `/` searches, Esc clears the search, then the selection.
 *
 * @tagname floke-horizons
 * @summary Three horizons over time, with elements on their curves.
 *
 * @csspart diagram - The SVG drawing.
 * @csspart curve - A horizon's curve.
 * @csspart point - An element's marker (its label, at rest or on hover, focus and selection, is drawn apart).
 * @csspart legend - The key above the drawing: line patterns, marker shapes, arrows, planned.
 * @csspart axis - The time axis.
 * @csspart now - The "now" marker.
 * @csspart filters - The kind and horizon filters.
 * @csspart details - The selected element's details.
 * @csspart timeline - A horizon's vertical timeline (narrow form).
 * @csspart text-alternative - The horizons as text.
 *
 * Workshop mode (`editable`): a panel under the toolbar adds an element with a name, kind, horizon and date (N on a
 * marker, or a click near a curve, fills in the horizon and month there), and for the selected element renames,
 * removes, changes horizon and date, marks H2+ or H2− and adds a note; undo, redo, draft, files and export as in every
 * workshop. Keys on a marker: Alt+Left/Right move a month, Alt+Shift+Left/Right a year, Alt+Up/Down change horizon,
 * S cycles H2+, H2− and none, F2 renames, Delete removes; Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z redoes. A marker can
 * be dragged along time (snapped to months). Elements added since the workshop began carry "NY" before their label.
 *
 * @fires {{document: FlokeDocument, patch: JsonPatch, edit: Edit | null, cause: string}} floke-change - Workshop mode
 * changed the document (bubbles, composed); `patch` is RFC 6902.
 * @csspart workshop - The workshop panel.
 * @csspart new-badge - The "new since the workshop began" tag before a label.
 */
export class FlokeHorizons extends FlokeView<readonly [NormalizedDocument, number, TextStyle, UiLanguage, string], HorizonsLayout> {
  static override styles = [
    themeStyles,
    problemSummaryStyles,
    controlStyles,
    viewFrameStyles,
    compareStyles,
    horizonsDiagramStyles,
    horizonsStyles,
    horizonsWorkshopStyles,
  ];
  static override narrowWidth = HORIZONS_NARROW_WIDTH;

  protected readonly frameView = 'horizons';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () =>
      this.model && (this.width > 0 || this.display === 'list')
        ? ([
            this.model,
            Math.max(this.width, HORIZONS_NARROW_WIDTH),
            this.textStyle.value,
            this.uiLanguage,
            this.#newIds().join('\n'),
          ] as const)
        : undefined,
    // The reader's text style and the language (curve names) are inputs: labels re-wrap when either changes. So is what
    // the workshop added: those labels carry "NY" and are placed at rest.
    compute: (model: NormalizedDocument, width: number, textStyle: TextStyle, _lang: UiLanguage, added: string) =>
      this.#layOut(model, width, textStyle, added),
    laidOut: (layout) => this.roving.keepWithin(this.#visible(layout).map((e) => e.id)),
  });

  /** `added`: the ids the workshop added, one per line ('' for none): their labels carry "NY". */
  #layOut(model: NormalizedDocument, width: number, textStyle: TextStyle, added = ''): HorizonsLayout {
    const textWidth = this.labelMeasure();
    const nameWidth = this.labelMeasure('bold');
    return layoutHorizons(model, {
      width,
      textStyle,
      curveNames: this.uiStrings.horizons.names,
      ...(added ? { badge: { text: workshopCode().WORKSHOP_STRINGS[this.uiLanguage].newBadge, ids: new Set(added.split('\n')) } } : {}),
      ...(textWidth ? { textWidth } : {}),
      ...(nameWidth ? { nameWidth } : {}),
    });
  }

  #ghosts = new GhostsMemo();

  /** Compare mode: gone elements where the earlier version's layout (same width and text) had their markers. */
  get #ghostList(): readonly Ghost[] {
    const earlier = this.comparison.earlier;
    const layout = this.layout;
    const gone = this.comparison.gone;
    if (!this.comparison.active || !earlier || !layout || !gone.length) return [];
    return this.#ghosts.get([earlier, layout, gone], () =>
      horizonsGhosts(
        this.#layOut(earlier, layout.width, this.textStyle.value),
        layout,
        gone.map((g) => g.id),
      ),
    );
  }

  /** A marker's accessible name: the view's words, then "ny" / "endret" and the progress words. */
  #pointLabel(p: HorizonPlacement): string {
    const model = this.model!;
    const element = model.elements.find((e) => e.id === p.id)!;
    return this.withChangeWord(p.id, withProgressWord(model, p.id, this.uiLanguage, this.#words.pointLabel(p, element)));
  }

  @state() protected hiddenKinds: ReadonlySet<string> = new Set();
  @state() protected hiddenHorizons: ReadonlySet<Horizon> = new Set();
  /** The marker under the pointer and the focused one: their labels show on top when they have none at rest. */
  @state() protected hovered?: string;
  @state() protected focused?: string;
  /** What Enter or Space (or, in workshop mode, the last edit) just did, for screen readers. */
  @state() protected selectionAnnouncement = '';

  /**
   * Workshop mode: add, rename, remove and move elements along time and between horizons, mark H2+ and H2−, add
   * notes; each change is a new document (the given one is never mutated), a `floke-change` event and an undoable
   * step, and a draft in IndexedDB.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  @query('svg.horizons') private svgElement?: SVGSVGElement;

  /**
   * Set by `<floke-explorer editable>` on its views (property only): edits go to the explorer's editor, with one undo
   * history, one draft and one `floke-change` stream for every view; the explorer shows the toolbar.
   */
  @property({ attribute: false }) sharedEditor?: DocumentEditor;

  /**
   * Workshop mode's edits, undo and redo, draft and files (see `editable`): an enclosing explorer's, else the view's
   * own (undefined until the view is first editable: the workshop's code is a chunk of its own).
   */
  get editor(): DocumentEditor | undefined {
    return this.sharedEditor ?? this.#kit?.editor;
  }

  /** Workshop mode's editor and gestures, made once its chunk has loaded (the first time the view is `editable`). */
  #kit?: HorizonsWorkshopKit;

  #makeWorkshop(): void {
    if (this.#kit || !this.editable || !workshopChunk.loaded) return;
    this.#kit = workshopChunk.loaded.createHorizonsWorkshop(this, (own) => this.sharedEditor ?? own, {
      announce: (text) => (this.selectionAnnouncement = text),
      select: (id) => this.selectElement(id),
      strings: () => this.uiStrings,
      words: () => this.#words,
      svg: () => this.svgElement ?? null,
      focusable: (id) => this.focusTarget(id),
      active: () => this.shadowRoot?.activeElement ?? null,
      field: (name) => this.renderRoot.querySelector<HTMLInputElement>(name === 'add' ? 'input.add-name' : 'input.rename'),
    });
  }

  /** The gestures while `editable` (their chunk is there then: `scheduleUpdate` waits for it). */
  get #workshop() {
    return this.editable ? this.#kit?.workshop : undefined;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Becoming editable (before or after a document) loads the workshop first: every draw in workshop mode has it.
    if (this.editable && !workshopChunk.loaded)
      return workshopChunk.load().then(
        () => super.scheduleUpdate(),
        () => super.scheduleUpdate(),
      );
    return super.scheduleUpdate();
  }
  /** A drag just ended: the click that follows it is not a selection. */
  #dragged = false;

  /** Elements added since the workshop began, in document order. */
  #newIds(): string[] {
    const editor = this.#workshop?.editor;
    return editor && this.model ? this.model.elements.filter((e) => editor.isNew(e.id)).map((e) => e.id) : [];
  }

  /** ", ny i verkstedet" after the name of an element the workshop added ('' otherwise). */
  #newWord(id: string): string {
    return this.#workshop?.editor.isNew(id) ? `, ${workshopCode().WORKSHOP_STRINGS[this.uiLanguage].isNew}` : '';
  }

  #isHidden = (e: { kind: string; horizon?: Horizon }) =>
    this.hiddenKinds.has(e.kind) || (e.horizon !== undefined && this.hiddenHorizons.has(e.horizon));

  /** Elements whose label shows although it has no room at rest: hovered, focused, and related ones (the reader sees what they are without hovering each). */
  get #shown(): Set<string> {
    return new Set([this.hovered, this.focused, ...this.related].filter((id): id is string => id !== undefined));
  }

  #visible(layout = this.layout): HorizonPlacement[] {
    return (layout?.elements ?? []).filter((e) => !this.#isHidden(e));
  }

  get #words(): HorizonWords {
    return new HorizonWords(this.uiStrings, this.uiLanguage);
  }

  protected searchItems() {
    return this.#visible();
  }

  /** The narrow form lists undated elements too, which the drawing cannot place. */
  protected override drawnIds(): Iterable<string> {
    if (!this.narrow || !this.model) return super.drawnIds();
    return this.model.elements.filter((e) => e.horizon !== undefined && !this.#isHidden(e)).map((e) => e.id);
  }

  // ——— Keyboard and pointer ———

  #onKeydown(event: KeyboardEvent): void {
    const marker = event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('marker')) as SVGGElement | undefined;
    const id = marker?.dataset.id;
    if (!id) return;
    if (this.#workshop?.keydown(event, id)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggleSelection(id);
      const label = this.searchItems().find((item) => item.id === id)?.label ?? id;
      this.selectionAnnouncement = this.frameStrings.selectionChanged(label, this.selected === id);
      return;
    }
    const visible = this.#visible();
    this.roving.handleKey(event, id, (from, key) => pointToward(visible, from, key)?.id);
  }

  /** The marker or label (at rest) an event happened on. */
  #markOf(event: Event): string | undefined {
    const mark = event
      .composedPath()
      .find((t) => t instanceof SVGGElement && (t.classList.contains('marker') || t.classList.contains('label'))) as
      SVGGElement | undefined;
    return mark?.dataset.id;
  }

  #onClick(event: MouseEvent): void {
    const id = this.#markOf(event) ?? ghostIdOf(event);
    if (this.#dragged) this.#dragged = false;
    else if (id) this.toggleSelection(id);
    // A click far from every curve drops a place picked before: the form keeps what it holds.
    else if (this.#workshop && !this.#workshop.pickAt(event.clientX, event.clientY)) this.#workshop.cancelSpot();
  }

  #onTimelineKeydown(event: KeyboardEvent): void {
    const button = event.composedPath()[0];
    if (button instanceof HTMLButtonElement && button.dataset.id) this.#workshop?.keydown(event, button.dataset.id);
  }

  #onPointerDown(event: PointerEvent): void {
    const marker = event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('marker')) as SVGGElement | undefined;
    if (marker?.dataset.id) this.#workshop?.pointerdown(event, marker.dataset.id);
  }

  #onPointer(event: PointerEvent): void {
    this.hovered = event.type === 'pointerout' ? undefined : this.#markOf(event);
  }

  #onFocus(event: FocusEvent): void {
    this.focused = event.type === 'focusout' ? undefined : this.#markOf(event);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#makeWorkshop();
    super.willUpdate(changed);
    // Esc (or a second Enter, a click) cleared the selection: say so, or the live region keeps saying "valgt".
    const was = changed.get('selected') as string | undefined;
    if (changed.has('selected') && this.selected === undefined && was !== undefined)
      this.selectionAnnouncement = this.frameStrings.selectionChanged(this.searchItems().find((e) => e.id === was)?.label ?? was, false);
  }

  /**
   * Selecting here opens the details under the drawing: scroll them into sight (the least that shows them), or the
   * reader sees nothing happen. A selection set from outside (the explorer, the attribute) does not scroll the page.
   */
  protected override toggleSelection(id: string): void {
    super.toggleSelection(id);
    if (this.selected !== id) return;
    void this.updateComplete.then(() => {
      const motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
      this.renderRoot.querySelector('section.details')?.scrollIntoView({ block: 'nearest', behavior: motion });
    });
  }

  #setHidden(next: { horizons?: ReadonlySet<Horizon>; kinds?: ReadonlySet<string> }): void {
    if (next.horizons) this.hiddenHorizons = next.horizons;
    if (next.kinds) this.hiddenKinds = next.kinds;
    this.roving.keepWithin(this.#visible().map((e) => e.id));
  }

  // ——— Rendering ———

  protected override render() {
    const layout = this.layout;
    const model = this.model;
    if (!model || !layout) return this.renderWaiting('');
    const t = this.uiStrings;
    const words = this.#words;
    const element = (id: string) => model.elements.find((e) => e.id === id)!;
    const langOf = (texts?: Readonly<Record<string, string>>) => dataLang(model, this.uiLanguage, texts);
    const filters = renderHorizonFilters(model, {
      strings: t,
      hiddenHorizons: this.hiddenHorizons,
      hiddenKinds: this.hiddenKinds,
      toggleHorizon: (h) => this.#setHidden({ horizons: toggled(this.hiddenHorizons, h) }),
      toggleKind: (k) => this.#setHidden({ kinds: toggled(this.hiddenKinds, k) }),
    });
    const note = layout.outOfRange.length
      ? html`<p class="note" role="note">
          ${t.horizons.outOfRange(layout.outOfRange.length, Math.floor(layout.start), Math.floor(layout.end))}
        </p>`
      : nothing;
    const details = renderHorizonDetails(
      this.selected ? model.elements.find((e) => e.id === this.selected) : undefined,
      layout,
      t,
      words,
      this.headingLevel + 1,
      langOf,
      this.selected ? this.renderProgress(this.selected) : nothing,
    );
    const timelines = (interactive: boolean) =>
      renderTimelines(model, layout, {
        interactive,
        strings: t,
        words,
        selected: this.selected,
        related: this.relatedSet,
        isHidden: this.#isHidden,
        hiddenHorizons: this.hiddenHorizons,
        changeWord: (id) => `${this.listWords(id)}${this.#newWord(id)}`,
        select: (id) => this.toggleSelection(id),
        headingLevel: this.headingLevel + 1,
        langOf,
      });
    const live = html`<p class="sr-only" aria-live="polite">${this.selectionAnnouncement}</p>`;
    const workshop = this.#workshop;
    const toolbar = workshop ? html`${filters}${this.#renderWorkshop(workshop)}` : filters;
    if (this.narrow) {
      // In workshop mode the timeline's buttons take the markers' keys (N, Alt+arrows, S, F2, Delete).
      const list = workshop ? html`<div @keydown=${this.#onTimelineKeydown}>${timelines(true)}</div>` : timelines(true);
      return this.renderFrame({ filters: toolbar, legend: nothing, body: html`${note}${list}`, after: html`${details}${live}` });
    }
    const shown = this.#shown;
    const matches = this.search.matches;
    return this.renderFrame({
      filters: toolbar,
      legend: renderHorizonsLegend(layout, t),
      body: html`<div class="drawing-focus" @focusin=${this.#onFocus} @focusout=${this.#onFocus}>
        <svg
          class="horizons"
          part="diagram"
          viewBox=${`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-roledescription=${t.horizons.roleDescription}
          aria-label=${t.horizons.diagramLabel(layout.elements.length, Math.floor(layout.start), Math.floor(layout.end))}
          aria-describedby="horizons-help"
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
          @pointerover=${this.#onPointer}
          @pointerout=${this.#onPointer}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${(event: PointerEvent) => this.#workshop?.pointermove(event)}
          @pointerup=${() => (this.#dragged = this.#workshop?.pointerup() ?? false)}
        >
          ${renderHorizons(layout, {
            hidden: this.#isHidden,
            selected: this.selected,
            related: this.relatedSet,
            tabStop: this.roving.tabStop,
            shown,
            matches: matches ? new Set(matches) : undefined,
            pointLabel: (p) => `${this.#pointLabel(p)}${this.#newWord(p.id)}`,
            marks: this.marks(this.#ghostList),
            names: t.horizons.names,
            now: t.horizons.now,
            prevalence: t.horizons.prevalence,
            formatYear: String,
          })}
          ${
            workshop
              ? workshopCode().renderWorkshopMarks(layout, { spot: workshop.spot, preview: workshop.preview, when: (d) => words.date(d) })
              : nothing
          }
        </svg>
      </div>`,
      after: html`<p class="help" id="horizons-help">${t.horizons.keyboardHelp} ${workshop ? workshop.t.keys : nothing}</p>
        ${note} ${details} ${live}
        <details class="text-alternative" part="text-alternative">
          <summary>${t.horizons.textAlternative}</summary>
          ${timelines(false)} ${this.renderGoneText()}
          ${
            layout.undated.length
              ? html`${heading(this.headingLevel + 1, t.horizons.undated)}
                  <ul>
                    ${layout.undated.map((id) => html`<li lang=${langOf(element(id).texts['label'])}>${element(id).label}</li>`)}
                  </ul>`
              : nothing
          }
        </details>`,
    });
  }

  #renderWorkshop(workshop: HorizonsWorkshop) {
    const id = this.model?.id ?? 'floke';
    return workshopCode().renderHorizonsWorkshopPanel({
      workshop,
      shared: this.sharedEditor !== undefined,
      selected: this.selected,
      strings: this.uiStrings,
      lang: this.uiLanguage,
      exportSvg: () => this.downloadSvg(),
      exportPng: () => this.downloadPng(`${id}-horizons.png`),
    });
  }

  protected override readonly badgesChanges = true;
  protected override readonly badgesProgress = true;
  protected override readonly drawsGhosts = true;

  protected override readyChunks(): readonly LazyChunk<unknown>[] {
    return [...super.readyChunks(), drawingChunk];
  }

  protected override get exportSource() {
    const horizonsViewDrawing = drawingChunk.loaded?.horizonsViewDrawing;
    if (!horizonsViewDrawing) return undefined;
    if (!this.model || !this.layout) return undefined;
    const matches = this.search.matches;
    const drawing = horizonsViewDrawing(this.model, this.layout, this.uiStrings, this.#words, {
      hidden: this.#isHidden,
      selected: this.selected,
      related: this.relatedSet,
      shown: this.#shown,
      matches: matches ? new Set(matches) : undefined,
      marks: this.marks(this.#ghostList),
      pointLabel: (p) => this.#pointLabel(p),
    });
    // The workshop's "NY" tags are drawn in an editable view's export: their rules go with it.
    const css = this.exportCss(horizonsDiagramStyles.cssText);
    return { drawing, css: this.editable ? `${css}${newBadgeStyles.cssText}` : css, name: 'horizons' };
  }
}
