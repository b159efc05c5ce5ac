import type { CrossViewRelation, InsightView, NormalizedDocument, NormalizedElement, UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import { heading as headingAt } from '../base/heading.js';
import { dataLang, dataMarker } from '../base/data-lang.js';
import '../indicator.js';
import { formatPartialDate } from '../base/format-date.js';
import type { CommonUiStrings } from '../base/strings.js';
import type { ExplorerStrings } from './explorer-strings.js';
import type { ExplorerView } from './explorer-views.js';
import { safeHref } from '../base/safe-href.js';

/** What the detail panel tells about: the selected element, the document it is in and where it appears. */
export interface DetailState {
  readonly model: NormalizedDocument;
  readonly element: NormalizedElement;
  readonly across: Readonly<Record<InsightView, CrossViewRelation>>;
  readonly strings: ExplorerStrings;
  readonly ui: CommonUiStrings;
  readonly lang: UiLanguage;
  /** The heading level of the panel's title; its sections are one deeper. */
  readonly headingLevel: number;
  /** The base URL relative source links resolve against. */
  readonly baseUrl: string;
  readonly show: (view: ExplorerView) => void;
  readonly clear: () => void;
}

const DRAWINGS: readonly InsightView[] = ['network', 'horizons', 'iceberg', 'loops'];

const heading = (level: number, text: unknown, id?: string) =>
  headingAt(level, text, { className: level > 2 ? 'h4' : 'h3', ...(id ? { id } : {}) });

/** "NAV Skien deltar i Los-ordning": each relation of the element in words, the element's own label first or last. */
function relationSentences(state: DetailState): unknown[] {
  const { model, element, strings: t } = state;
  const label = new Map(model.elements.map((e) => [e.id, e.label]));
  const data = dataMarker(model, state.lang);
  return model.relations
    .filter((r) => r.from === element.id || r.to === element.id)
    .map((r) => {
      const verb = t.verbs[r.type as keyof ExplorerStrings['verbs']] ?? r.type;
      const polarity = r.polarity ? ` (${t.polarity[r.polarity]})` : r.direction ? ` (${t.direction[r.direction]})` : '';
      const about = r.about ? ` – ${r.about}` : '';
      const names = [label.get(r.from) ?? r.from, label.get(r.to) ?? r.to, ...(r.about ? [r.about] : [])];
      return data(`${label.get(r.from) ?? r.from} ${verb} ${label.get(r.to) ?? r.to}${polarity}${about}`, names);
    });
}

function renderSources(state: DetailState) {
  const { model, element } = state;
  const ids = [...new Set([...element.sources, ...element.sourceLocators.map((l) => l.source)])];
  const sources = ids.flatMap((id) => model.sources.filter((s) => s.id === id));
  if (sources.length === 0) return nothing;
  return html`<section class="sources">
    ${heading(state.headingLevel + 1, state.strings.sources)}
    <ul>
      ${sources.map((s) => {
        const href = safeHref(s.url, state.baseUrl);
        const locators = element.sourceLocators.filter((l) => l.source === s.id).map((l) => l.locator);
        const meta = [s.publisher, s.year === undefined ? undefined : String(s.year), ...locators].filter(Boolean).join(', ');
        return html`<li data-source=${s.id}>
          ${href ? html`<a href=${href} rel="noopener noreferrer">${s.title}</a>` : html`<cite>${s.title}</cite>`}${meta ? html` <span class="meta">(${meta})</span>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

function renderNotes(state: DetailState) {
  const notes = [...state.element.notes].sort((a, b) => b.date.localeCompare(a.date));
  if (notes.length === 0) return nothing;
  return html`<section class="notes">
    ${heading(state.headingLevel + 1, state.strings.notes)}
    <ul>
      ${notes.map(
        (n) =>
          html`<li>
            <time datetime=${n.date}>${formatPartialDate(n.date, state.lang, 'long')}</time>:
            ${n.text}${n.author ? html` <span class="meta">(${n.author})</span>` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}

function renderIndicators(state: DetailState) {
  const indicators = state.element.indicators.flatMap((id) => state.model.indicators.filter((i) => i.id === id));
  if (indicators.length === 0) return nothing;
  return html`<section class="indicators">
    ${heading(state.headingLevel + 1, state.strings.indicators)}
    <ul>
      ${indicators.map(
        (i) =>
          html`<li data-indicator=${i.id}>
            <floke-indicator
              .model=${state.model}
              indicator=${i.id}
              heading-level=${Math.min(6, state.headingLevel + 2)}
              problems="none"
            ></floke-indicator>
          </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The detail panel's content for the selected element: label, kind, description, the views it appears in (buttons
 * that switch view and keep the selection), its relations in words, sources (only http, https and mailto links),
 * dated notes and indicators (each a `<floke-indicator>` on the shared model).
 */
export function renderDetails(state: DetailState): TemplateResult {
  const { element, strings: t } = state;
  const views = DRAWINGS.filter((v) => state.across[v].appears);
  const relations = relationSentences(state);
  const loops = [...new Set(DRAWINGS.flatMap((v) => state.across[v].loops ?? []))];
  return html`
    ${heading(state.headingLevel, html`<span lang=${dataLang(state.model, state.lang, element.texts['label'])}>${element.label}</span>`, 'detail-title')}
    <p class="kind">${state.ui.kinds[element.kind]}</p>
    ${element.description ? html`<p class="description" lang=${dataLang(state.model, state.lang, element.texts['description'])}>${element.description}</p>` : nothing}
    ${
      views.length
        ? html`<p class="show-in">
            <span id="show-in-label">${t.showIn}:</span>
            ${views.map(
              (v, i) =>
                html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<button
                    type="button"
                    class="link-button"
                    data-show=${v}
                    aria-describedby="show-in-label"
                    @click=${() => state.show(v)}
                  >
                    ${t.views[v].toLowerCase()}
                  </button>`,
            )}
          </p>`
        : nothing
    }
    ${
      relations.length
        ? html`<section class="relations">
            ${heading(state.headingLevel + 1, t.relations)}
            <ul>
              ${relations.map((r) => html`<li>${r}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${loops.length ? html`<p class="loops">${t.loops}: ${loops.join(', ')}</p>` : nothing} ${renderSources(state)} ${renderNotes(state)}
    ${renderIndicators(state)}
    <button type="button" class="clear" @click=${state.clear}>${t.clearSelection}</button>
  `;
}
