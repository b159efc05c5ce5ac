import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import { KIND_GLYPHS, layoutIceberg, type IcebergChip, type IcebergLayout, type NormalizedDocument, type TextStyle } from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { FlokeView } from '../base/floke-view.js';
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
  ];
  static override narrowWidth = ICEBERG_NARROW_WIDTH;

  protected readonly frameView = 'iceberg';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () =>
      this.model && (this.width > 0 || this.display === 'list')
        ? ([this.model, Math.max(this.width, ICEBERG_NARROW_WIDTH), this.#textStyle, this.uiStrings.iceberg] as const)
        : undefined,
    compute: (model: NormalizedDocument, width: number, textStyle: TextStyle, texts: UiStrings['iceberg']) => {
      const textWidth = this.labelMeasure();
      const boldTextWidth = this.labelMeasure('bold');
      return layoutIceberg(model, {
        width,
        textStyle,
        texts,
        ...(textWidth ? { textWidth } : {}),
        ...(boldTextWidth ? { boldTextWidth } : {}),
      });
    },
    laidOut: (layout) => this.roving.keepWithin(layout.chips.map((c) => c.id)),
  });

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
    // With the selection cleared (Esc, a second click, Space) the view is at rest: no chain until focus or the pointer moves on.
    if (changed.has('selected') && this.selected === undefined) {
      this.focused = undefined;
      this.hovered = undefined;
      // Esc (or a second Enter, a click) cleared it: say so, or the live region keeps saying "valgt".
      const was = changed.get('selected') as string | undefined;
      if (was !== undefined)
        this.selectionAnnouncement = this.frameStrings.selectionChanged(this.searchItems().find((c) => c.id === was)?.label ?? was, false);
    }
  }

  /** A focused or hovered chip other than the selected one shows its own chain: Esc dismisses that first. */
  protected override hasActiveState(): boolean {
    return super.hasActiveState() || (this.hovered ?? this.focused ?? this.selected) !== this.selected;
  }

  protected override clearActiveState(): void {
    super.clearActiveState();
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
    const id = this.#chipIdOf(event);
    if (id) this.toggleSelection(id);
  }

  #onPointerOver(event: PointerEvent): void {
    this.hovered = this.#chipIdOf(event);
  }

  #onPointerLeave(): void {
    this.hovered = undefined;
  }

  #onFocusIn(event: FocusEvent): void {
    this.focused = this.#chipIdOf(event);
  }

  #onFocusOut(): void {
    this.focused = undefined;
  }

  // ——— Rendering ———

  #kindName(kind: string): string {
    return this.uiStrings.kinds[kind as keyof typeof this.uiStrings.kinds] ?? kind;
  }

  #chipLabel(chip: IcebergChip): string {
    return this.withChangeWord(chip.id, icebergChipLabel(this.model!, this.uiStrings, chip));
  }

  #renderList(interactive: boolean) {
    return renderLayerList(this.model!, {
      interactive,
      selected: this.selected,
      related: this.relatedSet,
      strings: this.uiStrings,
      changeWord: (id) => this.changeWord(id),
      select: (id) => this.toggleSelection(id),
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
    if (this.narrow) return this.renderFrame({ legend: this.#renderLegend(), body: this.#renderList(true), after: nothing });
    const matches = this.search.matches;
    return this.renderFrame({
      legend: this.#renderLegend(),
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
        >
          ${renderIceberg(layout, {
            ...(this.chain ? { chain: this.chain } : {}),
            selected: this.selected,
            related: this.relatedSet,
            tabStop: this.roving.tabStop,
            matches: matches ? new Set(matches) : undefined,
            chipLabel: (chip) => this.#chipLabel(chip),
            ...(this.comparison.active ? { change: (id: string) => this.changeStatus(id), newWord: this.compareStrings.status.new } : {}),
            texts: { waterline: t.iceberg.waterline },
          })}
        </svg>
      </div>`,
      after: html`<p class="help" id="iceberg-help">${t.iceberg.keyboardHelp}</p>
        <details class="text-alternative" part="text-alternative">
          <summary>${t.iceberg.textAlternative}</summary>
          ${this.#renderList(false)}
        </details>
        <p class="sr-only" aria-live="polite">${this.selectionAnnouncement}</p>`,
    });
  }

  protected override readonly badgesChanges = true;

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
    });
    return { drawing, css: icebergDiagramStyles.cssText, name: 'iceberg' };
  }
}
