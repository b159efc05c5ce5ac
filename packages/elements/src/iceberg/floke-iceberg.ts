import { layoutIceberg, type IcebergChip, type IcebergLayout, type NormalizedDocument, type TextWidth } from '@floke/core';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { joinDrawnLines } from '../base/export-image.js';
import { controlStyles } from '../base/controls.styles.js';
import { MeasuredFlokeElement } from '../base/measured-element.js';
import { renderProblemSummary } from '../base/problem-summary.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { icebergDiagramStyles, icebergStyles } from './floke-iceberg.styles.js';
import { KIND_SYMBOLS } from '../base/kind-symbols.js';
import { renderIceberg } from './render-iceberg.js';

/** Below this width (CSS px) the iceberg reflows to a stacked list of layers (WCAG 1.4.10). */
export const ICEBERG_NARROW_WIDTH = 480;

/**
 * The systems iceberg: events above the waterline, patterns, structures and mental models beneath, elements
 * as chips in their layer and `explains` links across layers. Narrow containers get a stacked list.
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
 * @csspart list - The stacked list of layers (narrow containers).
 * @csspart text-alternative - The iceberg as text.
 */
export class FlokeIceberg extends MeasuredFlokeElement<IcebergLayout> {
  static override styles = [themeStyles, problemSummaryStyles, controlStyles, icebergDiagramStyles, icebergStyles];
  static override narrowWidth = ICEBERG_NARROW_WIDTH;

  @state() protected tabStop?: string;

  @query('svg.iceberg') private svgElement?: SVGSVGElement;

  protected override computeLayout(model: NormalizedDocument, width: number, textWidth: TextWidth | undefined): IcebergLayout {
    return layoutIceberg(model, { width, ...(textWidth ? { textWidth } : {}) });
  }

  protected override layoutChanged(layout: IcebergLayout): void {
    if (!this.tabStop || !layout.chips.some((c) => c.id === this.tabStop)) this.tabStop = layout.chips[0]?.id;
  }

  // ——— The chain of explanations ———

  /** The selected element and everything it explains or is explained by, transitively, and their links. */
  get chain(): { chips: Set<string>; links: Set<string> } | undefined {
    if (!this.selected || !this.model) return undefined;
    const explains = this.model.relations.filter((r) => r.type === 'explains');
    const chips = new Set([this.selected]);
    const links = new Set<string>();
    for (const direction of ['down', 'up'] as const) {
      const queue = [this.selected];
      const seen = new Set(queue);
      while (queue.length) {
        const id = queue.shift()!;
        for (const r of explains) {
          const [here, there] = direction === 'down' ? [r.from, r.to] : [r.to, r.from];
          if (here !== id) continue;
          links.add(r.id);
          chips.add(there);
          if (!seen.has(there)) {
            seen.add(there);
            queue.push(there);
          }
        }
      }
    }
    return { chips, links };
  }

  #select(id: string | null): void {
    this.selectElement(id === this.selected ? null : id);
  }

  // ——— Keyboard: Up/Down between layers, Left/Right within a layer ———

  #neighbour(chip: IcebergChip, key: string): IcebergChip | undefined {
    const layout = this.layout!;
    const sameLayer = layout.chips.filter((c) => c.layer === chip.layer);
    if (key === 'ArrowLeft') return sameLayer[chip.order - 1];
    if (key === 'ArrowRight') return sameLayer[chip.order + 1];
    if (key === 'Home') return sameLayer[0];
    if (key === 'End') return sameLayer[sameLayer.length - 1];
    const bandIndex = layout.bands.findIndex((b) => b.id === chip.layer);
    const step = key === 'ArrowUp' ? -1 : 1;
    for (let i = bandIndex + step; i >= 0 && i < layout.bands.length; i += step) {
      const candidates = layout.chips.filter((c) => c.layer === layout.bands[i]!.id);
      // Skip empty layers; land on the chip nearest in position.
      if (candidates.length)
        return candidates.reduce((best, c) =>
          Math.abs(c.x - chip.x) + Math.abs(c.y - chip.y) * 0.1 < Math.abs(best.x - chip.x) + Math.abs(best.y - chip.y) * 0.1 ? c : best,
        );
    }
    return undefined;
  }

  #onKeydown(event: KeyboardEvent): void {
    const id = (event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('chip')) as SVGGElement | undefined)
      ?.dataset.id;
    const chip = id ? this.layout?.chips.find((c) => c.id === id) : undefined;
    if (event.key === 'Escape') {
      if (this.selected) this.selectElement(null);
      return;
    }
    if (!chip) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(chip.id);
      return;
    }
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = this.#neighbour(chip, event.key);
    if (next) this.focusElement(next.id);
  }

  override focusElement(id: string): void {
    this.tabStop = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus());
  }

  // ——— Rendering ———

  #kindName(kind: string): string {
    return this.uiStrings.kinds[kind as keyof UiKinds] ?? kind;
  }

  #relationsOf(id: string) {
    const explains = this.model?.relations.filter((r) => r.type === 'explains') ?? [];
    const label = (other: string) => this.model?.elements.find((e) => e.id === other)?.label ?? other;
    return {
      explains: explains.filter((r) => r.from === id).map((r) => label(r.to)),
      explainedBy: explains.filter((r) => r.to === id).map((r) => label(r.from)),
    };
  }

  #chipLabel(chip: IcebergChip): string {
    const t = this.uiStrings.iceberg;
    const links = this.#relationsOf(chip.id);
    const layer = this.model!.views.iceberg.layers.find((l) => l.id === chip.layer)?.label ?? chip.layer;
    return t.chipLabel(this.#kindName(chip.kind), joinDrawnLines(chip.lines), layer, links.explains.length + links.explainedBy.length);
  }

  /** Layers with their elements, in order: the stacked list and the text alternative. */
  #renderList(interactive: boolean) {
    const t = this.uiStrings.iceberg;
    const model = this.model!;
    const waterline = model.views.iceberg.waterline;
    const waterIndex = model.views.iceberg.layers.findIndex((l) => l.id === waterline);
    return html`
      <ol class="layers" part=${interactive ? 'list' : nothing}>
        ${model.views.iceberg.layers.map((layer, index) => {
          const elements = model.elements.filter((e) => e.layer === layer.id);
          return html`
            <li class=${index > waterIndex && waterIndex >= 0 ? 'below-water' : 'above-water'} data-layer=${layer.id}>
              <p class="layer-name">${layer.label}</p>
              ${layer.description ? html`<p class="layer-description">${layer.description}</p>` : nothing}
              ${elements.length === 0 ? html`<p class="layer-description">${t.emptyLayer}</p>` : nothing}
              <ul class="elements">
                ${elements.map((e) => {
                  const links = this.#relationsOf(e.id);
                  const content = html`
                    <span class="symbol" aria-hidden="true">${KIND_SYMBOLS[e.kind]}</span>
                    <span class="sr-only">${this.#kindName(e.kind)}:</span> ${e.label}
                    ${links.explains.length ? html`<span class="relation">${t.explains}: ${links.explains.join('; ')}</span>` : nothing}
                    ${links.explainedBy.length ? html`<span class="relation">${t.explainedBy}: ${links.explainedBy.join('; ')}</span>` : nothing}
                  `;
                  return html`<li>
                    ${
                      interactive
                        ? html`<button
                            data-id=${e.id}
                            aria-pressed=${this.selected === e.id ? 'true' : 'false'}
                            @click=${() => this.#select(e.id)}
                          >
                            ${content}
                          </button>`
                        : content
                    }
                  </li>`;
                })}
              </ul>
            </li>
            ${index === waterIndex && index < model.views.iceberg.layers.length - 1 ? html`<li class="waterline-marker" aria-label=${t.waterline}>${t.waterline}</li>` : nothing}
          `;
        })}
      </ol>
    `;
  }

  #renderLegend() {
    const t = this.uiStrings;
    const kinds = [...new Set(this.layout?.chips.map((c) => c.kind) ?? [])];
    return html`
      <ul class="legend" part="legend" aria-label=${t.iceberg.legend}>
        ${kinds.map((kind) => html`<li><span class="symbol" aria-hidden="true">${KIND_SYMBOLS[kind as keyof typeof KIND_SYMBOLS]}</span>${this.#kindName(kind)}</li>`)}
        <li><span class="symbol" aria-hidden="true">→</span>${t.iceberg.explainsLegend}</li>
        <li><span class="symbol" aria-hidden="true">↓</span>${t.iceberg.shallow} → ${t.iceberg.deep}</li>
      </ul>
    `;
  }

  protected override render() {
    const t = this.uiStrings;
    const problems = renderProblemSummary(this.problems, t, this.uiLanguage);
    if (!this.model)
      return html`${problems}
        <p class="help" role="status">${this.loading ? t.loading : t.noDocument}</p>`;
    if (this.narrow || !this.layout) {
      return html`${problems}${this.width === 0 && this.display !== 'list' ? nothing : this.#renderList(true)}`;
    }
    const layout = this.layout;
    return html`
      ${problems}
      <div class="toolbar"><button @click=${() => this.downloadSvg()}>${t.cld.exportSvg}</button></div>
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
      >
        ${renderIceberg(layout, {
          ...(this.chain ? { chain: this.chain } : {}),
          selected: this.selected,
          tabStop: this.tabStop,
          chipLabel: (chip) => this.#chipLabel(chip),
          texts: t.iceberg,
        })}
      </svg>
      <p class="help" id="iceberg-help">${t.iceberg.keyboardHelp}</p>
      ${this.#renderLegend()}
      <details class="text-alternative" part="text-alternative">
        <summary>${t.iceberg.textAlternative}</summary>
        ${this.#renderList(false)}
      </details>
    `;
  }

  #onClick(event: MouseEvent): void {
    const id = (event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('chip')) as SVGGElement | undefined)
      ?.dataset.id;
    if (id) {
      this.tabStop = id;
      this.#select(id);
    }
  }

  protected override get exportSource() {
    if (!this.svgElement || !this.layout) return undefined;
    return {
      svg: this.svgElement,
      css: icebergDiagramStyles.cssText,
      width: this.layout.width,
      height: this.layout.height,
      name: 'iceberg',
    };
  }
}

type UiKinds = import('../base/strings.js').UiStrings['kinds'];
