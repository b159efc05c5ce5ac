import { svg } from 'lit';
import { CHANGE_GLYPHS } from './compare-strings.js';

/** Radius of a change badge: its glyph is drawn at 12 px, the smallest text Floke draws. */
export const CHANGE_BADGE_RADIUS = 9;

/**
 * The badge compare mode puts on the corner of the mark of element `id`, centred at (x, y) in the drawing: a circle
 * with "+" for new, a square with "Δ" for changed, so shape and glyph tell them apart without colour. Drawn outside the
 * mark's button (its visible text stays its name) and hidden from assistive technology: the mark's accessible name says
 * "ny" / "endret". Clicks fall through to the mark.
 */
export function renderChangeBadge(id: string, status: 'new' | 'changed', x: number, y: number) {
  const r = CHANGE_BADGE_RADIUS;
  const at = (n: number) => Math.round(n * 10) / 10;
  return svg`<g class=${`change-badge ${status}`} part="change-badge" data-for=${id} data-change=${status} transform=${`translate(${at(x)},${at(y)})`} aria-hidden="true">
    ${status === 'new' ? svg`<circle r=${r}></circle>` : svg`<rect x=${-r} y=${-r} width=${2 * r} height=${2 * r} rx="2"></rect>`}
    <text dy="0.35em" text-anchor="middle">${CHANGE_GLYPHS[status]}</text>
  </g>`;
}
