import { KIND_GLYPHS, type NormalizedDocument } from '@floke/core';
import { html, nothing } from 'lit';
import { dataLang, dataMarker } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import type { CommonUiStrings } from '../base/strings.js';
import { explainsOf } from './explains.js';

export interface LayerListState {
  /** Buttons that select (the narrow form), or plain text (the text alternative). */
  readonly interactive: boolean;
  readonly selected: string | undefined;
  /** Elements related to a selection made elsewhere: outlined with dots. */
  readonly related?: ReadonlySet<string>;
  readonly strings: CommonUiStrings;
  /** Compare mode: ", ny" / ", endret" after an element's name ('' when unchanged). */
  readonly changeWord?: (id: string) => string;
  readonly select: (id: string) => void;
  /** The level of each layer's heading (the view's own plus one). */
  readonly headingLevel: number;
  /** The UI's language: the document's texts carry their own `lang` where it differs. */
  readonly uiLang: string;
}

/** The layers with their elements, top down, and the waterline between: the narrow form and the text alternative. */
export function renderLayerList(model: NormalizedDocument, state: LayerListState) {
  const t = state.strings.iceberg;
  const kinds = state.strings.kinds;
  const layers = model.views.iceberg.layers;
  const waterIndex = layers.findIndex((l) => l.id === model.views.iceberg.waterline);
  const langOf = (texts?: Readonly<Record<string, string>>) => dataLang(model, state.uiLang, texts);
  const data = dataMarker(model, state.uiLang);
  // A preset's layer names come in the UI's language; layers the document declares are in its own.
  const source = model.source as { views?: { iceberg?: { layers?: unknown } } } | undefined;
  const layerLang = Array.isArray(source?.views?.iceberg?.layers) ? langOf() : nothing;
  return html`
    <ol class="layers" part=${state.interactive ? 'list' : nothing}>
      ${layers.map((layer, index) => {
        const elements = model.elements.filter((e) => e.layer === layer.id);
        return html`
          <li class=${index > waterIndex && waterIndex >= 0 ? 'below-water' : 'above-water'} data-layer=${layer.id}>
            ${heading(state.headingLevel, html`<span lang=${layerLang}>${layer.label}</span>`, { className: 'layer-name' })}
            ${layer.description ? html`<p class="layer-description" lang=${layerLang}>${layer.description}</p>` : nothing}
            ${elements.length === 0 ? html`<p class="layer-description">${t.emptyLayer}</p>` : nothing}
            <ul class="elements">
              ${elements.map((e) => {
                const links = explainsOf(model, e.id);
                const content = html`
                  <span class=${`kind-swatch kind-${e.kind}`} aria-hidden="true">${KIND_GLYPHS[e.kind]}</span>
                  <span class="sr-only">${kinds[e.kind]}:</span>
                  <span lang=${langOf(e.texts['label'])}>${e.label}</span>${state.changeWord?.(e.id) ?? ''}
                  ${links.explains.length ? html`<span class="relation">${t.explains}: ${data(links.explains.join('; '), links.explains)}</span>` : nothing}
                  ${links.explainedBy.length ? html`<span class="relation">${t.explainedBy}: ${data(links.explainedBy.join('; '), links.explainedBy)}</span>` : nothing}
                `;
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
            </ul>
          </li>
          ${index === waterIndex && index < layers.length - 1 ? html`<li class="waterline-marker" aria-label=${t.waterline}>${t.waterline}</li>` : nothing}
        `;
      })}
    </ol>
  `;
}
