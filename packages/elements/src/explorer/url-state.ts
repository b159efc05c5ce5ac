import { isExplorerView, type ExplorerView } from './explorer-views.js';

/** Attributes of `<floke-actor-network>` that the hash keeps (its filters). */
export const NETWORK_FILTER_KEYS = ['mode', 'levels', 'sectors', 'topic', 'initiative', 'as-of', 'hide-history'] as const;
export type NetworkFilterKey = (typeof NETWORK_FILTER_KEYS)[number];

/** What `sync-url` keeps in `location.hash`: `#view=loops&selected=R3&loop=R1&levels=local`. */
export interface ExplorerUrlState {
  readonly view?: ExplorerView;
  readonly selected?: string;
  readonly loop?: string;
  readonly filters: Readonly<Partial<Record<NetworkFilterKey, string>>>;
}

/** Reads the explorer's state from a hash; unknown keys and views are ignored. */
export function parseHash(hash: string): ExplorerUrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  const filters: Partial<Record<NetworkFilterKey, string>> = {};
  for (const key of NETWORK_FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null) filters[key] = value;
  }
  return {
    ...(isExplorerView(view) ? { view } : {}),
    ...(params.get('selected') ? { selected: params.get('selected')! } : {}),
    ...(params.get('loop') ? { loop: params.get('loop')! } : {}),
    filters,
  };
}

/** The hash for a state, keys in a fixed order; empty values are left out. */
export function formatHash(state: ExplorerUrlState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.selected) params.set('selected', state.selected);
  if (state.loop) params.set('loop', state.loop);
  for (const key of NETWORK_FILTER_KEYS) {
    const value = state.filters[key];
    if (value !== undefined) params.set(key, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
