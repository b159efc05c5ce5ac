import type { Loop, NormalizedNamedLoop } from '@floke/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoopIndex } from './loop-index.js';
import { renderTourBar, tourOf, tourPositionFrom, tourSentence, type LoopTourView } from './loop-tour.js';
import type { LoopUiStrings } from './loop-ui-strings.js';
import type { LoopWords } from './loop-words.js';

/** The view a tour runs in: its `loop` and `tour-step`, the highlight L set, focus and the live region. */
export interface LoopTourHost extends ReactiveControllerHost {
  loop?: string;
  tourStep?: number;
  focusElement(id: string): void;
  matches(selector: string): boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** What the controller reads from the view on demand (it changes with every layout and language). */
export interface LoopTourParts {
  readonly index: () => LoopIndex | undefined;
  readonly words: () => LoopWords | undefined;
  readonly ui: () => LoopUiStrings;
  readonly named: () => readonly NormalizedNamedLoop[];
  /** Whether keyboard focus is on the drawing (then it follows the tour). */
  readonly onDrawing: () => boolean;
  readonly announce: (text: string) => void;
  /** Drops a hover or L highlight, so the toured loop shows. */
  readonly clearHover: () => void;
  /** Brings part of a loop into view (the current link: its two factors and the link); false while not on screen. */
  readonly centre: (part: Pick<Loop, 'members' | 'links'>) => boolean;
}

/**
 * Loop tours in `<floke-causal-loops>`: a loop walked link by link, each step announced in words ("Steg 2 av 5: Mer
 * kortsiktige prosjekter øker prosjektdød, med forsinkelse"). The state lives in the view's `loop` and `tour-step`
 * attributes, so a story step or a page can set it too.
 */
export class LoopTourController implements ReactiveController {
  constructor(
    private readonly host: LoopTourHost,
    private readonly parts: LoopTourParts,
  ) {
    host.addController(this);
  }

  /** The tour step last brought into view, so a step set from outside (`tour-step`, a story) is shown once. */
  #shown?: string;

  hostConnected(): void {}

  /** Centres the current link once per step, after the view opened its layout (call from the view's `updated`). */
  reveal(): void {
    const tour = this.tour;
    const key = tour && `${tour.loop.id} ${tour.position}`;
    if (key === this.#shown) return;
    if (
      !tour ||
      this.parts.onDrawing() ||
      this.parts.centre({ members: [tour.current.from, tour.current.to], links: [tour.current.link] })
    ) {
      this.#shown = key;
    }
  }

  /** The loop being toured and the link shown. */
  get tour(): LoopTourView | undefined {
    const key = this.host.loop;
    const loop = key === undefined ? undefined : this.parts.index()?.loop(key);
    return tourOf(loop, this.host.tourStep, this.parts.named());
  }

  start(loopKey: string, from?: string): void {
    const index = this.parts.index();
    const loop = index?.loop(loopKey);
    if (!loop) return;
    this.parts.clearHover();
    this.host.loop = index!.codes.get(loop.id) ?? loop.id;
    this.#show(tourPositionFrom(loop, this.parts.named(), from));
  }

  /** Starts a tour from a loop card's button; focus goes to the tour bar's next button, where the reader goes on. */
  startFromPanel(loopKey: string): void {
    this.start(loopKey);
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('.tour-next:not([disabled]), .tour-end')?.focus(),
    );
  }

  step(step: 1 | -1): void {
    const tour = this.tour;
    if (tour) this.#show(Math.min(Math.max(tour.position + step, 1), tour.steps.length));
  }

  end(): void {
    const tour = this.tour;
    if (!tour) return;
    const hadFocus = this.host.matches(':focus-within');
    this.host.tourStep = undefined;
    this.parts.announce(this.parts.ui().tourEnded);
    // The tour bar goes with the tour: focus moves to the factor the tour was at, not to <body>.
    if (hadFocus) void this.host.updateComplete.then(() => this.host.focusElement(tour.current.from));
  }

  /**
   * Keys on a factor: during a tour the arrows and PageUp/PageDown walk the loop and Esc ends it; after L highlighted
   * a loop through the factor (`lHighlight`), Enter starts its tour from there. Returns whether the key was used.
   */
  handleKey(event: KeyboardEvent, factor: string, lHighlight: string | undefined): boolean {
    const walking = event.key.startsWith('Arrow') || event.key === 'PageDown' || event.key === 'PageUp';
    if (this.tour && (walking || event.key === 'Escape')) {
      event.preventDefault();
      if (event.key === 'Escape') this.end();
      else this.step(['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key) ? 1 : -1);
      return true;
    }
    if (event.key === 'Enter' && lHighlight !== undefined) {
      event.preventDefault();
      this.start(lHighlight, factor);
      return true;
    }
    return false;
  }

  /** The tour bar for the tour shown. */
  renderBar(tour: LoopTourView) {
    const index = this.parts.index()!;
    const words = this.parts.words()!;
    const ui = this.parts.ui();
    return renderTourBar({
      ui,
      tour,
      title: words.title(tour.loop),
      sentence: tourSentence(tour, index, words, ui),
      step: (step) => this.step(step),
      end: () => this.end(),
    });
  }

  #show(position: number): void {
    this.host.tourStep = position;
    const tour = this.tour;
    const index = this.parts.index();
    const words = this.parts.words();
    if (!tour || !index || !words) return;
    this.parts.announce(tourSentence(tour, index, words, this.parts.ui()));
    // Focus on the drawing follows the tour (and reveals the factor); otherwise `reveal` centres the link.
    if (this.parts.onDrawing()) this.host.focusElement(tour.current.from);
  }
}
