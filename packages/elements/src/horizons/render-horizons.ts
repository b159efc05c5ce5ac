import { HORIZONS, HORIZONS_METRICS, type HorizonPlacement, type HorizonsLayout, type Point } from '@floke/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { KIND_SYMBOLS } from '../base/kind-symbols.js';

export interface HorizonsDrawState {
  readonly hidden: (element: HorizonPlacement) => boolean;
  readonly selected?: string | undefined;
  readonly tabStop?: string | undefined;
  /** Elements the search found. */
  readonly matches?: ReadonlySet<string> | undefined;
  readonly pointLabel: (element: HorizonPlacement) => string;
  readonly names: Record<'H1' | 'H2' | 'H3', string>;
  readonly now: string;
  readonly prevalence: string;
  readonly formatYear: (year: number) => string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const path = (points: readonly Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`).join(' ');

function renderElement(e: HorizonPlacement, state: HorizonsDrawState): SVGTemplateResult {
  const m = HORIZONS_METRICS;
  const box = e.labelBox;
  const selected = state.selected === e.id;
  const match = state.matches?.has(e.id);
  const shiftArrow =
    e.shift === 'toward-h3' ? 'M0,0 l14,-14 m-7,0 l7,0 l0,7' : e.shift === 'absorbed-by-h1' ? 'M0,0 l14,14 m-7,0 l7,0 l0,-7' : undefined;
  return svg`
    <g class=${`point ${e.horizon}${selected ? ' selected' : ''}${match ? ' match' : ''}${e.planned ? ' planned' : ''}${e.outOfRange ? ' out-of-range' : ''}`} data-id=${e.id} part="point">
      ${e.period ? svg`<path class="period" d=${path(e.period)}></path>` : nothing}
      ${e.leader ? svg`<path class="leader" d=${path(e.leader)}></path>` : nothing}
      ${shiftArrow ? svg`<path class="shift" d=${shiftArrow} transform=${`translate(${r1(e.x + 7)},${r1(e.y)})`}></path>` : nothing}
      <g
        class="marker"
        role="button"
        tabindex=${state.tabStop === e.id ? 0 : -1}
        aria-pressed=${selected ? 'true' : 'false'}
        aria-label=${state.pointLabel(e)}
        data-id=${e.id}
      >
        <circle cx=${e.x} cy=${e.y} r=${m.markerRadius + 2}></circle>
        <text x=${e.x} y=${e.y} dy="0.35em" text-anchor="middle" aria-hidden="true">${KIND_SYMBOLS[e.kind as keyof typeof KIND_SYMBOLS] ?? '•'}</text>
      </g>
      <g class="label" aria-hidden="true" transform=${`translate(${r1(box.x - box.width / 2)},${r1(box.y - box.height / 2)})`}>
        <rect width=${box.width} height=${box.height} rx="3"></rect>
        <text>
          ${e.lines.map((line, i) => svg`<tspan x=${m.labelPadding} y=${r1(m.labelPadding + m.lineHeight * (i + 0.5))} dy="0.35em">${line}</tspan>`)}
        </text>
      </g>
    </g>
  `;
}

/** The horizons drawing: axis, "now", three patterned curves with their names, and the elements. */
export function renderHorizons(layout: HorizonsLayout, state: HorizonsDrawState): SVGTemplateResult {
  const { plot } = layout;
  return svg`
    <g class="axis" part="axis">
      <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      <line x1=${plot.left} x2=${plot.left} y1=${plot.top} y2=${plot.bottom}></line>
      ${layout.ticks.map(
        (tick) => svg`
          <line class="tick" x1=${tick.x} x2=${tick.x} y1=${plot.bottom} y2=${plot.bottom + 5}></line>
          <text x=${tick.x} y=${plot.bottom + 18} text-anchor="middle">${state.formatYear(tick.year)}</text>`,
      )}
      <text class="axis-title" transform=${`translate(14,${(plot.top + plot.bottom) / 2}) rotate(-90)`} text-anchor="middle">${state.prevalence}</text>
    </g>
    ${
      layout.now
        ? svg`<g class="now" part="now">
            <line x1=${layout.now.x} x2=${layout.now.x} y1=${plot.top - 8} y2=${plot.bottom}></line>
            <text x=${layout.now.x} y=${plot.top - 12} text-anchor="middle">${state.now} ${state.formatYear(Math.floor(layout.now.year))}</text>
          </g>`
        : nothing
    }
    <g class="curves">
      ${HORIZONS.map(
        (h) => svg`
          <path class=${`curve ${h}`} part="curve" d=${path(layout.curves[h])}></path>
          <text class=${`curve-label ${h}`} x=${layout.curveLabels[h].x} y=${layout.curveLabels[h].y} text-anchor="middle">${state.names[h]}</text>`,
      )}
    </g>
    <g class="points">${layout.elements.filter((e) => !state.hidden(e)).map((e) => renderElement(e, state))}</g>
  `;
}
