import { NETWORK_NODE_METRICS as m, type NetworkLayout } from '../actor-network/network-layout-types.js';
import type { SectorColorKey } from '../color/sector-palette.js';
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

/** The width of a past tie's stroke (PAST_TIE_WIDTH in @floke/elements). */
const PAST_TIE_WIDTH = 0.5;

/** The whole network as the element exports it: bands, ties, symbols and every label. */
export function networkDrawing(layout: NetworkLayout, marks: NetworkMarksInput): ViewDrawing {
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
      const sector = marks.sectorOf[i]!;
      const d = node.radius * 0.95;
      const strike = marks.formerNodes[i] ? { x0: node.x - d, y0: node.y + d, x1: node.x + d, y1: node.y - d } : undefined;
      const symbol = marks.isInitiative[i]
        ? tag('path', [
            ['class', 'initiative-mark'],
            ['d', marks.initiativePath(node.x, node.y, node.radius - 1.5)],
          ])
        : strike
          ? tag('path', [
              ['class', `symbol former sector-${sector}`],
              ['d', marks.symbolPath(sector, node.x, node.y, node.radius - 1)],
            ])
          : tag('path', [
              ['class', 'symbol'],
              ['d', marks.symbolPath(sector, node.x, node.y, node.radius)],
              ['fill', marks.sectorFill[sector]],
            ]);
      const struck = strike
        ? tag('line', [
            ['class', 'strike'],
            ['x1', strike.x0],
            ['y1', strike.y0],
            ['x2', strike.x1],
            ['y2', strike.y1],
          ])
        : '';
      const ring = marks.isBroker[i]
        ? tag('circle', [
            ['class', 'broker-ring'],
            ['cx', node.x],
            ['cy', node.y],
            ['r', node.radius + 3.5],
          ])
        : '';
      const labels = node.lines
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
      return tag('g', [], symbol + struck + ring + labels);
    })
    .join('');
  return { rootAttributes: [], width: layout.width, height: layout.height, body: bands + tag('g', [], ties) + nodes };
}
