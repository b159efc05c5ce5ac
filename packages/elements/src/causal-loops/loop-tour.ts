import { loopTour, type CldLink, type Loop, type LoopTourStep, type NormalizedNamedLoop } from '@floke/core';
import { html } from 'lit';
import type { LoopIndex } from './loop-index.js';
import type { LoopUiStrings } from './loop-ui-strings.js';
import type { LoopWords } from './loop-words.js';

/** A loop being toured: its links in touring order and the one shown now (`position`, from 1). */
export interface LoopTourView {
  readonly loop: Loop;
  readonly steps: readonly LoopTourStep[];
  readonly position: number;
  readonly current: LoopTourStep;
}

/** The tour of `loop` at `position` (clamped to the loop's links), or none without a loop or a position. */
export function tourOf(
  loop: Loop | undefined,
  position: number | undefined,
  named: readonly NormalizedNamedLoop[],
): LoopTourView | undefined {
  if (!loop || position === undefined || !Number.isFinite(position)) return undefined;
  const steps = loopTour(loop, named);
  if (steps.length === 0) return undefined;
  const at = Math.min(Math.max(Math.round(position), 1), steps.length);
  return { loop, steps, position: at, current: steps[at - 1]! };
}

/** The position of the step that leaves `factor`, or 1 when the loop does not pass through it. */
export function tourPositionFrom(loop: Loop, named: readonly NormalizedNamedLoop[], factor: string | undefined): number {
  const at = loopTour(loop, named).findIndex((step) => step.from === factor);
  return at < 0 ? 1 : at + 1;
}

/** The drawn link of a tour step: by id, else (a bundled pair) the link between the same two factors. */
export function tourLink(index: LoopIndex, step: LoopTourStep): CldLink | undefined {
  return index.links.get(step.link) ?? index.diagram.layout.links.find((l) => l.from === step.from && l.to === step.to);
}

/** "Steg 2 av 5: Mer kortsiktige prosjekter øker prosjektdød, med forsinkelse". */
export function tourSentence(tour: LoopTourView, index: LoopIndex, words: LoopWords, ui: LoopUiStrings): string {
  const link = tourLink(index, tour.current);
  const sentence = link ? words.link(link) : `${words.label(tour.current.from)} → ${words.label(tour.current.to)}`;
  return ui.tourPosition(tour.position, tour.steps.length, sentence);
}

export interface TourBarState {
  readonly ui: LoopUiStrings;
  readonly title: string;
  readonly sentence: string;
  readonly tour: LoopTourView;
  readonly step: (step: 1 | -1) => void;
  readonly end: () => void;
}

/** The tour's bar: which loop, the step in words, and previous / next / end. Arrow keys and Esc work inside it too. */
export function renderTourBar(state: TourBarState) {
  const { ui, tour } = state;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') state.end();
    else if (event.key === 'PageDown') state.step(1);
    else if (event.key === 'PageUp') state.step(-1);
    else return;
    event.preventDefault();
  };
  return html`
    <div class=${`tour ${tour.loop.polarity}`} part="loop-tour" role="group" aria-label=${ui.tourGroup(state.title)} @keydown=${onKeydown}>
      <p class="tour-title">${ui.tourGroup(state.title)}</p>
      <p class="tour-status">${state.sentence}</p>
      <button class="tour-previous" ?disabled=${tour.position === 1} @click=${() => state.step(-1)}>
        <span aria-hidden="true">‹</span> ${ui.tourPrevious}
      </button>
      <button class="tour-next" ?disabled=${tour.position === tour.steps.length} @click=${() => state.step(1)}>
        ${ui.tourNext} <span aria-hidden="true">›</span>
      </button>
      <button class="tour-end" @click=${state.end}>${ui.tourEnd}</button>
    </div>
  `;
}
