import {
  indicatorProgress,
  INDICATOR_CHART_SIZE,
  layoutIndicatorChart,
  type IndicatorProgress,
  type NormalizedIndicator,
  type NormalizedSource,
} from '@floke/core';
import { html, nothing } from 'lit';
import { dataMarker } from '../base/data-lang.js';
import { property } from 'lit/decorators.js';
import { FlokeElement } from '../base/floke-element.js';
import { PROBLEM_MODES, renderCalmProblems, type ProblemMode } from '../base/calm-problems.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { INDICATOR_STRINGS, type IndicatorStrings } from './indicator-strings.js';
import { indicatorStyles } from './floke-indicator.styles.js';
import { renderIndicatorChart } from './render-indicator-chart.js';
import { safeHref } from '../base/safe-href.js';
import { ElementWidthController } from '../controllers/element-width.js';

export { PROBLEM_MODES, type ProblemMode };

/** Movement from the first to the latest measurement, as a glyph beside the words (never colour alone). */
const MOVEMENT_GLYPH = { up: '↑', down: '↓', same: '→' } as const;

/**
 * One indicator of a Floke document with its trend: the latest measurement and the target side by side (a target is
 * never shown as the latest value), whether it is heading for the target judged by the direction that is better, a
 * small chart (measurements as dots on a line, targets as diamonds), one sentence saying the same, and its source.
 * For pages that want one number with its trend.
 *
 * @tagname floke-indicator
 * @summary One indicator: latest value, target, trend, chart and sentence.
 *
 * @csspart heading - The indicator's name.
 * @csspart latest - The latest measurement.
 * @csspart target - The target.
 * @csspart trend - The trend and the better direction in words.
 * @csspart chart - The chart (SVG).
 * @csspart sentence - The sentence.
 * @csspart source - The source line.
 */
export class FlokeIndicator extends FlokeElement {
  static override styles = [themeStyles, problemSummaryStyles, indicatorStyles];

  /** Id of the indicator to show; without it, the document's first indicator. */
  @property() indicator?: string;

  /** Level of the heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * How problems show (attribute `problems`): `none`, `summary` (one calm line; default) or `full` (the list an
   * editor needs). A failure to load is always one calm line.
   */
  @property({ attribute: 'problems' }) problemDisplay: ProblemMode = 'summary';

  /** The indicator shown, or undefined when there is none (yet). */
  get shownIndicator(): NormalizedIndicator | undefined {
    const indicators = this.model?.indicators ?? [];
    return this.indicator ? indicators.find((i) => i.id === this.indicator) : indicators[0];
  }

  /** The progress of the indicator shown, in the element's language. */
  get progress(): IndicatorProgress | undefined {
    const shown = this.shownIndicator;
    return shown ? indicatorProgress(shown, this.uiLanguage) : undefined;
  }

  get #strings(): IndicatorStrings {
    return INDICATOR_STRINGS[this.uiLanguage];
  }

  /** The chart as a standalone SVG document (for export and snapshots); empty before an indicator is shown. */
  toSVG(): string {
    const chart = this.renderRoot.querySelector('svg.chart');
    if (!chart) return '';
    const clone = chart.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return clone.outerHTML;
  }

  /** A text with the indicator's name and unit in the document's language (see `markDataText`). */
  #data(text: string): unknown {
    const indicator = this.shownIndicator;
    const names = indicator ? [indicator.label, ...(indicator.unit ? [indicator.unit] : [])] : [];
    return dataMarker(this.model, this.uiLanguage)(text, names);
  }

  /** The host's content width, so the chart is never wider than the room it has (WCAG 1.4.10 at 400 % zoom). */
  readonly #width = new ElementWidthController(this);

  /** The chart at its designed width, or narrower when the view is. */
  #chartSize(): { width?: number } {
    const room = this.#width.width;
    return room > 0 && room < INDICATOR_CHART_SIZE.width ? { width: Math.floor(room) } : {};
  }

  #figure(part: 'latest' | 'target', caption: string, value: string, when?: string) {
    return html`<div class="figure" part=${part}>
      <dt>${caption}</dt>
      <dd><span class="value">${this.#data(value)}</span>${when ? html` <span class="when">${when}</span>` : nothing}</dd>
    </div>`;
  }

  #trend(progress: IndicatorProgress) {
    const { first, latest } = progress;
    const movement =
      first && latest && first !== latest ? (latest.value > first.value ? 'up' : latest.value < first.value ? 'down' : 'same') : undefined;
    return html`<p class="trend ${progress.trend}" part="trend">
      ${movement ? html`<span class="glyph" aria-hidden="true">${MOVEMENT_GLYPH[movement]}</span>` : nothing}
      <span class="trend-words">${progress.trendText}</span>${
        progress.better
          ? html` · <span class="better"><span aria-hidden="true">${MOVEMENT_GLYPH[progress.better]}</span> ${progress.betterText}</span>`
          : nothing
      }
    </p>`;
  }

  #legend(progress: IndicatorProgress) {
    const s = this.#strings;
    return html`<ul class="legend" aria-hidden="true">
      ${
        progress.measurements.length
          ? html`<li>
              <svg width="12" height="12"><circle cx="6" cy="6" r="4" class="legend-dot"></circle></svg>${s.measured}
            </li>`
          : nothing
      }
      ${
        progress.targets.length
          ? html`<li>
              <svg width="14" height="14"><path d="M7,1L13,7L7,13L1,7Z" class="legend-target"></path></svg>${s.target}
            </li>`
          : nothing
      }
    </ul>`;
  }

  #table(progress: IndicatorProgress) {
    const s = this.#strings;
    const rows = [
      ...progress.measurements.map((p) => ({ ...p, kind: s.measured })),
      ...progress.targets.map((p) => ({ ...p, kind: s.target })),
    ];
    return html`<details>
      <summary>${s.showNumbers}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${s.date}</th>
            <th scope="col">${s.value}</th>
            <th scope="col">${s.kind}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <td>${progress.formatDate(row.date)}</td>
                <td>${this.#data(progress.format(row.value))}</td>
                <td>${row.kind}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  #source(source: NormalizedSource | undefined) {
    if (!source) return nothing;
    const href = safeHref(source.url, document.baseURI);
    const title = href ? html`<a href=${href} rel="noopener">${source.title}</a>` : source.title;
    const about = [source.publisher, source.year].filter((v) => v !== undefined && v !== '').join(', ');
    return html`<p class="source" part="source">${this.#strings.source}: ${title}${about ? ` (${about})` : ''}</p>`;
  }

  protected override render() {
    const s = this.#strings;
    const problems = renderCalmProblems(this.problems, this.problemDisplay, this.uiStrings, this.uiLanguage, this.headingLevel + 1);
    if (!this.model) return html`${problems}${this.loading ? html`<p class="status" role="status">${s.loading}</p>` : nothing}`;
    const progress = this.progress;
    if (!progress) {
      return html`${problems}
        <p class="status" role="status">${this.indicator ? s.notFound(this.indicator) : s.noIndicators}</p>`;
    }
    const { indicator, latest, target } = progress;
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const source = this.model.sources.find((candidate) => candidate.id === indicator.source);
    return html`${problems}
      <figure>
        <div class="heading" role="heading" aria-level=${level} part="heading">${this.#data(indicator.label)}</div>
        <dl class="figures">
          ${this.#figure('latest', s.latest, latest ? progress.format(latest.value) : s.notMeasured, latest ? progress.formatDate(latest.date) : undefined)}
          ${target ? this.#figure('target', `${s.target} ${progress.formatDate(target.date)}`, progress.format(target.value)) : nothing}
        </dl>
        ${this.#trend(progress)}
        <div class="chart-box">
          ${renderIndicatorChart(layoutIndicatorChart(progress, this.#chartSize()), s.chartLabel(indicator.label))}
        </div>
        ${this.#legend(progress)}
        <figcaption class="sentence" part="sentence">${this.#data(progress.sentence)}</figcaption>
        ${this.#table(progress)} ${this.#source(source)}
      </figure>`;
  }
}
