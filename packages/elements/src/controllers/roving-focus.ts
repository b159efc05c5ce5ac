import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Arrow keys, Home and End: the keys that move focus along a graph. */
export const NAVIGATION_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export const isNavigationKey = (key: string): key is NavigationKey => (NAVIGATION_KEYS as readonly string[]).includes(key);

export interface RovingFocusOptions {
  /** The focusable mark of an element in the host's shadow root (null when it is not drawn). */
  element(id: string): HTMLElement | SVGElement | null | undefined;
  /** Where the tab stop goes first when it has none that is drawn (the selection), before the first element. */
  preferred?(): string | undefined;
}

/**
 * One tab stop in a drawing (WAI-ARIA roving tabindex): the element holding it is the only one with `tabindex="0"`;
 * arrow keys move it to a neighbour the view chooses, and focus follows after the next render.
 */
export class RovingFocusController implements ReactiveController {
  #tabStop?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The element that holds the tab stop. */
  get tabStop(): string | undefined {
    return this.#tabStop;
  }

  /**
   * Keeps the tab stop on an element that still exists, else gives it to the preferred one (the selection) or the
   * first (after a new layout or filter).
   */
  keepWithin(ids: readonly string[]): void {
    if (this.#tabStop !== undefined && ids.includes(this.#tabStop)) return;
    const preferred = this.options.preferred?.();
    this.#move(preferred !== undefined && ids.includes(preferred) ? preferred : ids[0]);
  }

  /** Moves the tab stop to `id` and focuses it once it is drawn. */
  focus(id: string): Promise<void> {
    this.#move(id);
    return this.host.updateComplete.then(() => this.options.element(id)?.focus());
  }

  /** Moves the tab stop without moving focus (a pointer selection). */
  moveTo(id: string | undefined): void {
    this.#move(id);
  }

  /** Handles a navigation key from `from`: `next` picks the neighbour; focus moves there. Returns whether handled. */
  handleKey(event: KeyboardEvent, from: string, next: (from: string, key: NavigationKey) => string | undefined): boolean {
    if (!isNavigationKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return false;
    event.preventDefault();
    const target = next(from, event.key);
    if (target !== undefined) void this.focus(target);
    return true;
  }

  #move(id: string | undefined): void {
    if (id === this.#tabStop) return;
    this.#tabStop = id;
    this.host.requestUpdate();
  }
}
