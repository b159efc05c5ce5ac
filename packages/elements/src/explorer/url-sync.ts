import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHash, parseHash, type ExplorerUrlState } from './url-state.js';

/** What the URL sync reads from and writes to its host. */
export interface UrlSyncHost<S = ExplorerUrlState> extends ReactiveControllerHost {
  /** Whether `sync-url` is on. */
  readonly syncUrl: boolean;
  /** The state as it is now. */
  urlState(): S;
  /** Takes a state read from the URL (on load, and on Back and Forward). */
  applyUrlState(state: S): void;
}

/** How a host's state reads from and writes to a hash. */
export interface HashCodec<S> {
  readonly parse: (hash: string) => S;
  /** The hash for a state (with `#`), or `''` for none. */
  readonly format: (state: S) => string;
}

const EXPLORER_CODEC: HashCodec<ExplorerUrlState> = { parse: parseHash, format: formatHash };

/**
 * Keeps a host's state in `location.hash` while `sync-url` is on: reads it on connect and on Back/Forward, writes it
 * on every change, a new history entry for a view switch or a story step (so Back returns to the previous one) and a
 * replaced one for everything else (a selection does not fill the history). The explorer's hash by default; the
 * story player passes its own codec.
 */
export class UrlSyncController<S = ExplorerUrlState> implements ReactiveController {
  #listening = false;

  constructor(
    private readonly host: UrlSyncHost<S>,
    private readonly codec: HashCodec<S> = EXPLORER_CODEC as unknown as HashCodec<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow(this.host.syncUrl);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /** Starts or stops following the URL (when `sync-url` is set or removed); starting reads the hash once. */
  follow(on: boolean): void {
    if (on && !this.#listening) this.host.applyUrlState(this.codec.parse(location.hash));
    this.#listen(on);
  }

  /** Writes the host's state to the hash: `push` adds a history entry, `replace` changes the current one. */
  write(mode: 'push' | 'replace'): void {
    if (!this.host.syncUrl) return;
    const hash = this.codec.format(this.host.urlState());
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = hash || `${location.pathname}${location.search}`;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  #onNavigate = () => this.host.applyUrlState(this.codec.parse(location.hash));

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) {
      window.addEventListener('popstate', this.#onNavigate);
      window.addEventListener('hashchange', this.#onNavigate);
    } else {
      window.removeEventListener('popstate', this.#onNavigate);
      window.removeEventListener('hashchange', this.#onNavigate);
    }
  }
}
