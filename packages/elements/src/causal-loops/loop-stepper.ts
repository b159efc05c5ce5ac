import type { Loop } from '@floke/core';
import { html } from 'lit';
import type { LoopUiStrings } from './loop-ui-strings.js';
import type { LoopWords } from './loop-words.js';

/** The next position cycling through `length` items from `cursor`; from none yet (-1), forward is the first, back the last. */
export const cycle = (cursor: number, step: 1 | -1, length: number) =>
  cursor < 0 ? (step > 0 ? 0 : length - 1) : (cursor + step + length) % length;

/** The loop a step lands on: the next (or previous) after `current` in `loops`, wrapping; from none, the first (or last). */
export function stepLoop(loops: readonly Loop[], current: string | undefined, step: 1 | -1): { loop: Loop; position: number } | undefined {
  if (loops.length === 0) return undefined;
  const at = current === undefined ? -1 : loops.findIndex((loop) => loop.id === current);
  const position = at < 0 ? (step > 0 ? 0 : loops.length - 1) : (at + step + loops.length) % loops.length;
  return { loop: loops[position]!, position };
}

export interface LoopStepperState {
  readonly strings: LoopUiStrings;
  readonly words: LoopWords;
  /** The loops in reading order (the panel's list). */
  readonly loops: readonly Loop[];
  /** The highlighted loop's id. */
  readonly current: string | undefined;
  readonly step: (step: 1 | -1) => void;
}

/** "‹ Forrige · 1 av 10: R1 Tillitssirkelen · Neste ›": walks the loops in the panel's order. */
export function renderLoopStepper(state: LoopStepperState) {
  const t = state.strings;
  const at = state.current === undefined ? -1 : state.loops.findIndex((loop) => loop.id === state.current);
  const disabled = state.loops.length === 0;
  const status = at < 0 ? t.stepStart(state.loops.length) : t.stepPosition(at + 1, state.loops.length, state.words.title(state.loops[at]!));
  return html`
    <div class="stepper" part="loop-stepper" role="group" aria-label=${t.stepper}>
      <button class="step-previous" ?disabled=${disabled} @click=${() => state.step(-1)}>
        <span aria-hidden="true">‹</span> ${t.previousLoop}
      </button>
      <p class=${at < 0 ? 'step-status' : `step-status ${state.loops[at]!.polarity}`}>${status}</p>
      <button class="step-next" ?disabled=${disabled} @click=${() => state.step(1)}>${t.nextLoop} <span aria-hidden="true">›</span></button>
    </div>
  `;
}
