import { svg, type SVGTemplateResult } from 'lit';

/** Width of a note badge per character, and its height (layout units; 12 px text, as the "new" tag). */
const CHAR = 8.5;
const HEIGHT = 16;
/** Radius of the link handle's disc, and of the larger, invisible disc a finger hits. */
const HANDLE_RADIUS = 9;
const HANDLE_HIT = 16;

/** The badge's text: a pencil and the count ("✎ 2"); its words go into the mark's accessible name instead. */
export const noteBadgeText = (count: number) => `✎ ${count}`;

/**
 * A note count badge centred at (x, y): a framed tag with a pencil and the count, so a mark with notes differs by
 * shape and text, not by colour. It takes no clicks.
 */
export function renderNoteBadge(count: number, x: number, y: number): SVGTemplateResult {
  const text = noteBadgeText(count);
  const width = Math.ceil(text.length * CHAR + 8);
  return svg`<g class="note-badge" part="note-badge" aria-hidden="true" data-notes=${count}
    transform=${`translate(${Math.round(x - width / 2)},${Math.round(y - HEIGHT / 2)})`}>
    <rect width=${width} height=${HEIGHT} rx="3"></rect>
    <text x=${width / 2} y=${HEIGHT / 2} dy="0.35em" text-anchor="middle">${text}</text>
  </g>`;
}

/**
 * The handle a link is dragged from, on the right edge of a factor's box at (x, y): a disc with an arrow, inside a
 * wider transparent disc that is easy to hit with a finger. Hidden from assistive technology: K is the keyboard path.
 */
export function renderLinkHandle(x: number, y: number): SVGTemplateResult {
  return svg`<g class="link-handle" part="link-handle" aria-hidden="true" transform=${`translate(${x},${y})`}>
    <circle class="link-handle-hit" r=${HANDLE_HIT}></circle>
    <circle class="link-handle-disc" r=${HANDLE_RADIUS}></circle>
    <path d="M-4,0 H4 M1,-3 L4,0 L1,3"></path>
  </g>`;
}
