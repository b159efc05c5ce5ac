import type { NetworkCompareMarks } from '../actor-network/network-ghosts.js';
import type { NetworkLayout } from '../actor-network/network-layout-types.js';
import { changeBadgeMarkup, MARK_BADGE_RADIUS } from './compare-marks.js';
import { escapeText, tag } from './svg-markup.js';

/** What the network's export shows of compare mode (as the canvas paints it, in layout coordinates). */
export interface NetworkCompareSvgInput {
  readonly marks: NetworkCompareMarks;
  /** Each node's status by layout index. */
  readonly status: readonly ('new' | 'changed' | undefined)[];
  readonly newWord: string;
  /** A ghost's accessible name ("Aktør Skien kommune, borte"). */
  readonly ghostLabel: (label: string) => string;
}

/**
 * Compare mode's marks in the network's SVG export, like the canvas's: lost ties dashed, a «+» ring at each gained
 * tie's middle, gone actors as dashed rings with their names struck through, and «ny»/«Δ» badges at the upper right
 * of new and changed actors. Only ties and badges of shown nodes. Pure.
 */
export function networkCompareMarkup(layout: NetworkLayout, visibleNodes: readonly boolean[], input: NetworkCompareSvgInput): string {
  const shown = ([a, b]: readonly [number, number]) => visibleNodes[a] && visibleNodes[b];
  const ends = ([a, b]: readonly [number, number]): [string, number][] => [
    ['x1', layout.nodes[a]!.x],
    ['y1', layout.nodes[a]!.y],
    ['x2', layout.nodes[b]!.x],
    ['y2', layout.nodes[b]!.y],
  ];
  const lost = input.marks.lost
    .filter(shown)
    .map((pair) => tag('line', [['class', 'tie-lost'], ...ends(pair), ['stroke-dasharray', '6 4']]));
  const gained = input.marks.gained.filter(shown).map(([a, b]) => {
    const x = (layout.nodes[a]!.x + layout.nodes[b]!.x) / 2;
    const y = (layout.nodes[a]!.y + layout.nodes[b]!.y) / 2;
    return tag(
      'g',
      [
        ['class', 'tie-gained'],
        ['transform', `translate(${x},${y})`],
        ['aria-hidden', 'true'],
      ],
      tag('circle', [['r', 7]]) + tag('path', [['d', 'M-4 0H4M0 -4V4']]),
    );
  });
  const ghosts = input.marks.ghosts.map((ghost) =>
    tag(
      'g',
      [
        ['class', 'network-ghost'],
        ['data-id', ghost.id],
        ['role', 'img'],
        ['aria-label', input.ghostLabel(ghost.label)],
      ],
      tag('circle', [
        ['cx', ghost.x],
        ['cy', ghost.y],
        ['r', ghost.radius],
        ['stroke-dasharray', '4 3'],
      ]) +
        tag(
          'text',
          [
            ['x', ghost.x],
            ['y', ghost.y + ghost.radius + 13],
            ['text-anchor', 'middle'],
            ['text-decoration', 'line-through'],
          ],
          escapeText(ghost.label),
        ),
    ),
  );
  const badges = input.status.flatMap((status, i) => {
    if (!status || !visibleNodes[i]) return [];
    const node = layout.nodes[i]!;
    const reach = node.radius * 0.75;
    const half = status === 'new' ? Math.max(MARK_BADGE_RADIUS, (input.newWord.length * 8 + 10) / 2) : MARK_BADGE_RADIUS;
    return [changeBadgeMarkup(node.id, status, node.x + reach + half, node.y - reach - MARK_BADGE_RADIUS, input.newWord)];
  });
  return tag('g', [['class', 'compare-marks']], [...lost, ...gained, ...ghosts, ...badges].join(''));
}
