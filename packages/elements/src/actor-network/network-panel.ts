import type { NetworkVisibility } from '@floke/core/actor-network';
import { html, nothing } from 'lit';
import type { DataMarker } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import type { UiStrings } from '../base/strings.js';
import type { Neighbour, NetworkIndex } from './network-index.js';
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
  /** The level of the panel's heading (the view's `heading-level` plus one); its parts are one deeper. */
  readonly headingLevel: number;
  /** Marks the document's words in the UI's sentences with their own `lang` (see `dataMarker`). */
  readonly data: DataMarker;
}

const sub = { className: 'heading-sub' };

/** Brokers to list at most when nothing is in focus. */
const BROKERS_LISTED = 15;

/**
 * The panel beside the drawing: the focused node's initiatives, partners (past ties under their own heading) and
 * topics, or the network's brokers as of the date shown.
 */
export function renderNetworkPanel(state: PanelState) {
  const { index, words, visibility } = state;
  const t = state.strings.network;
  // A node's name as the panel shows it, the document's words in their own language.
  const nameOf = (node: number) => state.data(words.label(node), [index.labels[node] ?? '']);
  const tieNames = (tie: number) => {
    const { initiatives, topics } = index.view.network.ties[tie]!;
    return [...initiatives.map((id) => index.elementLabel(id)), ...topics];
  };
  const elementName = (id: string) => state.data(words.element(id), [index.elementLabel(id)]);
  const view = index.view;
  const metrics = index.metrics;
  if (state.focus === undefined) {
    const brokers = metrics.brokers.map((id) => index.index.get(id)!).filter((i) => visibility?.nodes[i]);
    return html`<section class="panel" part="panel" aria-label=${t.brokers}>
      ${heading(state.headingLevel, t.brokers)}
      ${
        brokers.length
          ? html`<ul>
              ${brokers
                .slice(0, BROKERS_LISTED)
                .map((i) => html`<li><button class="link-button" @click=${() => state.moveTo(i)}>${nameOf(i)}</button></li>`)}
            </ul>`
          : html`<p class="meta">–</p>`
      }
      ${metrics.betweennessExact ? nothing : html`<p class="meta">${t.estimated}</p>`}
      ${metrics.isolates.length ? html`<p class="meta">${t.isolates(metrics.isolates.length)}</p>` : nothing}
    </section>`;
  }
  const focus = state.focus;
  const node = view.network.nodes[focus]!;
  const shown = index
    .visibleNeighbours(focus, visibility)
    .sort((a, b) => view.network.ties[b.tie]!.weight - view.network.ties[a.tie]!.weight);
  const partners = shown.filter((p) => !visibility?.historic[p.tie]);
  const past = shown.filter((p) => visibility?.historic[p.tie]);
  const related = node.kind === 'initiative' ? node.members : node.initiatives;
  const partnerList = (list: readonly Neighbour[], className: string) =>
    html`<ul class=${className}>
      ${list.map(
        ({ node: j, tie }) =>
          html`<li>
            <button class="link-button" @click=${() => state.moveTo(j, focus)}>${nameOf(j)}</button>
            <span class="meta">${state.data(words.tie(tie, focus).split(': ').slice(1).join(': '), tieNames(tie))}</span>
          </li>`,
      )}
    </ul>`;
  const name = words.label(focus);
  return html`<section class="panel" part="panel" aria-label=${name}>
    ${heading(state.headingLevel, nameOf(focus))}
    <p class="meta">${words.where(focus)}${index.isBroker[focus] ? ` · ${t.broker}` : ''}</p>
    ${state.hasSelection ? html`<button @click=${state.clearSelection}>${t.showAll}</button>` : nothing}
    ${heading(state.headingLevel + 1, `${node.kind === 'initiative' ? t.members : t.initiatives} (${related.length})`, sub)}
    ${
      related.length
        ? html`<ul>
            ${related.map((id) => html`<li>${elementName(id)}</li>`)}
          </ul>`
        : html`<p class="meta">–</p>`
    }
    ${heading(state.headingLevel + 1, `${t.partners} (${partners.length})`, sub)}
    ${partners.length ? partnerList(partners, 'partners') : html`<p class="meta">${t.noTies}</p>`}
    ${
      past.length
        ? html`${heading(state.headingLevel + 1, `${t.pastTies} (${past.length})`, sub)} ${partnerList(past, 'partners past')}`
        : nothing
    }
    ${heading(state.headingLevel + 1, t.topics, sub)}
    <p>${node.topics.length ? state.data(node.topics.join(', '), node.topics) : '–'}</p>
  </section>`;
}
