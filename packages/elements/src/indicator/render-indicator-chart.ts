import type { IndicatorChartLayout } from '@floke/core';
import { svg, type TemplateResult } from 'lit';

/** A diamond of half-diagonal `r` around (x, y): the target's mark, told from the measured dots by shape. */
const diamond = (x: number, y: number, r: number) => `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

/** The indicator's chart: baseline, measured line with dots, a dashed way to the target and the target diamonds. */
export function renderIndicatorChart(layout: IndicatorChartLayout, label: string): TemplateResult {
  const { width, height, fontSize } = layout;
  return svg`<svg class="chart" part="chart" role="img" aria-label=${label} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    <line class="baseline" x1=${layout.baseline.x1} x2=${layout.baseline.x2} y1=${layout.baseline.y} y2=${layout.baseline.y}></line>
    ${layout.toTarget ? svg`<path class="to-target" d=${layout.toTarget}></path>` : ''}
    ${layout.line ? svg`<path class="line" d=${layout.line}></path>` : ''}
    ${layout.measurements.map((m) => svg`<circle class="measurement" cx=${m.x} cy=${m.y} r="4"></circle>`)}
    ${layout.targets.map((t) => svg`<path class="target" d=${diamond(t.x, t.y, 6)}></path>`)}
    ${[...layout.measurements, ...layout.targets]
      .filter((m) => m.label)
      .map(
        (m) => svg`<text class="value-label" x=${m.labelX} y=${m.labelY} text-anchor=${m.anchor} font-size=${fontSize}>${m.label}</text>`,
      )}
    ${layout.dates.map(
      (d) => svg`<text class="date-label" x=${d.x} y=${layout.datesY} text-anchor=${d.anchor} font-size=${fontSize}>${d.text}</text>`,
    )}
  </svg>`;
}
