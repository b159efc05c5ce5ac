import { ghostLine, marksOverlayMarkup, r1, type Ghost, type MarkAnchor, type MarksState } from '@floke/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';

/**
 * A gone element's ghost in the live drawing: the markup of core's `ghostMarkup` (every attribute bound, so Lit
 * writes them in the same order), plus a tab stop. A template, not a string, so focus survives a re-render.
 */
function renderGhost(ghost: Ghost, label: string, selected: boolean, tabStop: boolean): SVGTemplateResult {
  const pad = (ghost.height - ghost.lines.length * ghost.lineHeight) / 2;
  return svg`<g class=${`ghost kind-${ghost.kind}${selected ? ' selected' : ''}`} part=${'ghost'} role=${'button'} data-id=${ghost.id} data-change=${'gone'}
      tabindex=${tabStop ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'} aria-label=${label}
      transform=${`translate(${r1(ghost.x - ghost.width / 2)},${r1(ghost.y - ghost.height / 2)})`}>
      <rect class=${'ghost-box'} width=${r1(ghost.width)} height=${r1(ghost.height)} rx=${4}></rect>
      <text class=${'ghost-label'} font-size=${ghost.fontSize} aria-hidden=${'true'}>${ghost.lines.map(
        (line, i) =>
          svg`<tspan x=${r1(ghost.width / 2)} y=${r1(pad + ghost.lineHeight * (i + 0.5))} dy=${'0.35em'} text-anchor=${'middle'}>${ghostLine(ghost.lines, i)}</tspan>`,
      )}</text>
    </g>`;
}

/** The ghosts layer, as core's `ghostsMarkup` draws it. */
export function renderGhosts(state: MarksState, selected: string | undefined, tabStop: string | undefined) {
  const ghosts = state.ghosts ?? [];
  if (!ghosts.length) return nothing;
  return svg`<g class=${'ghosts'}>${ghosts.map((g) =>
    renderGhost(g, state.ghostLabel?.(g) ?? g.lines.join(' '), selected === g.id, tabStop === g.id),
  )}</g>`;
}

/** The badges layer (progress, change, gone): core's markup as it is, as nothing in it takes focus or clicks. */
export function renderMarksOverlay(anchors: readonly MarkAnchor[], state: MarksState) {
  const markup = marksOverlayMarkup(anchors, state);
  return markup ? unsafeSVG(markup) : nothing;
}

/** The id of the ghost an event happened on, if any (views select a ghost as they select any mark). */
export function ghostIdOf(event: Event): string | undefined {
  const ghost = event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('ghost')) as SVGGElement | undefined;
  return ghost?.dataset.id;
}
