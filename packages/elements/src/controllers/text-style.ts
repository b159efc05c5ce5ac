import { PLAIN_TEXT_STYLE, type TextStyle } from '@floke/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The browser's default font size: a reader whose root font size is larger asked for larger text (WCAG 1.4.4). */
const DEFAULT_FONT_SIZE = 16;

/**
 * The reader's text settings as the view's labels inherit them: font size (through `rem`, WCAG 1.4.4) and letter
 * and word spacing (WCAG 1.4.12, e.g. the text-spacing bookmarklet). A hidden probe in the shadow root inherits
 * them from the host; a ResizeObserver on it notices any change, and the host updates with a new `value`,
 * so layouts that take it as an input re-wrap their labels.
 */
export class TextStyleController implements ReactiveController {
  /** The current style; the same object until something changes. */
  value: TextStyle = PLAIN_TEXT_STYLE;
  #probe?: HTMLSpanElement;
  #observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (!root || typeof ResizeObserver === 'undefined') return;
    if (!this.#probe) {
      const probe = document.createElement('span');
      probe.setAttribute('aria-hidden', 'true');
      probe.className = 'text-style-probe';
      // A space between letters: its width changes with every setting that matters.
      probe.textContent = 'Mg Mg';
      this.#probe = probe;
    }
    root.prepend(this.#probe);
    // Read in a later task: a layout made inside the observer's callback would resize what it observes and end in
    // a "ResizeObserver loop" error (see width-observer.ts).
    this.#observer = new ResizeObserver(() => setTimeout(() => this.#read()));
    this.#observer.observe(this.#probe);
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #read(): void {
    if (!this.#probe) return;
    const next = readTextStyle(getComputedStyle(this.#probe));
    if (!sameTextStyle(next, this.value)) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}

/** A text style from the computed style of an element that inherits the page's settings at `font-size: 1rem`. */
export function readTextStyle(style: CSSStyleDeclaration): TextStyle {
  const fontSize = parseFloat(style.fontSize) || DEFAULT_FONT_SIZE;
  const length = (value: string) => (value === 'normal' ? 0 : Math.max(0, parseFloat(value) || 0));
  return {
    // Never smaller than designed: a page with `html { font-size: 62.5% }` must not push labels under 12 px.
    fontScale: round(Math.max(1, fontSize / DEFAULT_FONT_SIZE)),
    letterSpacing: round(length(style.letterSpacing)),
    wordSpacing: round(length(style.wordSpacing)),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

function sameTextStyle(a: TextStyle, b: TextStyle): boolean {
  return a.fontScale === b.fontScale && a.letterSpacing === b.letterSpacing && a.wordSpacing === b.wordSpacing;
}
