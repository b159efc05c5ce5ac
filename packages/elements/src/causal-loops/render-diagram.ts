import {
  CLD_METRICS,
  cldArrowPath,
  cldCurveMidpoint,
  cldCurvePath,
  cldMarkerTurn,
  r1,
  changeClass,
  loopsMarkAnchors,
  type MarksState,
  type CldLayout,
  type CldLink,
  type CldLoopMarker,
  type CldNode,
} from '@floke/core';
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { selectionBadge } from '../base/selection-badge.js';
import { fadedClass, type FocusSet } from './loop-focus.js';
import { renderLinkHandle, renderNoteBadge } from './workshop-marks.js';
import { renderGhosts, renderMarksOverlay } from '../base/ghost-mark.js';

/** What the drawing needs to know of the view's state. */
export interface DiagramState {
  /** Members and links of the highlighted loop; everything else is drawn dimmed. */
  readonly highlight?: { readonly loopId: string; readonly members: ReadonlySet<string>; readonly links: ReadonlySet<string> };
  /** Focus mode: what stays at full strength; everything else fades (see `loop-focus.ts`). */
  readonly focus?: FocusSet | undefined;
  /** The link and factors a loop tour shows now: emphasised by weight; the rest of the loop recedes. */
  readonly tour?: { readonly link: string; readonly from: string; readonly to: string } | undefined;
  /** Factors matching the search. */
  readonly matches?: ReadonlySet<string>;
  readonly selected?: string | undefined;
  /** Factors related to a selection made elsewhere: a dotted ring around each. */
  readonly related?: ReadonlySet<string>;
  /** The factor that holds the roving tabindex. */
  readonly tabStop?: string | undefined;
  readonly codes: ReadonlyMap<string, string>;
  /** Marker of the highlighted loop when it has none of its own. */
  readonly extraMarker?: CldLoopMarker | undefined;
  readonly nodeLabel: (node: CldNode) => string;
  readonly linkLabel: (link: CldLink) => string;
  readonly markerLabel: (marker: CldLoopMarker) => string;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState | undefined;
  /** Workshop mode: factors added since the workshop began get a "NY" tag and a dashed box (not colour alone). */
  readonly newSince?: { readonly has: (id: string) => boolean; readonly badge: string };
  /** Workshop mode: how many notes an element or a relation (by id) has; a mark with notes gets a "✎ n" badge. */
  readonly notes?: (id: string) => number;
  /** Workshop mode: the factor that shows the handle a link is dragged from. */
  readonly linkHandle?: string | undefined;
}

/** Width of the "new" tag per character of its text, and its height (layout units, 12 px text). */
const BADGE_CHAR = 8.5;
const BADGE_HEIGHT = 16;

/** ' tour-current' for the toured link and its two factors, ' tour-rest' for the rest of the toured loop. */
const tourClass = (state: DiagramState, inLoop: boolean | undefined, current: boolean) =>
  !state.tour || !inLoop ? '' : current ? ' tour-current' : ' tour-rest';

function renderLink(link: CldLink, state: DiagramState): SVGTemplateResult {
  const inLoop = state.highlight?.links.has(link.id);
  const dimmed = state.highlight && !inLoop;
  const r = CLD_METRICS.glyphRadius;
  const inferred = link.evidence === 'inferred';
  const classes = `link ${link.polarity === '+' ? 'positive' : 'negative'}${inferred ? ' inferred' : ''}${inLoop ? ' in-loop' : ''}${dimmed ? ' dimmed' : ''}${tourClass(state, inLoop, link.id === state.tour?.link || (link.from === state.tour?.from && link.to === state.tour.to))}${fadedClass(state.focus, 'links', link.id)}`;
  const d = cldCurvePath(link.curve);
  // An inferred link is hollow: a wide stroke with a background-coloured core leaves two thin parallel lines, which
  // keep the dash of a negative link; the "?" badge beside the sign says it in a second way.
  return svg`
    <g class=${classes} part="link" data-link-id=${link.id} data-polarity=${link.polarity} data-evidence=${link.evidence}>
      <title>${state.linkLabel(link)}${link.bundled ? ` (×${link.bundled.length + 1})` : ''}</title>
      <path class="link-line" d=${d}></path>
      ${inferred ? svg`<path class="link-core" d=${d}></path>` : nothing}
      <path class="arrow" d=${cldArrowPath(link.curve)}></path>
      ${
        link.delayMark
          ? svg`<g class="delay" transform=${`translate(${r1(link.delayMark.x)},${r1(link.delayMark.y)}) rotate(${r1(link.delayMark.angle)})`}>
              <line x1="-3" y1="-8" x2="-3" y2="8"></line><line x1="3" y1="-8" x2="3" y2="8"></line>
            </g>`
          : nothing
      }
      <g class="glyph" part="polarity" transform=${`translate(${r1(link.glyph.x)},${r1(link.glyph.y)})`}>
        <circle r=${r}></circle>
        <text dy="0.35em" text-anchor="middle">${link.polarity === '+' ? '+' : '−'}</text>
        ${
          link.bundled
            ? svg`<text class="bundle-count" x=${r + 3} dy="0.35em" text-anchor="start">×${link.bundled.length + 1}</text>`
            : nothing
        }
      </g>
      ${linkNotes(link, state)}
      ${
        link.evidenceMark
          ? svg`<g class="evidence-mark" part="evidence-mark" transform=${`translate(${r1(link.evidenceMark.x)},${r1(link.evidenceMark.y)})`}>
              <circle r=${CLD_METRICS.evidenceMarkRadius}></circle>
              <text dy="0.35em" text-anchor="middle">?</text>
            </g>`
          : nothing
      }
    </g>
  `;
}

/**
 * The note badge of a link (its own notes and those of the parallel links it stands for), on the middle of its curve:
 * the sign sits by the arrowhead, next to a factor and its handle, so the middle is where the badge stays clear.
 */
function linkNotes(link: CldLink, state: DiagramState) {
  if (!state.notes) return nothing;
  const count = [link.id, ...(link.bundled ?? [])].reduce((sum, id) => sum + state.notes!(id), 0);
  if (!count) return nothing;
  const middle = cldCurveMidpoint(link.curve);
  return renderNoteBadge(count, middle.x, middle.y);
}

function renderMarker(marker: CldLoopMarker, state: DiagramState): SVGTemplateResult {
  const code = state.codes.get(marker.loopId) ?? marker.polarity;
  const inLoop = state.highlight?.loopId === marker.loopId;
  const dimmed = state.highlight && !inLoop;
  const { turn, head } = cldMarkerTurn(marker);
  return svg`
    <g class=${`marker ${marker.polarity}${inLoop ? ' in-loop' : ''}${dimmed ? ' dimmed' : ''}${fadedClass(state.focus, 'markers', marker.loopId)}`} part="loop-marker" data-loop-id=${marker.loopId}>
      <title>${state.markerLabel(marker)}</title>
      <circle class="marker-face" cx=${r1(marker.x)} cy=${r1(marker.y)} r=${marker.radius}></circle>
      <path class="marker-turn" d=${turn}></path>
      <path class="marker-head" d=${head}></path>
      <text x=${r1(marker.x)} y=${r1(marker.y)} dy="0.35em" text-anchor="middle">${code}</text>
    </g>
  `;
}

function renderNode(node: CldNode, state: DiagramState, lineHeight: number): SVGTemplateResult {
  const inLoop = state.highlight?.members.has(node.id);
  const dimmed = state.highlight && !inLoop;
  const match = state.matches?.has(node.id);
  const selected = state.selected === node.id;
  const related = state.related?.has(node.id);
  const isNew = state.newSince?.has(node.id);
  const notes = state.notes?.(node.id) ?? 0;
  const m = CLD_METRICS;
  const classes = `node${isNew ? ' new' : ''}${inLoop ? ' in-loop' : ''}${tourClass(state, inLoop, node.id === state.tour?.from || node.id === state.tour?.to)}${dimmed ? ' dimmed' : ''}${match ? ' match' : ''}${selected ? ' selected' : ''}${node.pinned ? ' pinned' : ''}${related ? ' related' : ''}${fadedClass(state.focus, 'nodes', node.id)}${changeClass(state.marks, node.id)}`;
  // Centred in its box: the box fits the label's longest language, which may wrap to more lines than this one.
  const top = node.height / 2 - m.paddingY - ((node.lines.length - 1) * lineHeight) / 2;
  return svg`
    <g
      class=${classes}
      part="node"
      role="button"
      data-id=${node.id}
      tabindex=${state.tabStop === node.id ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${state.nodeLabel(node)}
      transform=${`translate(${r1(node.x - node.width / 2)},${r1(node.y - node.height / 2)})`}
    >
      ${related ? svg`<rect class="related-ring" x="-5" y="-5" width=${node.width + 10} height=${node.height + 10} rx="9"></rect>` : nothing}
      <rect class="node-box" width=${node.width} height=${node.height} rx="6"></rect>
      <text class="node-label" part="label" x=${node.width / 2} text-anchor="middle" aria-hidden="true">
        ${node.lines.map(
          // A space ends every line but the last and a hyphenated one, so the text reads as the label does.
          (line, i) =>
            svg`<tspan x=${node.width / 2} y=${r1(m.paddingY + top + i * lineHeight)} dy="0.35em">${line}${i < node.lines.length - 1 && !line.endsWith('-') ? ' ' : ''}</tspan>`,
        )}
      </text>
      ${isNew ? renderBadge(state.newSince!.badge, node.width) : nothing}
      ${notes ? renderNoteBadge(notes, 22, -5) : nothing}
      ${state.linkHandle === node.id ? renderLinkHandle(r1(node.width), r1(node.height / 2)) : nothing}
    </g>
  `;
}

/** The "new" tag, straddling the top edge of the box at its right end, clear of the centred label. */
function renderBadge(text: string, boxWidth: number): SVGTemplateResult {
  const width = Math.ceil(text.length * BADGE_CHAR + 8);
  return svg`<g class="new-badge" part="new-badge" aria-hidden="true" transform=${`translate(${boxWidth - width - 4},${-BADGE_HEIGHT / 2})`}>
    <rect width=${width} height=${BADGE_HEIGHT} rx="3"></rect>
    <text x=${width / 2} y=${BADGE_HEIGHT / 2} dy="0.35em" text-anchor="middle">${text}</text>
  </g>`;
}

/**
 * The diagram's drawing: links below markers below factors. The highlighted loop's links and marker are painted last,
 * above every factor, so no other mark hides them (its factors stay in place: moving them would lose keyboard focus).
 * Knows nothing of the element.
 */
export function renderDiagram(layout: CldLayout, state: DiagramState): SVGTemplateResult {
  const raised = state.highlight;
  const loopMarker = raised && (layout.markers.find((m) => m.loopId === raised.loopId) ?? state.extraMarker);
  const selected = layout.nodes.find((node) => node.id === state.selected) ?? state.marks?.ghosts?.find((g) => g.id === state.selected);
  return svg`
    <g class="links">${layout.links.filter((link) => !raised?.links.has(link.id)).map((link) => renderLink(link, state))}</g>
    <g class="markers">${layout.markers.filter((marker) => marker !== loopMarker).map((marker) => renderMarker(marker, state))}</g>
    <g class="nodes">${layout.nodes.map((node) => renderNode(node, state, layout.lineHeight))}</g>
    ${state.marks ? renderGhosts(state.marks, state.selected, state.tabStop) : nothing}
    ${state.marks ? renderMarksOverlay(loopsMarkAnchors(layout), state.marks) : nothing}
    ${
      raised
        ? svg`<g class="raised">
            ${layout.links.filter((link) => raised.links.has(link.id)).map((link) => renderLink(link, state))}
            ${loopMarker ? renderMarker(loopMarker, state) : nothing}
          </g>`
        : nothing
    }
    ${selected ? selectionBadge(selected.x + selected.width / 2 + 2, selected.y - selected.height / 2 - 2) : nothing}
  `;
}
