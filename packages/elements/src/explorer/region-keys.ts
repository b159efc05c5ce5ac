import { EXPLORER_VIEWS, type ExplorerView } from './explorer-views.js';

/** The explorer's regions in F6 order. */
export const EXPLORER_REGIONS = ['tabs', 'panel', 'details'] as const;
export type ExplorerRegion = (typeof EXPLORER_REGIONS)[number];

/** The region F6 (`step` 1) or Shift+F6 (`step` -1) moves to from `region`; from outside any region, the first. */
export function regionAfter(region: ExplorerRegion | undefined, step: 1 | -1): ExplorerRegion {
  if (region === undefined) return step === 1 ? EXPLORER_REGIONS[0] : EXPLORER_REGIONS[EXPLORER_REGIONS.length - 1]!;
  const n = EXPLORER_REGIONS.length;
  return EXPLORER_REGIONS[(EXPLORER_REGIONS.indexOf(region) + step + n) % n]!;
}

/** The tab a key in the tab list moves to (arrows wrap, Home and End go to the ends); undefined for other keys. */
export function tabAfter(view: ExplorerView, key: string): ExplorerView | undefined {
  const i = EXPLORER_VIEWS.indexOf(view);
  const n = EXPLORER_VIEWS.length;
  if (key === 'ArrowRight') return EXPLORER_VIEWS[(i + 1) % n];
  if (key === 'ArrowLeft') return EXPLORER_VIEWS[(i - 1 + n) % n];
  if (key === 'Home') return EXPLORER_VIEWS[0];
  if (key === 'End') return EXPLORER_VIEWS[n - 1];
  return undefined;
}
