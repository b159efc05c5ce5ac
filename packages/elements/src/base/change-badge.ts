import { svg } from 'lit';
import { CHANGE_GLYPHS } from './change-glyphs.js';

/** Radius of a change badge: its glyph is drawn at 12 px, the smallest text Floke draws. */
export const CHANGE_BADGE_RADIUS = 9;

/**
 * The badge compare mode puts on the corner of the mark of element `id`, centred at (x, y) in the drawing: a circle
 * pill with the word "ny" (dark, light text) for new, a light square with "Δ" for changed, so shape and glyph tell them apart without colour. Drawn outside the
 * mark's button (its visible text stays its name) and hidden from assistive technology: the mark's accessible name says
 * "ny" / "endret". Clicks fall through to the mark.
 */
export function renderChangeBadge(id: string, status: 'new' | 'changed', x: number, y: number, newWord: string) {
  const r = CHANGE_BADGE_RADIUS;
  const at = (n: number) => Math.round(n * 10) / 10;
  // "ny" / "new" on a dark pill: unlike the loop view's "+" sign glyphs (light circles), and a word, not a colour.
  const pill = Math.max(2 * r, newWord.length * 8 + 10);
  return svg`<g class=${`change-badge ${status}`} part="change-badge" data-for=${id} data-change=${status} transform=${`translate(${at(x)},${at(y)})`} aria-hidden="true">
    ${
      status === 'new'
        ? svg`<rect class="pill" x=${-pill / 2} y=${-r} width=${pill} height=${2 * r} rx=${r}></rect>`
        : svg`<rect x=${-r} y=${-r} width=${2 * r} height=${2 * r} rx="2"></rect>`
    }
    <text dy="0.35em" text-anchor="middle">${status === 'new' ? newWord : CHANGE_GLYPHS.changed}</text>
  </g>`;
}
