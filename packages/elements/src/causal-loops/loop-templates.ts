import type { CausalLoopDiagram, Loop } from '@floke/core';
import { html, nothing, svg } from 'lit';
import type { DataMarker } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import type { CommonUiStrings } from '../base/strings.js';
import type { LoopIndex } from './loop-index.js';
import type { LoopWords } from './loop-words.js';
import { renderActText } from './act-templates.js';
import { renderLoopRing } from './loop-ring.js';
import type { LoopUiStrings } from './loop-ui-strings.js';

/** Loop cards on one page of the panel: a page is read at a glance; the stepper and pager reach the rest. */
export const PANEL_PAGE_SIZE = 10;

/** An R or B loop marker for the legend: the letter in a ring of the loop kind's colour. */
const markerSample = (polarity: 'R' | 'B') => svg`
  <svg width="24" height="24" aria-hidden="true">
    <g class=${`marker ${polarity}`}><circle class="marker-face" cx="12" cy="12" r="10"></circle>
    <text x="12" y="12" dy="0.35em" text-anchor="middle">${polarity}</text></g>
  </svg>`;

/** The legend: link signs, delay, and what R and B mean. */
export function renderLoopLegend(strings: CommonUiStrings, ui: LoopUiStrings) {
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
      <li>${markerSample('R')}${t.legendReinforcing}</li>
      <li>${markerSample('B')}${t.legendBalancing}</li>
      <li class="legend-hue">${ui.legendHue}</li>
    </ul>
  `;
}

export interface LoopPanelState {
  readonly strings: CommonUiStrings;
  readonly ui: LoopUiStrings;
  /** The loops to list, in reading order (`LoopIndex.ranked`). */
  readonly loops: readonly Loop[];
  /** The page shown (from 0). */
  readonly page: number;
  readonly setPage: (page: number) => void;
  /** Draw each card's loop as a ring (narrow screens). */
  readonly rings: boolean;
  readonly index: LoopIndex;
  readonly words: LoopWords;
  /** The selected factor, when it is one: the panel lists its loops. */
  readonly factor: string | undefined;
  /** The loop chosen with the `loop` attribute (id or code). */
  readonly chosen: string | undefined;
  readonly highlighted: string | undefined;
  readonly hover: (loopId: string | undefined) => void;
  readonly choose: (loopId: string) => void;
  /** Starts a tour of the loop, link by link. */
  readonly tour: (loopId: string) => void;
  readonly showAll: () => void;
  /** Marks the document's words in the UI's sentences with their own `lang` (see `dataMarker`). */
  readonly data: DataMarker;
}

/**
 * The loops panel: every loop, or the loops of the selected factor, in reading order and a page at a time; hovering
 * or focusing one highlights it.
 */
export function renderLoopPanel(state: LoopPanelState) {
  const { index, words, loops } = state;
  const t = state.strings.cld;
  const diagram = index.diagram;
  const data = (text: string) => state.data(text, index.dataNames);
  const pages = Math.max(1, Math.ceil(loops.length / PANEL_PAGE_SIZE));
  const page = Math.min(Math.max(state.page, 0), pages - 1);
  const first = page * PANEL_PAGE_SIZE;
  const shown = loops.slice(first, first + PANEL_PAGE_SIZE);
  const heading = state.factor
    ? t.loopsThrough(index.labels.get(state.factor) ?? state.factor, loops.length)
    : t.loopsHeading(loops.length);
  const chosen = (loop: Loop) => state.chosen === loop.id || state.chosen === index.codes.get(loop.id);
  return html`
    <section class="panel" part="loop-panel" aria-label=${heading}>
      <p class="panel-heading">${data(heading)}</p>
      ${state.factor ? html`<p><button @click=${state.showAll}>${t.showAllLoops}</button></p>` : nothing}
      ${diagram.complete ? nothing : html`<p class="status">${t.incomplete(diagram.limit)}</p>`}
      ${loops.length === 0 ? html`<p>${t.noLoops}</p>` : nothing}
      <ul class="loops">
        ${shown.map(
          (loop) => html`
            <li class=${state.rings ? 'with-ring' : nothing}>
              ${state.rings ? renderLoopRing(loop, index) : nothing}
              <button
                class=${`loop-button ${loop.polarity}${loop.hypothesised ? ' hypothesised' : ''}`}
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
                ${loop.hypothesised ? html`<span class="hypothesis-mark" aria-hidden="true">?</span>` : nothing} ${data(words.name(loop))}
                (${loop.polarity === 'R' ? t.reinforcing : t.balancing}${loop.hasDelay ? `, ${t.withDelay}` : ''})
                <span class="loop-path">${data(state.rings ? words.numberedPath(loop) : words.path(loop))}</span>
                <span class=${loop.hypothesised ? 'loop-evidence hypothesised' : 'loop-evidence'}>${words.evidence(loop)}</span>
              </button>
              <button
                class="tour-button"
                data-tour-loop=${loop.id}
                aria-label=${state.ui.tourStartLabel(words.title(loop))}
                @click=${() => state.tour(loop.id)}
              >
                ${state.ui.tourStart}
              </button>
            </li>
          `,
        )}
      </ul>
      ${pages > 1 ? renderPager(state.ui, page, pages, first, shown.length, loops.length, state.setPage) : nothing}
    </section>
  `;
}

/** "‹ Forrige side · Sløyfe 11–20 av 2000 · Neste side ›". */
function renderPager(
  ui: LoopUiStrings,
  page: number,
  pages: number,
  first: number,
  count: number,
  total: number,
  setPage: (page: number) => void,
) {
  return html`
    <nav class="pager" aria-label=${ui.pageStatus(first + 1, first + count, total)}>
      <button class="page-previous" ?disabled=${page === 0} @click=${() => setPage(page - 1)}>${ui.previousPage}</button>
      <span class="page-status">${ui.pageStatus(first + 1, first + count, total)}</span>
      <button class="page-next" ?disabled=${page === pages - 1} @click=${() => setPage(page + 1)}>${ui.nextPage}</button>
    </nav>
  `;
}

/** The diagram as text: each factor with the links out of it, then every loop. Built only when opened. */
export function renderLoopTextAlternative(
  diagram: CausalLoopDiagram,
  state: {
    strings: CommonUiStrings;
    index: LoopIndex;
    words: LoopWords;
    lang: string;
    /** Compare mode: ", ny" / ", endret" after a factor's name ('' when unchanged). */
    changeWord?: (id: string) => string;
    open: boolean;
    toggle: (open: boolean) => void;
    /** The level of the text's headings (the view's own plus one). */
    headingLevel: number;
    /** Marks the document's words with their own `lang` (see `dataMarker`). */
    data: DataMarker;
    /** Compare mode: the list of gone elements, last. */
    gone?: unknown;
  },
) {
  const t = state.strings.cld;
  const summary = html`<summary>${t.textAlternative}</summary>`;
  const onToggle = (event: Event) => state.toggle((event.target as HTMLDetailsElement).open);
  // One <details> open or closed: swapping it for another element on toggle would drop the focused summary to <body>.
  return html`<details class="text-alternative" part="text-alternative" ?open=${state.open} @toggle=${onToggle}>
    ${summary} ${state.open ? html`${renderLoopText(diagram, state)}${state.gone ?? nothing}` : nothing}
  </details>`;
}

function renderLoopText(diagram: CausalLoopDiagram, state: Parameters<typeof renderLoopTextAlternative>[1]) {
  const t = state.strings.cld;
  const layout = diagram.layout;
  const byLabel = [...layout.nodes].sort((a, b) => a.label.localeCompare(b.label, state.lang));
  const data = (text: string) => state.data(text, state.index.dataNames);
  return html`
    ${heading(state.headingLevel, t.factorsHeading)}
    <ul class="factor-list">
      ${byLabel.map((node) => {
        const out = layout.links.filter((l) => l.from === node.id);
        return html`<li data-factor=${node.id}>
          <strong>${state.data(node.label)}</strong>${state.changeWord?.(node.id) ?? ''}
          ${
            out.length
              ? html`<ul>
                  ${out.map((l) => html`<li data-link-id=${l.id}>${data(state.words.link(l))}</li>`)}
                </ul>`
              : nothing
          }
        </li>`;
      })}
    </ul>
    ${heading(state.headingLevel, t.loopsHeadingPlain)}
    ${diagram.complete ? nothing : html`<p class="status">${t.incomplete(diagram.limit)}</p>`}
    <ol class="loop-list">
      ${state.index.sortedLoops.map((loop) => html`<li data-loop-id=${loop.id}>${data(state.words.loop(loop))}</li>`)}
    </ol>
    ${renderActText(diagram.whereToAct, state)}
  `;
}
