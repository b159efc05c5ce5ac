import {
  ICEBERG_METRICS,
  KIND_GLYPHS,
  icebergMarkAnchors,
  type MarksState,
  explainsArrowPath,
  explainsLinePath,
  r1,
  type IcebergChip,
  type IcebergLayout,
  type IcebergLink,
} from '@floke/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { renderGhosts, renderMarksOverlay } from '../base/ghost-mark.js';
import { selectionBadge } from '../base/selection-badge.js';
import { renderNewBadge } from './iceberg-new-badge.js';

export interface IcebergDrawState {
  /** Chips and links of the chain in focus (hovered, focused or selected chip); the rest is drawn dimmed. */
  readonly chain?: { readonly chips: ReadonlySet<string>; readonly links: ReadonlySet<string> };
  readonly selected?: string | undefined;
  /** Chips related to a selection made elsewhere: a dotted ring around each. */
  readonly related?: ReadonlySet<string>;
  readonly tabStop?: string | undefined;
  /** Chips the search found. */
  readonly matches?: ReadonlySet<string> | undefined;
  readonly chipLabel: (chip: IcebergChip) => string;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState;
  readonly texts: { readonly waterline: string };
  /** Workshop mode: elements added since the workshop began get a "NY" tag (see `renderNewBadge`). */
  readonly newSince?: { readonly has: (id: string) => boolean; readonly badge: string };
  /** Workshop mode: the element an explanation is being drawn from. */
  readonly linkFrom?: string | undefined;
}

/** Every link is in the drawing, but only the chain in focus is shown (CSS): at rest the links would be a tangle. */
function renderLink(link: IcebergLink, state: IcebergDrawState): SVGTemplateResult {
  const inChain = state.chain?.links.has(link.id);
  return svg`
    <g class=${`explains${inChain ? ' in-chain' : ''}`} part="link" data-link-id=${link.id}>
      <path class="explains-line" d=${explainsLinePath(link.points)}></path>
      <path class="explains-arrow" d=${explainsArrowPath(link.points)}></path>
    </g>
  `;
}

function renderChip(chip: IcebergChip, layout: IcebergLayout, state: IcebergDrawState): SVGTemplateResult {
  const m = ICEBERG_METRICS;
  const type = layout.type;
  const inChain = state.chain?.chips.has(chip.id);
  const dimmed = state.chain && !inChain;
  const selected = state.selected === chip.id;
  const match = state.matches?.has(chip.id);
  const related = state.related?.has(chip.id);
  const change = state.marks?.change?.(chip.id);
  const left = chip.x - chip.width / 2;
  const top = chip.y - chip.height / 2;
  const textTop = (chip.height - chip.lines.length * type.lineHeight) / 2;
  return svg`
    <g
      class=${`chip kind-${chip.kind}${inChain ? ' in-chain' : ''}${dimmed ? ' dimmed' : ''}${selected ? ' selected' : ''}${match ? ' match' : ''}${related ? ' related' : ''}${change ? ` change-${change}` : ''}${state.newSince?.has(chip.id) ? ' new' : ''}${state.linkFrom === chip.id ? ' link-from' : ''}`}
      part="chip"
      role="button"
      data-id=${chip.id}
      tabindex=${state.tabStop === chip.id ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${state.chipLabel(chip)}
      transform=${`translate(${r1(left)},${r1(top)})`}
    >
      ${related ? svg`<rect class="related-ring" x="-4" y="-4" width=${chip.width + 8} height=${chip.height + 8} rx="7"></rect>` : nothing}
      <rect class="chip-box" width=${chip.width} height=${chip.height} rx="4"></rect>
      <rect class="kind-band" x="1" y="1" width=${m.symbolWidth - 1} height=${chip.height - 2} rx="3"></rect>
      <text class="chip-symbol" x=${m.symbolWidth / 2 + 0.5} y=${chip.height / 2} dy="0.35em" text-anchor="middle" font-size=${type.fontSize} aria-hidden="true">${KIND_GLYPHS[chip.kind as keyof typeof KIND_GLYPHS] ?? '•'}</text>
      <text class="chip-label" font-size=${type.fontSize} aria-hidden="true">
        ${chip.lines.map(
          (line, i) =>
            svg`<tspan x=${m.symbolWidth + m.chipPaddingX} y=${r1(textTop + type.lineHeight * (i + 0.5))} dy="0.35em">${line}${i < chip.lines.length - 1 && !line.endsWith('-') ? ' ' : ''}</tspan>`,
        )}
      </text>
    </g>
  `;
}

/**
 * A chip's badge ("↕3"): drawn over the chip but outside its button, so the button's visible text stays its label
 * (its accessible name tells the count in words); clicks fall through to the chip.
 */
function renderBadge(chip: IcebergChip, layout: IcebergLayout, state: IcebergDrawState): SVGTemplateResult | typeof nothing {
  if (!chip.links) return nothing;
  const m = ICEBERG_METRICS;
  const height = layout.type.smallLineHeight + 2;
  const dimmed = state.chain && !state.chain.chips.has(chip.id);
  const x = chip.x + chip.width / 2 - m.chipPaddingX - chip.badgeWidth;
  const y = chip.y - height / 2;
  return svg`<g class=${`badge${dimmed ? ' dimmed' : ''}`} data-id=${chip.id} transform=${`translate(${r1(x)},${r1(y)})`}>
    <rect class="badge-box" width=${chip.badgeWidth} height=${height} rx=${height / 2}></rect>
    <text class="badge-text" x=${chip.badgeWidth / 2} y=${height / 2} dy="0.35em" text-anchor="middle" font-size=${layout.type.smallFontSize}>↕${chip.links}</text>
  </g>`;
}

/** Lines of text from a first line's baseline, one line height apart. */
function lines(texts: readonly string[], x: number, y: number, lineHeight: number, anchor = 'start') {
  return texts.map((line, i) => svg`<tspan x=${x} y=${r1(y + i * lineHeight)} dy="0.35em" text-anchor=${anchor}>${line}</tspan>`);
}

/** The iceberg drawing: water, tinted ice, outline, layer labels, depth scale, links, chips. Knows nothing of the element. */
export function renderIceberg(layout: IcebergLayout, state: IcebergDrawState): SVGTemplateResult {
  const m = ICEBERG_METRICS;
  const type = layout.type;
  const outline = layout.outline.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ');
  const scale = layout.depthScale;
  const empty = (band: IcebergLayout['bands'][number]) => band.emptyLines.length > 0;
  const selected = layout.chips.find((chip) => chip.id === state.selected) ?? state.marks?.ghosts?.find((g) => g.id === state.selected);
  return svg`
    <defs><clipPath id="iceberg-ice"><polygon points=${outline}></polygon></clipPath></defs>
    ${layout.waterline ? svg`<rect class="water" x="0" y=${layout.waterline.y} width=${layout.width} height=${layout.height - layout.waterline.y}></rect>` : nothing}
    <g class="ice" clip-path="url(#iceberg-ice)">
      ${layout.bands.map(
        (band) =>
          svg`<rect class=${`ice-band ice-${band.tint}`} x=${layout.regionLeft} y=${band.index === 0 ? 0 : band.top} width=${layout.regionRight - layout.regionLeft} height=${band.bottom - (band.index === 0 ? 0 : band.top)}></rect>`,
      )}
    </g>
    <polygon class="outline" part="outline" points=${outline}></polygon>
    <g class="bands">
      ${layout.bands.map(
        (band) => svg`
          <g class="band" data-layer=${band.id}>
            ${band.index > 0 ? svg`<line class="band-edge" x1=${m.margin} x2=${layout.regionRight} y1=${band.top} y2=${band.top}></line>` : nothing}
            <text class="band-label" part="layer-label" font-size=${type.labelFontSize}>
              ${lines(band.labelLines, m.margin, band.top + 10 + type.labelLineHeight / 2, type.labelLineHeight)}
            </text>
            ${
              band.descriptionLines.length
                ? svg`<text class="band-description" font-size=${type.descriptionFontSize}>
                    ${lines(band.descriptionLines, m.margin, band.top + 10 + band.labelLines.length * type.labelLineHeight + type.descriptionLineHeight / 2, type.descriptionLineHeight)}
                  </text>`
                : nothing
            }
            ${
              empty(band)
                ? svg`<text class="band-empty" font-size=${type.fontSize}>
                    ${lines(band.emptyLines, layout.centerX, band.top + m.bandPaddingTop + type.lineHeight / 2, type.lineHeight, 'middle')}
                  </text>`
                : nothing
            }
          </g>`,
      )}
    </g>
    ${
      layout.waterline
        ? svg`<g class="waterline" part="waterline">
            <line x1="0" x2=${layout.width} y1=${layout.waterline.y} y2=${layout.waterline.y}></line>
            <text x=${layout.regionLeft + 4} y=${layout.waterline.y - 6} font-size=${type.fontSize}>${state.texts.waterline}</text>
          </g>`
        : nothing
    }
    <g class="depth-scale" part="depth-scale">
      <text class="depth-top" font-size=${type.smallFontSize}>${lines(scale.topLines, scale.x, scale.topY, type.smallLineHeight, 'middle')}</text>
      <line x1=${scale.x} x2=${scale.x} y1=${scale.arrowTop} y2=${scale.arrowBottom - 10}></line>
      <path d=${`M${scale.x},${scale.arrowBottom} l-6,-12 l12,0 Z`}></path>
      <text class="depth-bottom" font-size=${type.smallFontSize}>${lines(scale.bottomLines, scale.x, scale.bottomY, type.smallLineHeight, 'middle')}</text>
    </g>
    <g class="links">${layout.links.map((link) => renderLink(link, state))}</g>
    <g class="chips">${layout.chips.map((chip) => renderChip(chip, layout, state))}</g>
    ${state.marks ? renderGhosts(state.marks, state.selected, state.tabStop) : nothing}
    <g class="badges" aria-hidden="true">${layout.chips.map((chip) => renderBadge(chip, layout, state))}</g>
    ${state.marks ? renderMarksOverlay(icebergMarkAnchors(layout), state.marks) : nothing}
    ${
      state.newSince
        ? svg`<g class="new-badges">${layout.chips.map((chip) => (state.newSince!.has(chip.id) ? renderNewBadge(chip, state.newSince!.badge) : nothing))}</g>`
        : nothing
    }
    ${selected ? selectionBadge(selected.x + selected.width / 2 + 2, selected.y - selected.height / 2 - 2) : nothing}
  `;
}
