import { ELEMENT_KINDS, HORIZONS, MARKER_SHAPES, SHIFT_ARROWS, type HorizonsLayout } from '@floke/core';
import { html, nothing, svg } from 'lit';
import type { CommonUiStrings } from '../base/strings.js';

const swatch = (content: ReturnType<typeof svg>, width = 18) =>
  html`<svg class="legend-symbol" width=${width} height="18" viewBox=${`${-width / 2} -9 ${width} 18`} aria-hidden="true">${content}</svg>`;

/**
 * The key above the drawing, every entry a mark and words (never colour alone): each horizon's line pattern, the
 * marker shape of each kind drawn, the H2+ and H2− arrows and the dashed "planned" ring when the drawing has them,
 * and how to see the name of a marker without a label.
 */
export function renderHorizonsLegend(layout: HorizonsLayout, strings: CommonUiStrings) {
  const t = strings.horizons;
  const kinds = ELEMENT_KINDS.filter((k) => layout.elements.some((e) => e.kind === k));
  const has = (test: (e: HorizonsLayout['elements'][number]) => boolean) => layout.elements.some(test);
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${HORIZONS.map(
      (h) => html`<li data-legend=${h}>${swatch(svg`<path class=${`curve ${h}`} d="M-16,0 L16,0"></path>`, 36)} ${t.names[h]}</li>`,
    )}
    ${kinds.map(
      (k) =>
        html`<li data-legend=${k}>
          ${swatch(svg`<g class="marker legend-marker"><circle r="8"></circle><path class="shape" d=${MARKER_SHAPES[k]}></path></g>`)}
          ${strings.kinds[k]}
        </li>`,
    )}
    ${
      has((e) => e.shift === 'toward-h3')
        ? html`<li data-legend="toward-h3">
            ${swatch(svg`<path class="shift" d=${SHIFT_ARROWS['toward-h3']} transform="translate(-6,6)"></path>`)} ${t.towardH3}
          </li>`
        : nothing
    }
    ${
      has((e) => e.shift === 'absorbed-by-h1')
        ? html`<li data-legend="absorbed-by-h1">
            ${swatch(svg`<path class="shift" d=${SHIFT_ARROWS['absorbed-by-h1']} transform="translate(-6,6)"></path>`)} ${t.absorbedByH1}
          </li>`
        : nothing
    }
    ${
      has((e) => e.planned)
        ? html`<li data-legend="planned">
            ${swatch(svg`<g class="marker planned legend-marker"><circle r="8"></circle></g>`)} ${t.legendPlanned}
          </li>`
        : nothing
    }
    ${has((e) => !e.labelled) ? html`<li data-legend="hover" class="legend-hint">${t.legendHover}</li>` : nothing}
  </ul>`;
}
