import type { IcebergChip, IcebergLayout } from '@floke/core';
import type { NavigationKey } from '../controllers/roving-focus.js';

/**
 * The chip an arrow key leads to from `id`: Left/Right within its layer, Home/End to the layer's ends, Up/Down to the
 * nearest chip in the next layer that has any (empty layers are skipped).
 */
export function chipToward(layout: IcebergLayout, id: string, key: NavigationKey): IcebergChip | undefined {
  const chip = layout.chips.find((c) => c.id === id);
  if (!chip) return undefined;
  const sameLayer = layout.chips.filter((c) => c.layer === chip.layer);
  if (key === 'ArrowLeft') return sameLayer[chip.order - 1];
  if (key === 'ArrowRight') return sameLayer[chip.order + 1];
  if (key === 'Home') return sameLayer[0];
  if (key === 'End') return sameLayer[sameLayer.length - 1];
  const bandIndex = layout.bands.findIndex((b) => b.id === chip.layer);
  const step = key === 'ArrowUp' ? -1 : 1;
  // Straight-line distance: Down lands in the next layer's nearest row, not on a chip aligned far below it.
  const distance = (c: IcebergChip) => Math.hypot(c.x - chip.x, c.y - chip.y);
  for (let i = bandIndex + step; i >= 0 && i < layout.bands.length; i += step) {
    const candidates = layout.chips.filter((c) => c.layer === layout.bands[i]!.id);
    if (candidates.length) return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
  }
  return undefined;
}
