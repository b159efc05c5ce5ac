import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import {
  layoutHorizons,
  type Horizon,
  type HorizonPlacement,
  type HorizonsLayout,
  type NormalizedDocument,
  type TextStyle,
  type UiLanguage,
} from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { dataLang } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import { controlStyles } from '../base/controls.styles.js';
import { FlokeView } from '../base/floke-view.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { changesPanelStyles, viewFrameStyles } from '../base/view-frame.styles.js';
import { ViewLayoutController } from '../controllers/view-layout.js';
import { horizonsDiagramStyles, horizonsStyles } from './floke-horizons.styles.js';
import { HorizonWords } from './horizon-words.js';
import { renderHorizonsLegend } from './horizons-legend.js';
import { pointToward } from './horizons-navigation.js';
import { renderHorizonDetails, renderHorizonFilters, renderTimelines } from './horizons-templates.js';
import { renderHorizons } from './render-horizons.js';

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
 */
export class FlokeHorizons extends FlokeView<readonly [NormalizedDocument, number, TextStyle, UiLanguage], HorizonsLayout> {
  static override styles = [
    themeStyles,
    problemSummaryStyles,
    controlStyles,
    viewFrameStyles,
    changesPanelStyles,
    horizonsDiagramStyles,
    horizonsStyles,
  ];
  static override narrowWidth = HORIZONS_NARROW_WIDTH;

  protected readonly frameView = 'horizons';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () =>
      this.model && (this.width > 0 || this.display === 'list')
        ? ([this.model, Math.max(this.width, HORIZONS_NARROW_WIDTH), this.textStyle.value, this.uiLanguage] as const)
        : undefined,
    // The reader's text style and the language (curve names) are inputs: labels re-wrap when either changes.
    compute: (model: NormalizedDocument, width: number, textStyle: TextStyle) => {
      const textWidth = this.labelMeasure();
      const nameWidth = this.labelMeasure('bold');
      return layoutHorizons(model, {
        width,
        textStyle,
        curveNames: this.uiStrings.horizons.names,
        ...(textWidth ? { textWidth } : {}),
        ...(nameWidth ? { nameWidth } : {}),
      });
    },
    laidOut: (layout) => this.roving.keepWithin(this.#visible(layout).map((e) => e.id)),
  });

  @state() protected hiddenKinds: ReadonlySet<string> = new Set();
  @state() protected hiddenHorizons: ReadonlySet<Horizon> = new Set();
  /** The marker under the pointer and the focused one: their labels show on top when they have none at rest. */
  @state() protected hovered?: string;
  @state() protected focused?: string;
  /** What Enter or Space just did, for screen readers. */
  @state() protected selectionAnnouncement = '';

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
    const id = this.#markOf(event);
    if (id) this.toggleSelection(id);
  }

  #onPointer(event: PointerEvent): void {
    this.hovered = event.type === 'pointerout' ? undefined : this.#markOf(event);
  }

  #onFocus(event: FocusEvent): void {
    this.focused = event.type === 'focusout' ? undefined : this.#markOf(event);
  }

  protected override willUpdate(changed: PropertyValues): void {
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
        changeWord: (id) => this.changeWord(id),
        select: (id) => this.toggleSelection(id),
        headingLevel: this.headingLevel + 1,
        langOf,
      });
    const live = html`<p class="sr-only" aria-live="polite">${this.selectionAnnouncement}</p>`;
    if (this.narrow)
      return this.renderFrame({ filters, legend: nothing, body: html`${note}${timelines(true)}`, after: html`${details}${live}` });
    const shown = this.#shown;
    const matches = this.search.matches;
    return this.renderFrame({
      filters,
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
        >
          ${renderHorizons(layout, {
            hidden: this.#isHidden,
            selected: this.selected,
            related: this.relatedSet,
            tabStop: this.roving.tabStop,
            shown,
            matches: matches ? new Set(matches) : undefined,
            pointLabel: (p) => this.withChangeWord(p.id, words.pointLabel(p, element(p.id))),
            names: t.horizons.names,
            now: t.horizons.now,
            prevalence: t.horizons.prevalence,
            formatYear: String,
          })}
        </svg>
      </div>`,
      after: html`<p class="help" id="horizons-help">${t.horizons.keyboardHelp}</p>
        ${note} ${details} ${live}
        <details class="text-alternative" part="text-alternative">
          <summary>${t.horizons.textAlternative}</summary>
          ${timelines(false)}
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
    });
    return { drawing, css: horizonsDiagramStyles.cssText, name: 'horizons' };
  }
}
