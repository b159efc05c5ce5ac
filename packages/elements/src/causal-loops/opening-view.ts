import type { CldLayout } from '@floke/core';
import type { ViewTransform } from '../controllers/zoom-pan.js';

/** The stage the drawing shows in (CSS px). */
export interface StageSize {
  readonly width: number;
  readonly height: number;
}

/** "Show all": the whole drawing centred in the stage, smaller when it must be, never enlarged beyond 1:1. */
export function fitTransform(layout: Pick<CldLayout, 'width' | 'height'>, stage: StageSize): ViewTransform {
  const k = Math.min(1, stage.width / layout.width, stage.height / layout.height);
  return { x: (stage.width - layout.width * k) / 2, y: (stage.height - layout.height * k) / 2, k };
}

/**
 * The view a reader opens on: the drawing at 1:1, so labels show at their designed size (never shrunk to fit), with
 * the layout's focus (the named loops) centred; a drawing larger than the stage is kept edge to edge (no empty band),
 * a smaller one centred. The reader pans and zooms from there, or shows all.
 */
export function openingTransform(layout: Pick<CldLayout, 'width' | 'height' | 'focus'>, stage: StageSize): ViewTransform {
  const place = (centre: number, size: number, extent: number) =>
    extent <= size ? (size - extent) / 2 : Math.min(0, Math.max(size - extent, size / 2 - centre));
  return { x: place(layout.focus.x, stage.width, layout.width), y: place(layout.focus.y, stage.height, layout.height), k: 1 };
}
