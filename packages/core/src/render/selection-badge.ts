import { tag } from './svg-markup.js';

/** Radius of the selection badge, in CSS px at 1:1. */
export const SELECTION_BADGE_RADIUS = 7;

/**
 * The selected mark's badge, as the elements draw it: a filled disc with a check mark at a corner of the mark. With
 * the solid selection ring it tells selection from keyboard focus (a dashed rectangle) by shape, in exports too.
 */
export function selectionBadgeMarkup(x: number, y: number): string {
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return tag(
    'g',
    [
      ['class', 'selection-badge'],
      ['aria-hidden', 'true'],
      ['transform', `translate(${r2(x)},${r2(y)})`],
    ],
    tag('circle', [['r', SELECTION_BADGE_RADIUS]]) + tag('path', [['d', 'M-3.5,0.2 L-1.1,2.6 L3.6,-2.4']]),
  );
}
