import { ICEBERG_METRICS, type IcebergChip, type IcebergLayout, type IcebergLink, type Point } from '@floke/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { KIND_SYMBOLS } from '../base/kind-symbols.js';

export interface IcebergDrawState {
  /** Chips and links of the selected chain; the rest is drawn dimmed. */
  readonly chain?: { readonly chips: ReadonlySet<string>; readonly links: ReadonlySet<string> };
  readonly selected?: string | undefined;
  readonly tabStop?: string | undefined;
  /** Chips the search found. */
  readonly matches?: ReadonlySet<string> | undefined;
  readonly chipLabel: (chip: IcebergChip) => string;
  readonly texts: {
    readonly waterline: string;
    readonly depth: string;
    readonly shallow: string;
    readonly deep: string;
    readonly emptyLayer: string;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const polyline = (points: readonly Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`).join(' ');

function arrowAt(points: readonly Point[]): string {
  const tip = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const base = { x: tip.x - ux * 8, y: tip.y - uy * 8 };
  return `M${r1(tip.x)},${r1(tip.y)} L${r1(base.x + uy * 4)},${r1(base.y - ux * 4)} L${r1(base.x - uy * 4)},${r1(base.y + ux * 4)} Z`;
}

function renderLink(link: IcebergLink, state: IcebergDrawState): SVGTemplateResult {
  const inChain = state.chain?.links.has(link.id);
  const dimmed = state.chain && !inChain;
  return svg`
    <g class=${`explains${inChain ? ' in-chain' : ''}${dimmed ? ' dimmed' : ''}`} part="link" data-link-id=${link.id}>
      <path class="explains-line" d=${polyline(link.points)}></path>
      <path class="explains-arrow" d=${arrowAt(link.points)}></path>
    </g>
  `;
}

function renderChip(chip: IcebergChip, state: IcebergDrawState): SVGTemplateResult {
  const m = ICEBERG_METRICS;
  const inChain = state.chain?.chips.has(chip.id);
  const dimmed = state.chain && !inChain;
  const selected = state.selected === chip.id;
  const match = state.matches?.has(chip.id);
  const left = chip.x - chip.width / 2;
  const top = chip.y - chip.height / 2;
  return svg`
    <g
      class=${`chip kind-${chip.kind}${inChain ? ' in-chain' : ''}${dimmed ? ' dimmed' : ''}${selected ? ' selected' : ''}${match ? ' match' : ''}`}
      part="chip"
      role="button"
      data-id=${chip.id}
      tabindex=${state.tabStop === chip.id ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${state.chipLabel(chip)}
      transform=${`translate(${r1(left)},${r1(top)})`}
    >
      <rect class="chip-box" width=${chip.width} height=${chip.height} rx="4"></rect>
      <text class="chip-symbol" x=${m.chipPaddingX + 5} y=${m.chipPaddingY + m.lineHeight / 2} dy="0.35em" text-anchor="middle" aria-hidden="true">
        ${KIND_SYMBOLS[chip.kind as keyof typeof KIND_SYMBOLS] ?? '•'}
      </text>
      <text class="chip-label" aria-hidden="true">
        ${chip.lines.map(
          (line, i) =>
            svg`<tspan x=${m.chipPaddingX + m.symbolWidth} y=${r1(m.chipPaddingY + m.lineHeight * (i + 0.5))} dy="0.35em">${line}${i < chip.lines.length - 1 && !line.endsWith('-') ? ' ' : ''}</tspan>`,
        )}
      </text>
    </g>
  `;
}

/** The iceberg drawing: water, outline, layer labels, depth scale, links, chips. Knows nothing of the element. */
export function renderIceberg(layout: IcebergLayout, state: IcebergDrawState): SVGTemplateResult {
  const m = ICEBERG_METRICS;
  const outline = layout.outline.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ');
  const bottom = layout.bands[layout.bands.length - 1]?.bottom ?? layout.height;
  const top = layout.bands[0]?.top ?? 0;
  const scaleX = layout.regionRight + m.depthScaleWidth / 2;
  const empty = (band: IcebergLayout['bands'][number]) => !layout.chips.some((c) => c.layer === band.id);
  return svg`
    ${layout.waterline ? svg`<rect class="water" x="0" y=${layout.waterline.y} width=${layout.width} height=${layout.height - layout.waterline.y}></rect>` : nothing}
    <polygon class="outline" part="outline" points=${outline}></polygon>
    <g class="bands">
      ${layout.bands.map(
        (band) => svg`
          <g class="band" data-layer=${band.id}>
            ${band.index > 0 ? svg`<line class="band-edge" x1=${m.margin} x2=${layout.regionRight} y1=${band.top} y2=${band.top}></line>` : nothing}
            <text class="band-label" part="layer-label" x=${m.margin} y=${band.top + 10}>
              ${band.labelLines.map((line, i) => svg`<tspan x=${m.margin} dy=${i === 0 ? '1em' : '1.3em'}>${line}</tspan>`)}
            </text>
            <text class="band-description" x=${m.margin} y=${band.top + 10 + band.labelLines.length * 20 + 2}>
              ${band.descriptionLines.map((line, i) => svg`<tspan x=${m.margin} dy=${i === 0 ? '1em' : '1.3em'}>${line}</tspan>`)}
            </text>
            ${empty(band) ? svg`<text class="band-empty" x=${layout.centerX} y=${(band.top + band.bottom) / 2} dy="0.35em" text-anchor="middle">${state.texts.emptyLayer}</text>` : nothing}
          </g>`,
      )}
    </g>
    ${
      layout.waterline
        ? svg`<g class="waterline" part="waterline">
            <line x1="0" x2=${layout.width} y1=${layout.waterline.y} y2=${layout.waterline.y}></line>
            <text x=${layout.regionRight - 4} y=${layout.waterline.y - 6} text-anchor="end">${state.texts.waterline}</text>
          </g>`
        : nothing
    }
    <g class="depth-scale" part="depth-scale" aria-hidden="true">
      <line x1=${scaleX} x2=${scaleX} y1=${top + 6} y2=${bottom - 14}></line>
      <path d=${`M${scaleX},${bottom - 4} l-6,-12 l12,0 Z`}></path>
      <text x=${scaleX} y=${top - 8} text-anchor="middle">${state.texts.depth}</text>
    </g>
    <g class="links">${layout.links.map((link) => renderLink(link, state))}</g>
    <g class="chips">${layout.chips.map((chip) => renderChip(chip, state))}</g>
  `;
}
