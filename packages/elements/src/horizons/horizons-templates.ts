import {
  ELEMENT_KINDS,
  HORIZONS,
  KIND_GLYPHS,
  type Horizon,
  type HorizonsLayout,
  type NormalizedDocument,
  type NormalizedElement,
} from '@floke/core';
import { html, nothing } from 'lit';
import { heading } from '../base/heading.js';
import type { CommonUiStrings } from '../base/strings.js';
import type { HorizonWords } from './horizon-words.js';

/** The filters in the toolbar: which horizons and which kinds of element are shown. */
export function renderHorizonFilters(
  model: NormalizedDocument,
  state: {
    readonly strings: CommonUiStrings;
    readonly hiddenHorizons: ReadonlySet<Horizon>;
    readonly hiddenKinds: ReadonlySet<string>;
    readonly toggleHorizon: (h: Horizon) => void;
    readonly toggleKind: (kind: string) => void;
  },
) {
  const t = state.strings;
  const kinds = ELEMENT_KINDS.filter((k) => model.elements.some((e) => e.kind === k && e.horizon));
  return html`
    <div class="filters" part="filters" role="group" aria-label=${t.horizons.filters}>
      <fieldset>
        <legend>${t.horizons.horizonsFilter}</legend>
        ${HORIZONS.map(
          (h) =>
            html`<label
              ><input type="checkbox" data-horizon=${h} .checked=${!state.hiddenHorizons.has(h)} @change=${() => state.toggleHorizon(h)} />
              ${t.horizons.names[h]}</label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t.horizons.kindsFilter}</legend>
        ${kinds.map(
          (k) =>
            html`<label
              ><input type="checkbox" data-kind=${k} .checked=${!state.hiddenKinds.has(k)} @change=${() => state.toggleKind(k)} />
              <span aria-hidden="true">${KIND_GLYPHS[k]}</span> ${t.kinds[k]}</label
            >`,
        )}
      </fieldset>
    </div>
  `;
}

/** The selected element's details under the drawing. */
export function renderHorizonDetails(
  element: NormalizedElement | undefined,
  layout: HorizonsLayout | undefined,
  strings: CommonUiStrings,
  words: HorizonWords,
  headingLevel: number,
  /** The `lang` of a text of the document where it is not the UI's (see `dataLang`). */
  langOf: (texts?: Readonly<Record<string, string>>) => string | typeof nothing,
  /** Its indicators' progress in words, with data points and sources (nothing without indicators). */
  progress: unknown = nothing,
) {
  if (!element || !element.horizon) return nothing;
  const t = strings;
  const extra = words.extraOf(
    element,
    layout?.elements.find((e) => e.id === element.id),
  );
  return html`
    <section class="details" part="details" aria-label=${t.horizons.details}>
      ${heading(headingLevel, html`<span lang=${langOf(element.texts['label'])}>${element.label}</span>`)}
      <p>${t.kinds[element.kind]} · ${t.horizons.names[element.horizon]} · ${words.when(element)}${extra ? ` · ${extra}` : ''}</p>
      ${element.description ? html`<p lang=${langOf(element.texts['description'])}>${element.description}</p>` : nothing}
      ${
        element.notes.length
          ? html`<p><strong>${t.horizons.notes}:</strong></p>
              <ul>
                ${element.notes.map(
                  (n) => html`<li>${words.date(n.date)}${n.author ? ` (${n.author})` : ''}: <span lang=${langOf()}>${n.text}</span></li>`,
                )}
              </ul>`
          : nothing
      }
      ${progress}
    </section>
  `;
}

/** One list per horizon, ordered by date: the narrow form (buttons that select) and the text alternative. */
export function renderTimelines(
  model: NormalizedDocument,
  layout: HorizonsLayout | undefined,
  state: {
    readonly interactive: boolean;
    readonly strings: CommonUiStrings;
    readonly words: HorizonWords;
    readonly selected: string | undefined;
    /** Elements related to a selection made elsewhere: outlined with dots. */
    readonly related?: ReadonlySet<string>;
    readonly isHidden: (e: { kind: string; horizon?: Horizon }) => boolean;
    readonly hiddenHorizons: ReadonlySet<Horizon>;
    /** Compare mode: ", ny" / ", endret" after an element's name ('' when unchanged). */
    readonly changeWord?: (id: string) => string;
    readonly select: (id: string) => void;
    /** The level of each horizon's heading (the view's own plus one). */
    readonly headingLevel: number;
    /** The `lang` of a text of the document where it is not the UI's (see `dataLang`). */
    readonly langOf: (texts?: Readonly<Record<string, string>>) => string | typeof nothing;
  },
) {
  const t = state.strings;
  const placement = new Map(layout?.elements.map((p) => [p.id, p]));
  const byYear = (e: NormalizedElement) => placement.get(e.id)?.year ?? Number.POSITIVE_INFINITY;
  return html`
    <div class="timelines">
      ${HORIZONS.filter((h) => !state.interactive || !state.hiddenHorizons.has(h)).map((h) => {
        const elements = model.elements
          .filter((e) => e.horizon === h && (!state.interactive || !state.isHidden(e)))
          .sort((a, b) => byYear(a) - byYear(b));
        return html`
          <section class="timeline" part=${state.interactive ? 'timeline' : nothing} data-horizon=${h}>
            ${heading(state.headingLevel, t.horizons.names[h])}
            <ol>
              ${elements.map((e) => {
                const extra = state.words.extraOf(e, placement.get(e.id));
                const content = html`<span class="when">${state.words.when(e)}</span
                  ><span lang=${state.langOf(e.texts['label'])}>${e.label}</span
                  >${state.changeWord?.(e.id) ?? ''}${extra ? html` <em>(${extra})</em>` : nothing}`;
                return html`<li class=${state.related?.has(e.id) ? 'related' : ''}>
                  ${
                    state.interactive
                      ? html`<button
                          data-id=${e.id}
                          aria-pressed=${state.selected === e.id ? 'true' : 'false'}
                          @click=${() => state.select(e.id)}
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
