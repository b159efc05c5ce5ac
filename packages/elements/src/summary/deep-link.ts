/** The views a deep link can open, as `<floke-explorer>` names them in its hash. */
export type DeepLinkView = 'overview' | 'iceberg' | 'horizons' | 'network' | 'loops';

/**
 * A link into a view, in the hash format `<floke-explorer sync-url>` reads: `#view=loops&selected=frafall` or
 * `#view=loops&loop=R3`, keys in that order. `base` is the page that holds the explorer ('' for this page).
 */
export function deepLink(base: string, state: { view: DeepLinkView; selected?: string; loop?: string }): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.selected) params.set('selected', state.selected);
  if (state.loop) params.set('loop', state.loop);
  return `${base.replace(/#.*$/, '')}#${params.toString()}`;
}
