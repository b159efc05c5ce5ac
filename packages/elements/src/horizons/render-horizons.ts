import {
  HORIZONS,
  HORIZONS_METRICS,
  MARKER_SHAPES,
  changeClass,
  horizonsMarkAnchors,
  horizonsSelectionAt,
  type MarksState,
  SHIFT_ARROWS,
  polylinePath as path,
  r1,
  type HorizonPlacement,
  type HorizonsLayout,
} from '@floke/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { selectionBadge } from '../base/selection-badge.js';
import { renderGhosts, renderMarksOverlay } from '../base/ghost-mark.js';

export interface HorizonsDrawState {
  readonly hidden: (element: HorizonPlacement) => boolean;
  readonly selected?: string | undefined;
  /** Elements related to a selection made elsewhere: a dotted ring around each. */
  readonly related?: ReadonlySet<string>;
  readonly tabStop?: string | undefined;
  /** Elements whose label is shown on top although it has no room at rest (hovered, focused). */
  readonly shown: ReadonlySet<string>;
  /** Elements the search found. */
  readonly matches?: ReadonlySet<string> | undefined;
  readonly pointLabel: (element: HorizonPlacement) => string;
  readonly names: Record<'H1' | 'H2' | 'H3', string>;
  readonly now: string;
  readonly prevalence: string;
  readonly formatYear: (year: number) => string;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState;
}

/** A label box with its lines; `data-id` so a click on it selects its element. */
function renderLabel(e: HorizonPlacement, layout: HorizonsLayout, onDemand: boolean): SVGTemplateResult {
  const m = HORIZONS_METRICS;
  const box = e.labelBox;
  const indent = m.labelPadding + (e.badge ? e.badge.width + m.labelPadding : 0);
  return svg`<g class=${`label ${e.horizon}${onDemand ? ' on-demand' : ''}`} data-id=${e.id} aria-hidden="true"
      transform=${`translate(${r1(box.x - box.width / 2)},${r1(box.y - box.height / 2)})`}>
      <rect width=${box.width} height=${box.height} rx="3"></rect>
      <text font-size=${layout.fontSize}>${e.lines.map(
        (line, i) => svg`<tspan x=${indent} y=${r1(m.labelPadding + layout.lineHeight * (i + 0.5))} dy="0.35em">${line}</tspan>`,
      )}</text>
      ${
        e.badge
          ? svg`<g class="new-badge" part="new-badge" transform=${`translate(${m.labelPadding},${m.labelPadding})`}>
              <rect width=${e.badge.width} height=${layout.lineHeight} rx="2"></rect>
              <text x=${r1(e.badge.width / 2)} y=${r1(layout.lineHeight / 2)} dy="0.35em" text-anchor="middle">${e.badge.text}</text>
            </g>`
          : nothing
      }
    </g>`;
}

function renderMarker(e: HorizonPlacement, state: HorizonsDrawState): SVGTemplateResult {
  const selected = state.selected === e.id;
  const match = state.matches?.has(e.id);
  const related = state.related?.has(e.id);
  const classes = `marker ${e.horizon} ${e.kind}${selected ? ' selected' : ''}${match ? ' match' : ''}${related ? ' related' : ''}${e.planned ? ' planned' : ''}${e.outOfRange ? ' out-of-range' : ''}${changeClass(state.marks, e.id)}`;
  return svg`<g class=${classes} part="point" data-id=${e.id} role="button" tabindex=${state.tabStop === e.id ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'} aria-label=${state.pointLabel(e)} transform=${`translate(${r1(e.mark.x)},${r1(e.mark.y)})`}>
      ${related ? svg`<circle class="related-ring" r=${HORIZONS_METRICS.markerRadius + 5}></circle>` : nothing}
      <circle r=${HORIZONS_METRICS.markerRadius}></circle>
      <path class="shape" d=${MARKER_SHAPES[e.kind as keyof typeof MARKER_SHAPES] ?? MARKER_SHAPES.actor}></path>
      ${e.shift ? svg`<path class=${`shift ${e.shift}`} d=${SHIFT_ARROWS[e.shift]} transform="translate(8,-6)"></path>` : nothing}
    </g>`;
}

/**
 * The horizons drawing, in layers so nothing meaningful is painted over: axis and "now"; the selected period;
 * leader lines and stems; the curves; their names in the right-hand column; labels at rest; markers (each on top
 * of every line and label); last, the labels shown on demand (hover, focus, selection), which take no clicks.
 */
export function renderHorizons(layout: HorizonsLayout, state: HorizonsDrawState): SVGTemplateResult {
  const { plot } = layout;
  const visible = layout.elements.filter((e) => !state.hidden(e));
  const selected = visible.find((e) => e.id === state.selected);
  const onDemand = visible.filter((e) => !e.labelled && (state.shown.has(e.id) || e.id === state.selected));
  const selectionAt = horizonsSelectionAt(
    selected,
    state.marks?.ghosts?.find((g) => g.id === state.selected),
  );
  return svg`
    <g class="axis" part="axis">
      <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      <line x1=${plot.left} x2=${plot.left} y1=${plot.top} y2=${plot.bottom}></line>
      ${layout.ticks.map(
        (tick) => svg`
          <line class="tick" x1=${tick.x} x2=${tick.x} y1=${plot.bottom} y2=${plot.bottom + 5}></line>
          <text x=${tick.x} y=${plot.bottom + 20} text-anchor="middle">${state.formatYear(tick.year)}</text>`,
      )}
      <text class="axis-title" transform=${`translate(18,${(plot.top + plot.bottom) / 2}) rotate(-90)`} text-anchor="middle">${state.prevalence}</text>
    </g>
    ${
      layout.now
        ? svg`<g class="now" part="now">
            <line x1=${layout.now.x} x2=${layout.now.x} y1=${plot.top - 8} y2=${plot.bottom}></line>
            <text x=${layout.now.x} y=${plot.top - 12} text-anchor="middle">${state.now} ${state.formatYear(Math.floor(layout.now.year))}</text>
          </g>`
        : nothing
    }
    ${selected?.period ? svg`<path class="period" d=${path(selected.period)}></path>` : nothing}
    <g class="leaders">
      ${visible.map(
        (e) => svg`${e.mark.y !== e.y ? svg`<line class="stem" x1=${e.x} y1=${e.y} x2=${e.mark.x} y2=${e.mark.y}></line>` : nothing}
          ${e.labelled && e.leader ? svg`<path class="leader" d=${path(e.leader)}></path>` : nothing}`,
      )}
    </g>
    <g class="curves">${HORIZONS.map((h) => svg`<path class=${`curve ${h}`} part="curve" d=${path(layout.curves[h])}></path>`)}</g>
    <g class="curve-names">
      ${HORIZONS.map((h) => {
        const name = layout.curveLabels[h];
        const moved = Math.abs(name.y - name.end.y) > 1;
        return svg`${moved ? svg`<path class="name-connector" d=${`M${r1(name.end.x + 3)},${r1(name.end.y)} L${r1(name.x - 3)},${r1(name.y)}`}></path>` : nothing}
          <text class=${`curve-label ${h}`} font-size=${layout.nameFontSize}>${name.lines.map(
            (line, i) => svg`<tspan x=${name.x} y=${r1(name.y + i * layout.nameLineHeight)} dy="0.35em">${line}</tspan>`,
          )}</text>`;
      })}
    </g>
    <g class="labels">${visible.filter((e) => e.labelled).map((e) => renderLabel(e, layout, false))}</g>
    <g class="markers">${visible.map((e) => renderMarker(e, state))}</g>
    ${state.marks ? renderGhosts(state.marks, state.selected, state.tabStop) : nothing}
    ${state.marks ? renderMarksOverlay(horizonsMarkAnchors(layout, visible, state.marks), state.marks) : nothing}
    <g class="on-demand">
      ${onDemand.map(
        (e) => svg`${e.leader ? svg`<path class="leader" d=${path(e.leader)}></path>` : nothing}${renderLabel(e, layout, true)}`,
      )}
    </g>
    ${selectionAt ? selectionBadge(selectionAt.x, selectionAt.y) : nothing}
  `;
}
