import type { ActionItem, OutcomeItem, WhereToAct } from '@floke/core';
import { html, nothing } from 'lit';
import type { DataMarker } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import type { CommonUiStrings } from '../base/strings.js';
import type { LoopIndex } from './loop-index.js';
import type { LoopWords } from './loop-words.js';

/** Levers listed before "show all". */
export const LEVERS_SHOWN = 5;
/** Loop codes named beside a lever at most. */
const CODES_SHOWN = 6;

export interface ActState {
  readonly strings: CommonUiStrings;
  readonly index: LoopIndex;
  readonly words: LoopWords;
  /** The selected factor: its entry is pressed. */
  readonly selected: string | undefined;
  /** Selects a factor (or clears it when it is selected): the loop panel then lists its loops. */
  readonly select: (id: string) => void;
  /** Marks the document's words in the UI's sentences with their own `lang` (see `dataMarker`). */
  readonly data: DataMarker;
}

/** The codes of the loops a factor is in and feeds, in code order: "R1, R2, B1 …". */
function loopCodes(item: ActionItem, index: LoopIndex): string {
  const ids = new Set([...item.inLoops, ...item.reaches.loops]);
  const codes = index.sortedLoops.filter((loop) => ids.has(loop.id)).map((loop) => index.codes.get(loop.id) ?? '');
  return codes.length > CODES_SHOWN ? `${codes.slice(0, CODES_SHOWN).join(', ')} …` : codes.join(', ');
}

function lever(item: ActionItem, state: ActState) {
  const { words } = state;
  const codes = loopCodes(item, state.index);
  return html`<li>
    <button
      class="lever"
      data-factor=${item.id}
      data-role=${item.role}
      aria-pressed=${state.selected === item.id ? 'true' : 'false'}
      @click=${() => state.select(item.id)}
    >
      <span class="lever-sentence">${state.data(words.lever(item), state.index.dataNames)}</span>
      <span class="lever-scores">${state.strings.cld.roles[item.role]} · ${words.scores(item)}${codes ? ` · ${codes}` : ''}</span>
    </button>
  </li>`;
}

function outcome(item: OutcomeItem, state: ActState) {
  return html`<li>
    <button
      class="outcome"
      data-factor=${item.id}
      data-reason=${item.reason}
      aria-pressed=${state.selected === item.id ? 'true' : 'false'}
      @click=${() => state.select(item.id)}
    >
      <span class="lever-name">${state.data(state.words.label(item.id))}</span> — ${state.strings.cld.outcomeReasons[item.reason]}
    </button>
  </li>`;
}

/**
 * "Hvor kan vi handle?": the levers, drivers first, each with the sentence that explains it and its MICMAC scores,
 * the first few shown and the rest behind "show all"; then the outcomes to watch, apart. Every entry is a button
 * that selects its factor.
 */
export function renderWhereToAct(state: ActState) {
  const result: WhereToAct = state.index.diagram.whereToAct;
  const t = state.strings.cld;
  const shown = result.levers.slice(0, LEVERS_SHOWN);
  const rest = result.levers.slice(LEVERS_SHOWN);
  return html`
    <section class="act" part="where-to-act" aria-labelledby="act-heading">
      <p class="act-heading" id="act-heading">${t.whereToAct}</p>
      <p class="act-intro">${t.whereToActIntro}</p>
      ${result.stable ? nothing : html`<p class="status">${t.unsettled(result.power)}</p>`}
      ${
        result.levers.length === 0
          ? html`<p>${t.noLevers}</p>`
          : html`<ol class="levers">
              ${shown.map((item) => lever(item, state))}
            </ol>`
      }
      ${
        rest.length > 0
          ? html`<details class="more-levers">
              <summary>${t.moreLevers(result.levers.length)}</summary>
              <ol class="levers" start=${LEVERS_SHOWN + 1}>
                ${rest.map((item) => lever(item, state))}
              </ol>
            </details>`
          : nothing
      }
      ${
        result.outcomes.length > 0
          ? html`<p class="act-subheading">${t.outcomesHeading}</p>
              <ul class="outcomes">
                ${result.outcomes.map((item) => outcome(item, state))}
              </ul>`
          : nothing
      }
    </section>
  `;
}

/** The same ranking in the text alternative: every lever with its sentence and scores, then the outcomes. */
export function renderActText(
  result: WhereToAct,
  state: { strings: CommonUiStrings; words: LoopWords; index: LoopIndex; headingLevel: number; data: DataMarker },
) {
  const t = state.strings.cld;
  const { words } = state;
  const data = (text: string) => state.data(text, state.index.dataNames);
  return html`
    ${heading(state.headingLevel, t.whereToAct)}
    <ol class="act-list">
      ${result.levers.map(
        (item) =>
          html`<li data-factor=${item.id}>
            ${data(words.label(item.id))} (${t.roles[item.role]}): ${data(words.lever(item))}; ${words.scores(item)}
          </li>`,
      )}
    </ol>
    ${heading(state.headingLevel, t.outcomesHeading)}
    <ul class="outcome-list">
      ${result.outcomes.map((item) => html`<li data-factor=${item.id}>${data(words.label(item.id))} — ${t.outcomeReasons[item.reason]}</li>`)}
    </ul>
  `;
}
