import type { NetworkVisibility } from '@floke/core/actor-network';
import { html, nothing } from 'lit';
import type { UiStrings } from '../base/strings.js';
import type { NetworkIndex } from './network-index.js';
import type { NetworkWords } from './network-words.js';

export interface PanelState {
  readonly index: NetworkIndex;
  readonly words: NetworkWords;
  readonly strings: UiStrings;
  readonly visibility: NetworkVisibility | undefined;
  /** The node the panel tells about (selected, else hovered, else keyboard-focused); undefined: the brokers. */
  readonly focus: number | undefined;
  readonly hasSelection: boolean;
  readonly moveTo: (node: number, from?: number) => void;
  readonly clearSelection: () => void;
}

/** Brokers to list at most when nothing is in focus. */
const BROKERS_LISTED = 15;

/** The panel beside the drawing: the focused node's initiatives, partners and topics, or the network's brokers. */
export function renderNetworkPanel(state: PanelState) {
  const { index, words, visibility } = state;
  const t = state.strings.network;
  const view = index.view;
  if (state.focus === undefined) {
    const brokers = view.metrics.brokers.map((id) => index.index.get(id)!).filter((i) => visibility?.nodes[i]);
    return html`<section class="panel" part="panel" aria-label=${t.brokers}>
      <h3>${t.brokers}</h3>
      ${
        brokers.length
          ? html`<ul>
              ${brokers
                .slice(0, BROKERS_LISTED)
                .map((i) => html`<li><button class="link-button" @click=${() => state.moveTo(i)}>${words.label(i)}</button></li>`)}
            </ul>`
          : html`<p class="meta">–</p>`
      }
      ${view.metrics.betweennessExact ? nothing : html`<p class="meta">${t.estimated}</p>`}
      ${view.metrics.isolates.length ? html`<p class="meta">${t.isolates(view.metrics.isolates.length)}</p>` : nothing}
    </section>`;
  }
  const focus = state.focus;
  const node = view.network.nodes[focus]!;
  const partners = index
    .visibleNeighbours(focus, visibility)
    .sort((a, b) => view.network.ties[b.tie]!.weight - view.network.ties[a.tie]!.weight);
  const related = node.kind === 'initiative' ? node.members : node.initiatives;
  return html`<section class="panel" part="panel" aria-label=${node.label}>
    <h3>${node.label}</h3>
    <p class="meta">${words.where(focus)}${index.isBroker[focus] ? ` · ${t.broker}` : ''}</p>
    ${state.hasSelection ? html`<button @click=${state.clearSelection}>${t.showAll}</button>` : nothing}
    <h4>${node.kind === 'initiative' ? t.members : t.initiatives} (${related.length})</h4>
    ${
      related.length
        ? html`<ul>
            ${related.map((id) => html`<li>${index.elementLabel(id)}</li>`)}
          </ul>`
        : html`<p class="meta">–</p>`
    }
    <h4>${t.partners} (${partners.length})</h4>
    ${
      partners.length
        ? html`<ul class="partners">
            ${partners.map(
              ({ node: j, tie }) =>
                html`<li>
                  <button class="link-button" @click=${() => state.moveTo(j, focus)}>${words.label(j)}</button>
                  <span class="meta">${words.tie(tie, focus).split(': ').slice(1).join(': ')}</span>
                </li>`,
            )}
          </ul>`
        : html`<p class="meta">${t.noTies}</p>`
    }
    <h4>${t.topics}</h4>
    <p>${node.topics.length ? node.topics.join(', ') : '–'}</p>
  </section>`;
}
