import {
  relatedAcross,
  summarizeDocument,
  summaryInsight,
  type DocumentSummary,
  type HeadlineFigure,
  type InsightView,
  type NormalizedDocument,
  type Problem,
  type SummaryInsight,
  type UiLanguage,
} from '@floke/core';
import { topBrokers, type TopBroker } from '@floke/core/actor-network';
import { html, nothing } from 'lit';
import { heading } from '../base/heading.js';
import { dataMarker, rawTextLang } from '../base/data-lang.js';
import { property } from 'lit/decorators.js';
import { FlokeElement } from '../base/floke-element.js';
import { largeDocumentChunk } from '../base/large-document-chunk.js';
import type { ProblemMode } from '../base/calm-problems.js';
import { problemsChunk } from '../base/problems-chunk.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { formatPartialDate } from '../base/format-date.js';
import { intlLocales } from '../base/intl-locales.js';
import { themeStyles } from '../base/theme.js';
import { changesPanelStyles } from '../base/view-frame.styles.js';
import { CompareController } from '../controllers/compare.js';
import { summaryStyles } from './floke-summary.styles.js';
import type { SummaryCardStrings } from './summary-card-strings.js';
import { summaryCardStrings, summaryCardStringsChunk } from './summary-card-language.js';
import type { LazyChunk } from '../base/lazy-chunk.js';
import { deepLink } from './deep-link.js';

/** The views an element is looked for in, for a headline's link: where the problem's mechanics are drawn first. */
const LINK_VIEW_ORDER: readonly InsightView[] = ['loops', 'iceberg', 'horizons', 'network'];

/** What the card computes once per model and language. */
interface CardInsight {
  readonly model: NormalizedDocument;
  readonly lang: string;
  readonly insight: SummaryInsight;
  readonly brokers: readonly TopBroker[];
}

/**
 * The overview of a Floke document as an insight card: its title, two or three headline figures with their trend
 * and target, the loops to read first, where to act, the network's brokers (each a deep link into its view), and in
 * the footer what the document holds and what each view shows. Problems show as one calm line by default.
 *
 * @tagname floke-summary
 * @summary Insight card of a Floke document: headline figures, loops, levers, brokers, counts.
 *
 * @csspart title - The document title.
 * @csspart headlines - The headline figures.
 * @csspart loops - The loops to read first.
 * @csspart levers - Where to act.
 * @csspart brokers - The network's brokers.
 * @csspart footer - Counts and what each view shows.
 * @csspart counts - The list of counts per element kind.
 * @csspart views - What each view shows.
 */
export class FlokeSummary extends FlokeElement {
  static override styles = [themeStyles, problemSummaryStyles, changesPanelStyles, summaryStyles];

  /** Level of the title heading (2–6); lower headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The page the deep links open (holding a `<floke-explorer sync-url>`); '' (default) links within this page. Links
   * are `<link-base>#view=loops&loop=R1` or `#view=loops&selected=frafall`.
   */
  @property({ attribute: 'link-base' }) linkBase = '';

  /**
   * How problems show (attribute `problems`): `none`, `summary` (default: one calm line with a count) or `full` (the
   * list with pointers an editor needs). A failed load is one calm line and never asks to fix the JSON.
   */
  @property({ attribute: 'problems' }) problemDisplay: ProblemMode = 'summary';

  /** An earlier version (object, property only): the overview then leads with what changed since (see the views' `compare`). */
  @property({ attribute: false }) compare?: unknown;

  /** URL of an earlier version (see `compare`). */
  @property({ attribute: 'compare-src' }) compareSrc?: string;

  /** Date of a version the document carries in `versions` to compare with (see `compare-version` on the views). */
  @property({ attribute: 'compare-version' }) compareVersion?: string;

  /** The earlier version already normalized (property only), as `<floke-explorer>` shares it. */
  @property({ attribute: false }) compareModel?: NormalizedDocument;

  readonly #comparison = new CompareController(this, {
    data: () => this.compare,
    src: () => this.compareSrc,
    version: () => this.compareVersion,
    current: () => this.data,
    model: () => this.compareModel,
    later: () => this.model,
    lang: () => this.uiLanguage,
    maxBytes: () => this.maxBytes,
    timeoutMs: () => this.srcTimeout,
  });

  /** Every problem, and why a `compare-version` cannot be compared with. */
  override get problems(): readonly Problem[] {
    const version = this.#comparison.versionProblems;
    return version.length ? [...super.problems, ...version] : super.problems;
  }

  /** The "what changed" panel, when comparing. */
  #renderChanges() {
    const diff = this.#comparison.diff;
    const summary = this.#comparison.summary;
    const code = this.#comparison.code;
    if (!diff || !summary || !code) return nothing;
    const strings = code.COMPARE_STRINGS[this.uiLanguage];
    const select = (id: string) => this.selectElement(id);
    return code.renderChangesPanel({ strings, lang: this.uiLanguage, diff, summary, earlierProblems: this.#comparison.problems, select });
  }

  #card?: CardInsight;

  /** Headline figures, loops, levers and brokers, computed once per model and language. */
  #insight(model: NormalizedDocument): CardInsight {
    const lang = this.uiLanguage;
    if (this.#card?.model !== model || this.#card.lang !== lang) {
      this.#card = { model, lang, insight: summaryInsight(model, lang), brokers: topBrokers(model) };
    }
    return this.#card;
  }

  get #cardStrings(): SummaryCardStrings {
    return summaryCardStrings(this.uiLanguage);
  }

  protected override stringChunks(lang: UiLanguage): readonly LazyChunk<unknown>[] {
    const chunk = summaryCardStringsChunk(lang);
    return chunk ? [...super.stringChunks(lang), chunk] : super.stringChunks(lang);
  }

  #heading(offset: number, content: unknown, part?: string) {
    return heading(Math.max(2, this.headingLevel) + offset, content, { className: offset === 0 ? 'h2' : 'h3', ...(part ? { part } : {}) });
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

  #link(view: InsightView, state: { selected?: string; loop?: string }, content: unknown) {
    return html`<a href=${deepLink(this.linkBase, { view, ...state })}>${content}</a>`;
  }

  /** The first view the element is drawn in, for a link to it. */
  #viewOf(model: NormalizedDocument, id: string): InsightView | undefined {
    const across = relatedAcross(model, id);
    return LINK_VIEW_ORDER.find((view) => across[view].appears);
  }

  #renderHeadline(model: NormalizedDocument, { progress, element }: HeadlineFigure) {
    const c = this.#cardStrings;
    const { indicator, latest, target } = progress;
    const view = element ? this.#viewOf(model, element) : undefined;
    const data = dataMarker(model, this.uiLanguage);
    const label = data(indicator.label);
    const name = view && element ? this.#link(view, { selected: element }, label) : label;
    // "100,000 personer": the number in the UI's language, the unit in the document's.
    const value = (v: number) => data(progress.format(v), indicator.unit ? [indicator.unit] : []);
    return html`<li class="headline" data-indicator=${indicator.id}>
      <span class="headline-label">${name}</span>
      <dl class="headline-figures">
        <div class="headline-latest">
          <dt>${c.latest}</dt>
          <dd>
            <span class="headline-value">${latest ? value(latest.value) : '–'}</span
            >${latest ? html` <span class="when">${progress.formatDate(latest.date)}</span>` : nothing}
          </dd>
        </div>
        ${
          target
            ? html`<div class="headline-target">
                <dt>${c.target(progress.formatDate(target.date))}</dt>
                <dd><span class="headline-value">${value(target.value)}</span></dd>
              </div>`
            : nothing
        }
      </dl>
      <span class="headline-trend ${progress.trend}">${progress.trendText}</span>
    </li>`;
  }

  #renderInsight(model: NormalizedDocument) {
    const c = this.#cardStrings;
    const t = this.uiStrings;
    const { insight, brokers } = this.#insight(model);
    const data = dataMarker(model, this.uiLanguage);
    return html`
      ${
        insight.headlines.length
          ? html`<section class="card-section" part="headlines">
              ${this.#heading(1, c.headlines)}
              <ul class="headlines">
                ${insight.headlines.map((headline) => this.#renderHeadline(model, headline))}
              </ul>
            </section>`
          : nothing
      }
      ${
        insight.loops.length
          ? html`<section class="card-section" part="loops">
              ${this.#heading(1, c.loops)}
              <ol class="insight-list">
                ${insight.loops.map(
                  (loop) =>
                    html`<li data-loop=${loop.code}>
                      ${this.#link('loops', { loop: loop.code }, loop.name ? data(loop.name) : loop.code)}
                      <span class="subtle"
                        >(${c.polarity[loop.polarity]}${loop.hypothesised ? `, ${t.cld.hypothesised.toLowerCase()}` : ''}):
                        ${data(loop.members.join(' → '), loop.members)}</span
                      >
                    </li>`,
                )}
              </ol>
              <p class="subtle">${c.loopTotal(insight.loopCount, insight.loopsComplete)}</p>
            </section>`
          : nothing
      }
      ${
        insight.levers.length
          ? html`<section class="card-section" part="levers">
              ${this.#heading(1, c.whereToAct)}
              <ol class="insight-list">
                ${insight.levers.map(
                  (lever) =>
                    html`<li data-id=${lever.id}>
                      ${this.#link('loops', { selected: lever.id }, data(lever.label))}
                      <span class="subtle">(${t.cld.roles[lever.role]}, ${c.inLoops(lever.loops)})</span>
                    </li>`,
                )}
              </ol>
            </section>`
          : nothing
      }
      ${
        brokers.length
          ? html`<section class="card-section" part="brokers">
              ${this.#heading(1, c.brokers)}
              <p class="subtle">${c.brokersIntro}</p>
              <ul class="insight-list">
                ${brokers.map((broker) => html`<li data-id=${broker.id}>${this.#link('network', { selected: broker.id }, data(broker.label))}</li>`)}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  protected override render() {
    const t = this.uiStrings;
    const problems =
      problemsChunk.loaded?.renderCalmProblems(this.problems, this.problemDisplay, t, this.uiLanguage, this.headingLevel + 1) ?? nothing;
    const large = largeDocumentChunk.loaded; // there whenever a large document is being prepared or drawn in part
    if (!this.model) {
      const status =
        this.preparing && large
          ? large.renderPreparing(this.preparing, this.uiLanguage, () => this.cancelPreparing())
          : this.preparingCancelled && large
            ? large.renderCancelled(this.uiLanguage, () => this.retryPreparing())
            : html`<p class=${this.loading ? 'loading' : 'empty'} role="status">${this.loading ? t.loading : t.noDocument}</p>`;
      return html`${problems} ${status}`;
    }
    const summary = summarizeDocument(this.model);
    const { title, description, updated } = this.model;
    const source = (this.model.source ?? {}) as { title?: unknown; description?: unknown };
    return html`
      ${this.#heading(0, html`<span lang=${rawTextLang(this.model, this.uiLanguage, source.title)}>${title}</span>`, 'title')}
      ${updated ? html`<p class="updated">${t.updated} ${this.#formatDate(updated)}</p>` : nothing}
      ${description ? html`<p class="description" lang=${rawTextLang(this.model, this.uiLanguage, source.description)}>${description}</p>` : nothing}
      ${large?.renderScope(this.model, this.uiLanguage) ?? nothing} ${problems} ${this.#renderChanges()} ${this.#renderInsight(this.model)}
      <footer part="footer">
        ${this.#heading(1, this.#cardStrings.inTheDocument)} ${this.#renderCounts(summary)} ${this.#renderViews(summary)}
      </footer>
    `;
  }
}
