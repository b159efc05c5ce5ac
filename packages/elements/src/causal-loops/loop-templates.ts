import type { CausalLoopDiagram, Loop } from '@floke/core';
import { html, nothing, svg } from 'lit';
import type { UiStrings } from '../base/strings.js';
import type { LoopIndex } from './loop-index.js';
import type { LoopWords } from './loop-words.js';
import { renderActText } from './act-templates.js';

/** Loops listed in the panel at most; the text alternative and search still cover every factor. */
export const PANEL_LIMIT = 300;

/** The legend: link signs, delay, and what R and B mean. */
export function renderLoopLegend(strings: UiStrings) {
  const t = strings.cld;
  const sample = (dashed: boolean, glyph: string) => svg`
    <svg width="46" height="20" aria-hidden="true">
      <line x1="2" y1="10" x2="36" y2="10" class="link-line" stroke-dasharray=${dashed ? '7 4' : 'none'}></line>
      <g class="glyph" transform="translate(36,10)"><circle r="8"></circle><text dy="0.35em" text-anchor="middle">${glyph}</text></g>
    </svg>`;
  return html`
    <ul class="legend" part="legend" aria-label=${t.legend}>
      <li>${sample(false, '+')}${t.legendPositive}</li>
      <li>${sample(true, '−')}${t.legendNegative}</li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <g class="delay" transform="translate(10,10)">
            <line x1="-3" y1="-8" x2="-3" y2="8"></line>
            <line x1="3" y1="-8" x2="3" y2="8"></line>
          </g>
        </svg>
        ${t.legendDelay}
      </li>
      <li>
        <svg width="64" height="20" aria-hidden="true">
          <line x1="2" y1="10" x2="34" y2="10" class="link-line inferred-line"></line>
          <line x1="2" y1="10" x2="34" y2="10" class="link-core"></line>
          <g class="glyph" transform="translate(34,10)">
            <circle r="8"></circle>
            <text dy="0.35em" text-anchor="middle">+</text>
          </g>
          <g class="evidence-mark" transform="translate(54,10)">
            <circle r="8"></circle>
            <text dy="0.35em" text-anchor="middle">?</text>
          </g>
        </svg>
        ${t.legendInferred}
      </li>
      <li><strong>R</strong> ${t.legendReinforcing}</li>
      <li><strong>B</strong> ${t.legendBalancing}</li>
    </ul>
  `;
}

export interface LoopPanelState {
  readonly strings: UiStrings;
  readonly index: LoopIndex;
  readonly words: LoopWords;
  /** The selected factor, when it is one: the panel lists its loops. */
  readonly factor: string | undefined;
  /** The loop chosen with the `loop` attribute (id or code). */
  readonly chosen: string | undefined;
  readonly highlighted: string | undefined;
  readonly hover: (loopId: string | undefined) => void;
  readonly choose: (loopId: string) => void;
  readonly showAll: () => void;
}

/** The loops panel: every loop, or the loops of the selected factor; hovering or focusing one highlights it. */
export function renderLoopPanel(state: LoopPanelState) {
  const { index, words } = state;
  const t = state.strings.cld;
  const diagram = index.diagram;
  const loops = state.factor ? index.loopsThrough(state.factor) : index.sortedLoops;
  const heading = state.factor
    ? t.loopsThrough(index.labels.get(state.factor) ?? state.factor, loops.length)
    : t.loopsHeading(loops.length);
  const chosen = (loop: Loop) => state.chosen === loop.id || state.chosen === index.codes.get(loop.id);
  return html`
    <section class="panel" part="loop-panel" aria-label=${heading}>
      <p class="panel-heading">${heading}</p>
      ${state.factor ? html`<p><button @click=${state.showAll}>${t.showAllLoops}</button></p>` : nothing}
      ${diagram.complete ? nothing : html`<p class="status">${t.incomplete(diagram.limit)}</p>`}
      ${loops.length === 0 ? html`<p>${t.noLoops}</p>` : nothing}
      <ul class="loops">
        ${loops.slice(0, PANEL_LIMIT).map(
          (loop) => html`
            <li>
              <button
                class=${loop.hypothesised ? 'loop-button hypothesised' : 'loop-button'}
                data-loop-id=${loop.id}
                aria-pressed=${chosen(loop) ? 'true' : 'false'}
                aria-current=${state.highlighted === loop.id ? 'true' : nothing}
                @mouseenter=${() => state.hover(loop.id)}
                @mouseleave=${() => state.hover(undefined)}
                @focus=${() => state.hover(loop.id)}
                @blur=${() => state.hover(undefined)}
                @click=${() => state.choose(loop.id)}
              >
                <span class="loop-code">${index.codes.get(loop.id)}</span>
                ${loop.hypothesised ? html`<span class="hypothesis-mark" aria-hidden="true">?</span>` : nothing} ${words.name(loop)}
                (${loop.polarity === 'R' ? t.reinforcing : t.balancing}${loop.hasDelay ? `, ${t.withDelay}` : ''})
                <span class="loop-path">${words.path(loop)}</span>
                <span class=${loop.hypothesised ? 'loop-evidence hypothesised' : 'loop-evidence'}>${words.evidence(loop)}</span>
              </button>
            </li>
          `,
        )}
      </ul>
    </section>
  `;
}

/** The diagram as text: each factor with the links out of it, then every loop. Built only when opened. */
export function renderLoopTextAlternative(
  diagram: CausalLoopDiagram,
  state: { strings: UiStrings; index: LoopIndex; words: LoopWords; lang: string; open: boolean; toggle: (open: boolean) => void },
) {
  const t = state.strings.cld;
  const summary = html`<summary>${t.textAlternative}</summary>`;
  const onToggle = (event: Event) => state.toggle((event.target as HTMLDetailsElement).open);
  if (!state.open) return html`<details class="text-alternative" part="text-alternative" @toggle=${onToggle}>${summary}</details>`;
  const layout = diagram.layout;
  const byLabel = [...layout.nodes].sort((a, b) => a.label.localeCompare(b.label, state.lang));
  return html`
    <details class="text-alternative" part="text-alternative" open @toggle=${onToggle}>
      ${summary}
      <h3>${t.factorsHeading}</h3>
      <ul class="factor-list">
        ${byLabel.map((node) => {
          const out = layout.links.filter((l) => l.from === node.id);
          return html`<li data-factor=${node.id}>
            <strong>${node.label}</strong>
            ${
              out.length
                ? html`<ul>
                    ${out.map((l) => html`<li data-link-id=${l.id}>${state.words.link(l)}</li>`)}
                  </ul>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <h3>${t.loopsHeadingPlain}</h3>
      ${diagram.complete ? nothing : html`<p class="status">${t.incomplete(diagram.limit)}</p>`}
      <ol class="loop-list">
        ${state.index.sortedLoops.map((loop) => html`<li data-loop-id=${loop.id}>${state.words.loop(loop)}</li>`)}
      </ol>
      ${renderActText(diagram.whereToAct, state)}
    </details>
  `;
}
