import { r1, type IcebergChip } from '@floke/core';
import { svg, type SVGTemplateResult } from 'lit';

/** Width of the "NY" tag per character of its text, and its height (drawing units, 12 px text). */
const BADGE_CHAR = 8.5;
const BADGE_HEIGHT = 16;
/** Room left at the chip's right corner for the selection badge. */
const CORNER = 12;

/**
 * Workshop mode's "new since the workshop began" tag: a dark tag with the word ("NY") just above the chip's top edge,
 * towards its right, clear of the label, the "↕" badge and the selection badge (rows are 18 units apart). A word,
 * not a colour; hidden from assistive technology, since the chip's accessible name says it.
 */
export function renderNewBadge(chip: IcebergChip, text: string): SVGTemplateResult {
  const width = Math.ceil(text.length * BADGE_CHAR + 8);
  const x = chip.x + chip.width / 2 - CORNER - width;
  const y = chip.y - chip.height / 2 - BADGE_HEIGHT - 1;
  return svg`<g class="new-badge" part="new-badge" data-for=${chip.id} aria-hidden="true" transform=${`translate(${r1(x)},${r1(y)})`}>
    <rect width=${width} height=${BADGE_HEIGHT} rx="3"></rect>
    <text x=${width / 2} y=${BADGE_HEIGHT / 2} dy="0.35em" text-anchor="middle">${text}</text>
  </g>`;
}
