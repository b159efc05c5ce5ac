import {
  ELEMENT_KINDS,
  HORIZONS,
  layoutHorizons,
  type Horizon,
  type HorizonPlacement,
  type HorizonsLayout,
  type NormalizedDocument,
  type NormalizedElement,
  type TextWidth,
} from '@floke/core';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { MeasuredFlokeElement } from '../base/measured-element.js';
import { intlLocales } from '../base/intl-locales.js';
import { KIND_SYMBOLS } from '../base/kind-symbols.js';
import { renderProblemSummary } from '../base/problem-summary.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { horizonsDiagramStyles, horizonsStyles } from './floke-horizons.styles.js';
import { renderHorizons } from './render-horizons.js';

/** Below this width (CSS px) the view reflows to a vertical timeline per horizon. */
export const HORIZONS_NARROW_WIDTH = 560;

/**
 * Bill Sharpe's three horizons over real time: H1 (today's system) falling, H2 (innovation) rising and
 * falling, H3 (the desired future) rising, with each dated element on its curve.
 *
 * @tagname floke-horizons
 * @summary Three horizons over time, with elements on their curves.
 *
 * @csspart diagram - The SVG drawing.
 * @csspart curve - A horizon's curve.
 * @csspart point - An element: marker, label, period, leader line.
 * @csspart axis - The time axis.
 * @csspart now - The "now" marker.
 * @csspart filters - The kind and horizon filters.
 * @csspart details - The selected element's details.
 * @csspart timeline - A horizon's vertical timeline (narrow containers).
 * @csspart text-alternative - The horizons as text.
 */
export class FlokeHorizons extends MeasuredFlokeElement<HorizonsLayout> {
  static override styles = [themeStyles, problemSummaryStyles, controlStyles, horizonsDiagramStyles, horizonsStyles];
  static override narrowWidth = HORIZONS_NARROW_WIDTH;

  @state() protected tabStop?: string;
  @state() protected hiddenKinds = new Set<string>();
  @state() protected hiddenHorizons = new Set<Horizon>();

  @query('svg.horizons') private svgElement?: SVGSVGElement;

  protected override computeLayout(model: NormalizedDocument, width: number, textWidth: TextWidth | undefined): HorizonsLayout {
    return layoutHorizons(model, { width, ...(textWidth ? { textWidth } : {}) });
  }

  protected override layoutChanged(layout: HorizonsLayout): void {
    if (!this.tabStop || !layout.elements.some((e) => e.id === this.tabStop)) this.tabStop = this.#visible()[0]?.id;
  }

  #isHidden = (e: { kind: string; horizon?: Horizon }) =>
    this.hiddenKinds.has(e.kind) || (e.horizon !== undefined && this.hiddenHorizons.has(e.horizon));

  #visible(): HorizonPlacement[] {
    return (this.layout?.elements ?? []).filter((e) => !this.#isHidden(e));
  }

  // ——— Words ———

  #formatYear = (year: number) => String(year);

  #formatDate(date: string): string {
    const [year, month, day] = date.split('-').map(Number);
    if (month === undefined) return String(year);
    const options: Intl.DateTimeFormatOptions =
      day === undefined ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
    return new Intl.DateTimeFormat(intlLocales(this.uiLanguage), { ...options, timeZone: 'UTC' }).format(
      Date.UTC(year!, month - 1, day ?? 1),
    );
  }

  #when(e: NormalizedElement): string {
    const t = this.uiStrings.horizons;
    if (e.date) return this.#formatDate(e.date);
    if (e.period) return t.period(this.#formatDate(e.period.start), e.period.end && this.#formatDate(e.period.end));
    return t.undated;
  }

  #extra(e: { shift?: string; planned: boolean; outOfRange?: string }): string {
    const t = this.uiStrings.horizons;
    return [
      e.shift === 'toward-h3' ? t.towardH3 : e.shift === 'absorbed-by-h1' ? t.absorbedByH1 : '',
      e.planned ? t.planned : '',
      e.outOfRange === 'before' ? t.before : e.outOfRange === 'after' ? t.after : '',
    ]
      .filter(Boolean)
      .join(', ');
  }

  #element(id: string): NormalizedElement | undefined {
    return this.model?.elements.find((e) => e.id === id);
  }

  #pointLabel(p: HorizonPlacement): string {
    const t = this.uiStrings;
    const element = this.#element(p.id)!;
    return t.horizons.pointLabel(
      t.kinds[p.kind as keyof typeof t.kinds] ?? p.kind,
      p.label,
      t.horizons.names[p.horizon],
      this.#when(element),
      this.#extra({ ...p, ...(p.shift ? { shift: p.shift } : {}) }),
    );
  }

  // ——— Keyboard: Left/Right along a horizon by date, Up/Down between horizons ———

  #onKeydown(event: KeyboardEvent): void {
    const id = (event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('marker')) as SVGGElement | undefined)
      ?.dataset.id;
    if (event.key === 'Escape') {
      if (this.selected) this.selectElement(null);
      return;
    }
    const here = this.#visible().find((e) => e.id === id);
    if (!here) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectElement(this.selected === here.id ? null : here.id);
      return;
    }
    const visible = this.#visible();
    let next: HorizonPlacement | undefined;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const same = visible.filter((e) => e.horizon === here.horizon);
      next = same[same.indexOf(here) + (event.key === 'ArrowRight' ? 1 : -1)];
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      // Up goes toward H3 (the future), down toward H1.
      const order = HORIZONS.indexOf(here.horizon);
      for (
        let i = order + (event.key === 'ArrowUp' ? 1 : -1);
        i >= 0 && i < HORIZONS.length && !next;
        i += event.key === 'ArrowUp' ? 1 : -1
      ) {
        const candidates = visible.filter((e) => e.horizon === HORIZONS[i]);
        if (candidates.length)
          next = candidates.reduce((best, e) => (Math.abs(e.year - here.year) < Math.abs(best.year - here.year) ? e : best));
      }
    } else return;
    event.preventDefault();
    if (next) this.focusElement(next.id);
  }

  override focusElement(id: string): void {
    this.tabStop = id;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement | SVGElement>(`.marker[data-id="${CSS.escape(id)}"], button[data-id="${CSS.escape(id)}"]`)
        ?.focus(),
    );
  }

  #onClick(event: MouseEvent): void {
    const id = (event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('point')) as SVGGElement | undefined)
      ?.dataset.id;
    if (id) {
      this.tabStop = id;
      this.selectElement(this.selected === id ? null : id);
    }
  }

  // ——— Rendering ———

  #toggle<T>(set: Set<T>, value: T): Set<T> {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  }

  #renderFilters() {
    const t = this.uiStrings;
    const kinds = ELEMENT_KINDS.filter((k) => this.model!.elements.some((e) => e.kind === k && e.horizon));
    return html`
      <div class="filters" part="filters" role="group" aria-label=${t.horizons.filters}>
        <fieldset>
          <legend>${t.horizons.horizonsFilter}</legend>
          ${HORIZONS.map(
            (h) =>
              html`<label
                ><input
                  type="checkbox"
                  data-horizon=${h}
                  .checked=${!this.hiddenHorizons.has(h)}
                  @change=${() => (this.hiddenHorizons = this.#toggle(this.hiddenHorizons, h))}
                />
                ${t.horizons.names[h]}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.horizons.kindsFilter}</legend>
          ${kinds.map(
            (k) =>
              html`<label
                ><input
                  type="checkbox"
                  data-kind=${k}
                  .checked=${!this.hiddenKinds.has(k)}
                  @change=${() => (this.hiddenKinds = this.#toggle(this.hiddenKinds, k))}
                />
                <span aria-hidden="true">${KIND_SYMBOLS[k]}</span> ${t.kinds[k]}</label
              >`,
          )}
        </fieldset>
      </div>
    `;
  }

  #renderDetails() {
    const element = this.selected ? this.#element(this.selected) : undefined;
    if (!element || !element.horizon) return nothing;
    const t = this.uiStrings;
    const placement = this.layout?.elements.find((e) => e.id === element.id);
    const extra = this.#extra({
      ...(element.horizonShift && element.horizon === 'H2' ? { shift: element.horizonShift } : {}),
      planned: element.planned,
      ...(placement?.outOfRange ? { outOfRange: placement.outOfRange } : {}),
    });
    return html`
      <section class="details" part="details" aria-label=${t.horizons.details}>
        <h3>${element.label}</h3>
        <p>${t.kinds[element.kind]} · ${t.horizons.names[element.horizon]} · ${this.#when(element)}${extra ? ` · ${extra}` : ''}</p>
        ${element.description ? html`<p>${element.description}</p>` : nothing}
        ${
          element.notes.length
            ? html`<p><strong>${t.horizons.notes}:</strong></p>
                <ul>
                  ${element.notes.map((n) => html`<li>${this.#formatDate(n.date)}${n.author ? ` (${n.author})` : ''}: ${n.text}</li>`)}
                </ul>`
            : nothing
        }
      </section>
    `;
  }

  /** One list per horizon, ordered by date: the narrow view (interactive) and the text alternative. */
  #renderTimelines(interactive: boolean) {
    const t = this.uiStrings;
    const model = this.model!;
    const byYear = (e: NormalizedElement) => this.layout?.elements.find((p) => p.id === e.id)?.year ?? Number.POSITIVE_INFINITY;
    return html`
      <div class="timelines">
        ${HORIZONS.filter((h) => !interactive || !this.hiddenHorizons.has(h)).map((h) => {
          const elements = model.elements
            .filter((e) => e.horizon === h && (!interactive || !this.#isHidden(e)))
            .sort((a, b) => byYear(a) - byYear(b));
          return html`
            <section class="timeline" part=${interactive ? 'timeline' : nothing} data-horizon=${h}>
              <h3>${t.horizons.names[h]}</h3>
              <ol>
                ${elements.map((e) => {
                  const extra = this.#extra({
                    ...(e.horizonShift && h === 'H2' ? { shift: e.horizonShift } : {}),
                    planned: e.planned,
                    ...(this.layout?.elements.find((p) => p.id === e.id)?.outOfRange
                      ? { outOfRange: this.layout!.elements.find((p) => p.id === e.id)!.outOfRange! }
                      : {}),
                  });
                  const content = html`<span class="when">${this.#when(e)}</span>${e.label}${extra ? html` <em>(${extra})</em>` : nothing}`;
                  return html`<li>
                    ${
                      interactive
                        ? html`<button
                            data-id=${e.id}
                            aria-pressed=${this.selected === e.id ? 'true' : 'false'}
                            @click=${() => this.selectElement(this.selected === e.id ? null : e.id)}
                          >
                            ${content}
                          </button>`
                        : content
                    }
                  </li>`;
                })}
              </ol>
            </section>
          `;
        })}
      </div>
    `;
  }

  protected override render() {
    const t = this.uiStrings;
    const problems = renderProblemSummary(this.problems, t, this.uiLanguage);
    if (!this.model)
      return html`${problems}
        <p class="help" role="status">${this.loading ? t.loading : t.noDocument}</p>`;
    const layout = this.layout;
    const notes = layout
      ? html`${layout.outOfRange.length ? html`<p class="note" role="note">${t.horizons.outOfRange(layout.outOfRange.length, Math.floor(layout.start), Math.floor(layout.end))}</p>` : nothing}`
      : nothing;
    if (this.narrow || !layout) {
      return html`${problems}${this.width === 0 && this.display !== 'list' ? nothing : html`${this.#renderFilters()}${notes}${this.#renderTimelines(true)}${this.#renderDetails()}`}`;
    }
    return html`
      ${problems} ${this.#renderFilters()}
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
      >
        ${renderHorizons(layout, {
          hidden: (e) => this.#isHidden(e),
          selected: this.selected,
          tabStop: this.tabStop,
          pointLabel: (e) => this.#pointLabel(e),
          names: t.horizons.names,
          now: t.horizons.now,
          prevalence: t.horizons.prevalence,
          formatYear: this.#formatYear,
        })}
      </svg>
      <p class="help" id="horizons-help">${t.horizons.keyboardHelp}</p>
      ${notes} ${this.#renderDetails()}
      <details class="text-alternative" part="text-alternative">
        <summary>${t.horizons.textAlternative}</summary>
        ${this.#renderTimelines(false)}
        ${
          layout.undated.length
            ? html`<h3>${t.horizons.undated}</h3>
                <ul>
                  ${layout.undated.map((id) => html`<li>${this.#element(id)?.label}</li>`)}
                </ul>`
            : nothing
        }
      </details>
    `;
  }

  protected override get exportSource() {
    if (!this.svgElement || !this.layout) return undefined;
    return {
      svg: this.svgElement,
      css: horizonsDiagramStyles.cssText,
      width: this.layout.width,
      height: this.layout.height,
      name: 'horizons',
    };
  }
}
