import type { NormalizedDocument } from '@floke/core';
import { html, nothing } from 'lit';
import { KIND_SYMBOLS } from '../base/kind-symbols.js';
import type { CommonUiStrings } from '../base/strings.js';
import { explainsOf } from './explains.js';

export interface LayerListState {
  /** Buttons that select (the narrow form), or plain text (the text alternative). */
  readonly interactive: boolean;
  readonly selected: string | undefined;
  /** Elements related to a selection made elsewhere: outlined with dots. */
  readonly related?: ReadonlySet<string>;
  readonly strings: CommonUiStrings;
  readonly select: (id: string) => void;
}

/** The layers with their elements, top down, and the waterline between: the narrow form and the text alternative. */
export function renderLayerList(model: NormalizedDocument, state: LayerListState) {
  const t = state.strings.iceberg;
  const kinds = state.strings.kinds;
  const layers = model.views.iceberg.layers;
  const waterIndex = layers.findIndex((l) => l.id === model.views.iceberg.waterline);
  return html`
    <ol class="layers" part=${state.interactive ? 'list' : nothing}>
      ${layers.map((layer, index) => {
        const elements = model.elements.filter((e) => e.layer === layer.id);
        return html`
          <li class=${index > waterIndex && waterIndex >= 0 ? 'below-water' : 'above-water'} data-layer=${layer.id}>
            <p class="layer-name">${layer.label}</p>
            ${layer.description ? html`<p class="layer-description">${layer.description}</p>` : nothing}
            ${elements.length === 0 ? html`<p class="layer-description">${t.emptyLayer}</p>` : nothing}
            <ul class="elements">
              ${elements.map((e) => {
                const links = explainsOf(model, e.id);
                const content = html`
                  <span class=${`kind-swatch kind-${e.kind}`} aria-hidden="true">${KIND_SYMBOLS[e.kind]}</span>
                  <span class="sr-only">${kinds[e.kind]}:</span> ${e.label}
                  ${links.explains.length ? html`<span class="relation">${t.explains}: ${links.explains.join('; ')}</span>` : nothing}
                  ${links.explainedBy.length ? html`<span class="relation">${t.explainedBy}: ${links.explainedBy.join('; ')}</span>` : nothing}
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
