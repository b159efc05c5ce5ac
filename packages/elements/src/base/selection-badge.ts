import { css, svg, type SVGTemplateResult } from 'lit';

/** Radius of the selection badge, in CSS px at 1:1. */
export const SELECTION_BADGE_RADIUS = 7;

/**
 * The selected mark's badge: a filled disc with a check mark, at a corner of the mark. With the solid selection
 * ring it tells selection from keyboard focus (a dashed rectangle around the mark, see `theme.ts`) by shape, not
 * by line width or colour alone. It takes no clicks: a click on it selects what lies under it.
 *
 * `scale` keeps it one size on screen in a drawing that is zoomed as a whole (the network's overlay: 1/k).
 */
export function selectionBadge(x: number, y: number, scale = 1): SVGTemplateResult {
  const r1 = (n: number) => Math.round(n * 100) / 100;
  return svg`<g class="selection-badge" aria-hidden="true" transform=${`translate(${r1(x)},${r1(y)})${scale === 1 ? '' : ` scale(${r1(scale)})`}`}>
    <circle r=${SELECTION_BADGE_RADIUS}></circle>
    <path d="M-3.5,0.2 L-1.1,2.6 L3.6,-2.4"></path>
  </g>`;
}

/** Its styles, in every drawing's stylesheet (exports too). */
export const selectionBadgeStyles = css`
  .selection-badge {
    pointer-events: none;
  }
  .selection-badge circle {
    fill: var(--_selection);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .selection-badge path {
    fill: none;
    stroke: var(--_background);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .selection-badge circle {
      fill: Highlight;
      stroke: Canvas;
    }
    .selection-badge path {
      stroke: HighlightText;
    }
  }
`;
