import { HORIZONS_METRICS, r1, type HorizonSpot, type HorizonsLayout } from '@floke/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';

/**
 * What workshop mode draws over the horizons: the place a click on a curve picked for a new element (a dashed ring
 * with a plus), and the dragged element's new place with its date in words on the time axis, where no label stands.
 * Both are for the eye only: the form and the live region say the same in words.
 */
export function renderWorkshopMarks(
  layout: HorizonsLayout,
  state: { readonly spot?: HorizonSpot | undefined; readonly preview?: HorizonSpot | undefined; readonly when: (date: string) => string },
): SVGTemplateResult | typeof nothing {
  const { spot, preview } = state;
  if (!spot && !preview) return nothing;
  const r = HORIZONS_METRICS.markerRadius;
  const ring = (p: HorizonSpot, className: string) =>
    svg`<g class=${className} aria-hidden="true" transform=${`translate(${r1(p.x)},${r1(p.y)})`}>
      <circle r=${r + 2}></circle>
      <path d=${`M-${r / 2},0 h${r} M0,-${r / 2} v${r}`}></path>
    </g>`;
  const tag = (p: HorizonSpot) => {
    const text = state.when(p.date);
    // Sized from the text's length at 12 px (about 7 px a character), on the axis under the point.
    const width = Math.ceil(text.length * 7.2 + 12);
    const y = layout.plot.bottom + 8;
    return svg`<g class="drag-date" aria-hidden="true" transform=${`translate(${r1(p.x - width / 2)},${y})`}>
      <rect width=${width} height="20" rx="3"></rect>
      <text x=${width / 2} y="10" dy="0.35em" text-anchor="middle">${text}</text>
    </g>`;
  };
  return svg`<g class="workshop-marks">
    ${spot ? ring(spot, 'spot') : nothing}
    ${preview ? svg`<line class="drag-line" x1=${r1(preview.x)} x2=${r1(preview.x)} y1=${r1(preview.y)} y2=${layout.plot.bottom + 8}></line>${ring(preview, 'drag-ghost')}${tag(preview)}` : nothing}
  </g>`;
}
