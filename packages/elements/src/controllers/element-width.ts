import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeWidth } from '../base/width-observer.js';

/**
 * The host's content width, observed with a ResizeObserver; the host updates when it changes by 2 px or more.
 * `narrow` is the one narrow-form rule every view follows: below `narrowWidth`, unless `display` forces a form.
 */
export class ElementWidthController implements ReactiveController {
  /** Content width in CSS px; 0 until measured (or while the host is hidden). */
  width = 0;
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = observeWidth(this.host, (width) => {
      this.width = width;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** Whether the narrow form applies: `display="list"`, or `auto` and a measured width below `narrowWidth`. */
  isNarrow(narrowWidth: number, display: ViewDisplay): boolean {
    return display === 'list' || (display === 'auto' && this.width > 0 && this.width < narrowWidth);
  }
}

/** Which form a view shows: `auto` lets its width decide; `list` and `diagram` force one. */
export const VIEW_DISPLAYS = ['auto', 'list', 'diagram'] as const;
export type ViewDisplay = (typeof VIEW_DISPLAYS)[number];
