import { HORIZONS, type HorizonPlacement } from '@floke/core';
import type { NavigationKey } from '../controllers/roving-focus.js';

/**
 * The point an arrow key leads to among the visible ones: Left/Right along the same horizon by date, Home/End to its
 * first and last, Up toward H3 (the future) and Down toward H1, landing on the point nearest in time.
 */
export function pointToward(visible: readonly HorizonPlacement[], id: string, key: NavigationKey): HorizonPlacement | undefined {
  const here = visible.find((e) => e.id === id);
  if (!here) return undefined;
  const same = visible.filter((e) => e.horizon === here.horizon);
  if (key === 'ArrowLeft') return same[same.indexOf(here) - 1];
  if (key === 'ArrowRight') return same[same.indexOf(here) + 1];
  if (key === 'Home') return same[0];
  if (key === 'End') return same[same.length - 1];
  const step = key === 'ArrowUp' ? 1 : -1;
  for (let i = HORIZONS.indexOf(here.horizon) + step; i >= 0 && i < HORIZONS.length; i += step) {
    const candidates = visible.filter((e) => e.horizon === HORIZONS[i]);
    if (candidates.length)
      return candidates.reduce((best, e) => (Math.abs(e.year - here.year) < Math.abs(best.year - here.year) ? e : best));
  }
  return undefined;
}
