import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows a media query (e.g. `(prefers-color-scheme: dark)`) and tells the host when it flips. */
export class MatchMediaController implements ReactiveController {
  matches = false;
  #query?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly media: string,
    private readonly onChange: (matches: boolean) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = typeof matchMedia === 'function' ? matchMedia(this.media) : undefined;
    this.matches = this.#query?.matches ?? false;
    this.#query?.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#changed);
    this.#query = undefined;
  }

  #changed = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.onChange(event.matches);
  };
}
