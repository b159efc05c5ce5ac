import { NETWORK_NODE_METRICS as m, type NetworkLayout } from '../actor-network/network-layout-types.js';
import type { SectorColorKey } from '../color/sector-palette.js';
import { networkCompareMarkup, type NetworkCompareSvgInput } from './network-compare-svg.js';
import { tag } from './svg-markup.js';
import type { ViewDrawing } from './standalone-svg.js';

/** What the network drawing needs per node and tie, by index into the layout (NetworkMarks in @floke/elements). */
export interface NetworkMarksInput {
  readonly visibleNodes: readonly boolean[];
  readonly visibleTies: readonly boolean[];
  readonly historicTies: readonly boolean[];
  readonly formerNodes: readonly boolean[];
  readonly sectorOf: readonly SectorColorKey[];
  readonly isInitiative: readonly boolean[];
  readonly isBroker: readonly boolean[];
  readonly bandNames: readonly string[];
  /** Resolved fill per sector. */
  readonly sectorFill: Readonly<Record<SectorColorKey, string>>;
  /** A sector's symbol and an initiative's capsule as path data (the shapes the canvas draws). */
  readonly symbolPath: (sector: SectorColorKey, x: number, y: number, r: number) => string;
  readonly initiativePath: (x: number, y: number, r: number) => string;
}

/**
 * What the drawing shows of the view's state, by index into the layout (-1: none), as the canvas and its overlay draw
 * it; empty: the view at rest.
 */
export interface NetworkSvgState {
  /** The node whose partners are highlighted (hovered, focused or selected). */
  readonly focus?: number;
  /** The focus node's visible partners and the tie to each. */
  readonly partners?: readonly { readonly node: number; readonly tie: number }[];
  readonly selected?: number;
  /** Nodes the search found. */
  readonly matches?: readonly number[];
  /** Nodes related to a selection made elsewhere. */
  readonly related?: readonly number[];
  /** Compare mode: ghosts, gained and lost ties, change badges (see `network-compare-svg.ts`). */
  readonly compare?: NetworkCompareSvgInput;
}

/** How faint the other ties are while a node is highlighted (the canvas's alpha for them). */
const DIMMED_TIES = 0.25;

/** The width of a past tie's stroke (PAST_TIE_WIDTH in @floke/elements). */
const PAST_TIE_WIDTH = 0.5;

/** A node's symbol: an initiative's capsule, a former actor's hollow symbol, else its sector's filled symbol. */
function symbolOf(layout: NetworkLayout, marks: NetworkMarksInput, i: number): string {
  const node = layout.nodes[i]!;
  const sector = marks.sectorOf[i]!;
  if (marks.isInitiative[i])
    return tag('path', [
      ['class', 'initiative-mark'],
      ['d', marks.initiativePath(node.x, node.y, node.radius - 1.5)],
    ]);
  if (marks.formerNodes[i])
    return tag('path', [
      ['class', `symbol former sector-${sector}`],
      ['d', marks.symbolPath(sector, node.x, node.y, node.radius - 1)],
    ]);
  return tag('path', [
    ['class', 'symbol'],
    ['d', marks.symbolPath(sector, node.x, node.y, node.radius)],
    ['fill', marks.sectorFill[sector]],
  ]);
}

/** The line through a former actor's symbol. */
function strikeOf(layout: NetworkLayout, marks: NetworkMarksInput, i: number): string {
  if (!marks.formerNodes[i]) return '';
  const node = layout.nodes[i]!;
  const d = node.radius * 0.95;
  return tag('line', [
    ['class', 'strike'],
    ['x1', node.x - d],
    ['y1', node.y + d],
    ['x2', node.x + d],
    ['y2', node.y - d],
  ]);
}

const labelsOf = (layout: NetworkLayout, i: number) => {
  const node = layout.nodes[i]!;
  return node.lines
    .map((line, n) =>
      tag(
        'text',
        [
          ['class', 'label'],
          ['text-anchor', 'middle'],
          ['x', node.x],
          ['y', node.y + node.radius + m.labelGap + m.labelAscent + n * m.lineHeight],
        ],
        line,
      ),
    )
    .join('');
};

const ring = (layout: NetworkLayout, className: string, i: number, gap: number) => {
  const node = layout.nodes[i]!;
  return tag('circle', [
    ['class', className],
    ['cx', node.x],
    ['cy', node.y],
    ['r', node.radius + gap],
  ]);
};

/**
 * The highlight the view's overlay draws over the canvas: the focus node's ego network (its ties in the accent colour,
 * widened by weight; its and its partners' symbols and labels on top; a ring round each partner), then the search,
 * related and selection rings.
 */
function highlightOf(layout: NetworkLayout, marks: NetworkMarksInput, state: NetworkSvgState): string {
  const focus = state.focus ?? -1;
  const partners = state.partners ?? [];
  let ego = '';
  if (focus >= 0) {
    const a = layout.nodes[focus]!;
    const ties = partners
      .map(({ node, tie }) => {
        const b = layout.nodes[node]!;
        const ends: [string, number][] = [
          ['x1', a.x],
          ['y1', a.y],
          ['x2', b.x],
          ['y2', b.y],
        ];
        return marks.historicTies[tie]
          ? tag('line', [['class', 'tie highlight past'], ...ends, ['stroke-width', 1.5]])
          : tag('line', [['class', 'tie highlight'], ...ends, ['stroke-width', 1.5 + Math.min(layout.ties[tie]!.weight, 4)]]);
      })
      .join('');
    const members = [focus, ...partners.map((p) => p.node)];
    ego = tag(
      'g',
      [
        ['class', 'highlight'],
        ['data-focus', a.id],
      ],
      ties +
        members.map((i) => symbolOf(layout, marks, i)).join('') +
        members.map((i) => strikeOf(layout, marks, i)).join('') +
        partners.map((p) => ring(layout, 'partner-ring', p.node, 4)).join('') +
        members.map((i) => labelsOf(layout, i)).join(''),
    );
  }
  return (
    ego +
    (state.matches ?? []).map((i) => ring(layout, 'match-ring', i, 6)).join('') +
    (state.related ?? []).map((i) => ring(layout, 'related-ring', i, 6)).join('') +
    ((state.selected ?? -1) >= 0 ? ring(layout, 'selected-ring', state.selected!, 7) : '')
  );
}

/**
 * The whole network as its element draws it: bands, ties, symbols and every label; with a node in focus, its ego
 * network on top and the other ties faint, as the canvas and overlay draw them. Without state, at rest.
 */
export function networkDrawing(layout: NetworkLayout, marks: NetworkMarksInput, state: NetworkSvgState = {}): ViewDrawing {
  const bands = layout.bands
    .map(
      (band, i) =>
        (i % 2 === 1
          ? tag('rect', [
              ['class', 'band'],
              ['x', 0],
              ['y', band.top],
              ['width', layout.width],
              ['height', band.height],
            ])
          : '') +
        tag(
          'text',
          [
            ['class', 'band-name'],
            ['x', 6],
            ['y', band.top + 14],
          ],
          marks.bandNames[i] ?? '',
        ),
    )
    .join('');
  const ties = layout.ties
    .map((tie, i) => {
      if (!marks.visibleTies[i]) return '';
      const a = layout.nodes[tie.source]!;
      const b = layout.nodes[tie.target]!;
      const ends: [string, number][] = [
        ['x1', a.x],
        ['y1', a.y],
        ['x2', b.x],
        ['y2', b.y],
      ];
      return marks.historicTies[i]
        ? tag('line', [['class', 'tie past'], ...ends, ['stroke-width', PAST_TIE_WIDTH]])
        : tag('line', [['class', 'tie'], ['stroke-opacity', '0.6'], ...ends, ['stroke-width', Math.min(tie.weight, 3) * 0.9]]);
    })
    .join('');
  const nodes = layout.nodes
    .map((node, i) => {
      if (!marks.visibleNodes[i]) return '';
      const broker = marks.isBroker[i] ? ring(layout, 'broker-ring', i, 3.5) : '';
      return tag('g', [], symbolOf(layout, marks, i) + strikeOf(layout, marks, i) + broker + labelsOf(layout, i));
    })
    .join('');
  const highlight = highlightOf(layout, marks, state);
  const tieGroup = tag('g', (state.focus ?? -1) >= 0 ? [['opacity', DIMMED_TIES]] : [], ties);
  return {
    rootAttributes: [],
    width: layout.width,
    height: layout.height,
    body:
      bands +
      tieGroup +
      nodes +
      (state.compare ? networkCompareMarkup(layout, marks.visibleNodes, state.compare) : '') +
      (highlight ? tag('g', [['class', 'overlay']], highlight) : ''),
  };
}
