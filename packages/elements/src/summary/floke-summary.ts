import { summarizeDocument, type DocumentSummary } from '@floke/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { FlokeElement } from '../base/floke-element.js';
import { renderProblemSummary } from '../base/problem-summary.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { formatPartialDate } from '../base/format-date.js';
import { intlLocales } from '../base/intl-locales.js';
import { themeStyles } from '../base/theme.js';
import { summaryStyles } from './floke-summary.styles.js';

/**
 * An overview of a Floke document: its title and description, what it holds, what each view will show,
 * its indicators, and a list of its problems. A text alternative for the document as a whole.
 *
 * @tagname floke-summary
 * @summary Overview and validation report of a Floke document.
 *
 * @csspart title - The document title.
 * @csspart counts - The list of counts per element kind.
 * @csspart views - What each view shows.
 * @csspart indicators - The indicator table.
 */
export class FlokeSummary extends FlokeElement {
  static override styles = [themeStyles, problemSummaryStyles, summaryStyles];

  /** Level of the title heading (2–6); lower headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  #heading(offset: number, content: unknown, part?: string) {
    const level = Math.min(6, Math.max(2, this.headingLevel) + offset);
    return html`<div role="heading" aria-level=${level} class=${offset === 0 ? 'h2' : 'h3'} part=${part ?? nothing}>${content}</div>`;
  }

  #formatDate(date: string): string {
    return formatPartialDate(date, this.uiLanguage, 'long');
  }

  #formatNumber(value: number): string {
    return new Intl.NumberFormat(intlLocales(this.uiLanguage)).format(value);
  }

  #renderCounts(summary: DocumentSummary) {
    const t = this.uiStrings;
    const kinds = Object.entries(summary.elementsByKind).filter(([, count]) => count > 0);
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    return html`
      <dl class="counts" part="counts">
        ${kinds.map(
          ([kind, count]) =>
            html`<div class="count">
              <dt>${t.kinds[kind as keyof typeof t.kinds]}</dt>
              <dd>${this.#formatNumber(count)}</dd>
            </div>`,
        )}
        <div class="count">
          <dt>${t.relations}</dt>
          <dd>${this.#formatNumber(total(summary.relationsByType))}</dd>
        </div>
        <div class="count">
          <dt>${t.sources}</dt>
          <dd>${this.#formatNumber(summary.sources)}</dd>
        </div>
      </dl>
    `;
  }

  #renderViews(summary: DocumentSummary) {
    const t = this.uiStrings;
    const placed = summary.elementsByLayer.reduce((sum, layer) => sum + layer.count, 0);
    const { H1, H2, H3 } = summary.elementsByHorizon;
    const actors = summary.actorsByLevel.reduce((sum, level) => sum + level.count, 0);
    return html`
      ${this.#heading(1, t.perView)}
      <ul class="views" part="views">
        <li>
          ${t.icebergCount(placed, summary.elementsByLayer.length)}
          (${summary.elementsByLayer.map((layer) => `${layer.label} ${layer.count}`).join(', ')})
        </li>
        <li>${t.horizonsCount(H1, H2, H3)}</li>
        <li>
          ${t.networkCount(actors, summary.elementsByKind.initiative, summary.networkTies)}
          (${summary.actorsByLevel.map((level) => `${level.label} ${level.count}`).join(', ')})
        </li>
        <li>${t.loopsCount(summary.causalFactors, summary.relationsByType.causes, summary.namedLoops)}</li>
      </ul>
    `;
  }

  #renderIndicators(summary: DocumentSummary) {
    if (summary.latestIndicators.length === 0) return nothing;
    const t = this.uiStrings;
    return html`
      ${this.#heading(1, t.indicators)}
      <table part="indicators">
        <thead>
          <tr>
            <th scope="col">${t.indicators}</th>
            <th scope="col">${t.latestValue}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.latestIndicators.map(
            ({ indicator, latest }) => html`
              <tr>
                <th scope="row">${indicator.label}</th>
                <td class="value">
                  ${
                    latest
                      ? `${this.#formatNumber(latest.value)} ${indicator.unit ?? ''} (${this.#formatDate(latest.date)}${latest.target ? `, ${t.target}` : ''})`
                      : '–'
                  }
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }

  protected override render() {
    const t = this.uiStrings;
    const problems = renderProblemSummary(this.problems, t, this.uiLanguage, this.headingLevel + 1);
    if (!this.model) {
      return html`${problems}
        <p class=${this.loading ? 'loading' : 'empty'} role="status">${this.loading ? t.loading : t.noDocument}</p>`;
    }
    const summary = summarizeDocument(this.model);
    const { title, description, updated } = this.model;
    return html`
      ${this.#heading(0, title, 'title')} ${updated ? html`<p class="updated">${t.updated} ${this.#formatDate(updated)}</p>` : nothing}
      ${description ? html`<p class="description">${description}</p>` : nothing} ${problems} ${this.#renderCounts(summary)}
      ${this.#renderViews(summary)} ${this.#renderIndicators(summary)}
    `;
  }
}
