import type { ReactiveControllerHost } from 'lit';

/**
 * Which factor the pointer is over and which has keyboard focus, for focus mode. Its handlers go on the stage (focus)
 * and the drawing (pointer): Chromium makes an SVG element with focus listeners a tab stop, so focus is heard on the
 * stage around it.
 */
export class FactorFocusController {
  /** The factor under the pointer. */
  hovered?: string;
  /** The factor with keyboard focus. */
  focused?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly factorOf: (event: Event) => string | undefined,
  ) {}

  /** The factor focus mode shows: hovered first, then focused. */
  get factor(): string | undefined {
    return this.hovered ?? this.focused;
  }

  readonly pointerOver = (event: Event) => this.#set('hovered', this.factorOf(event));

  readonly pointerLeave = () => this.#set('hovered', undefined);

  readonly focusChange = (event: FocusEvent) => this.#set('focused', event.type === 'focusin' ? this.factorOf(event) : undefined);

  #set(which: 'hovered' | 'focused', id: string | undefined): void {
    if (this[which] === id) return;
    this[which] = id;
    this.host.requestUpdate();
  }
}
