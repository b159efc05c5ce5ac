import { ICEBERG_METRICS, type IcebergChip, type IcebergLayout, type IcebergLink } from '../iceberg/types.js';
import { KIND_GLYPHS } from './kind-glyphs.js';
import { explainsArrowPath, explainsLinePath } from './iceberg-paths.js';
import { r1, tag } from './svg-markup.js';
import { selectionBadgeMarkup } from './selection-badge.js';
import type { ViewDrawing } from './standalone-svg.js';
import { changeClass, ghostsMarkup, marksOverlayMarkup, type MarksState } from './compare-marks.js';
import { icebergMarkAnchors } from './iceberg-anchors.js';

/** The words the iceberg drawing carries, in the reader's language (UiStrings['iceberg'] in @floke/elements). */
export interface IcebergSvgTexts {
  readonly waterline: string;
  /** The drawing's accessible name. */
  readonly diagramLabel: (layers: number, elements: number, links: number) => string;
  /** A chip's accessible name. */
  readonly chipLabel: (chip: IcebergChip) => string;
}

/** What the drawing shows of the view's state (as `IcebergDrawState` in @floke/elements); empty: the view at rest. */
export interface IcebergSvgState {
  /** Chips and links of the chain in focus (hovered, focused or selected chip); the rest is drawn dimmed. */
  readonly chain?: { readonly chips: ReadonlySet<string>; readonly links: ReadonlySet<string> } | undefined;
  readonly selected?: string | undefined;
  /** Chips related to a selection made elsewhere: a dotted ring around each. */
  readonly related?: ReadonlySet<string> | undefined;
  /** Chips the search found. */
  readonly matches?: ReadonlySet<string> | undefined;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState | undefined;
}

/** Every link is in the drawing, but only the chain in focus is shown (CSS hides `.explains`): at rest they would be a tangle. */
const link = (l: IcebergLink, state: IcebergSvgState) =>
  tag(
    'g',
    [
      ['part', 'link'],
      ['class', `explains${state.chain?.links.has(l.id) ? ' in-chain' : ''}`],
      ['data-link-id', l.id],
    ],
    tag('path', [
      ['class', 'explains-line'],
      ['d', explainsLinePath(l.points)],
    ]) +
      tag('path', [
        ['class', 'explains-arrow'],
        ['d', explainsArrowPath(l.points)],
      ]),
  );

function chip(c: IcebergChip, layout: IcebergLayout, texts: IcebergSvgTexts, state: IcebergSvgState): string {
  const m = ICEBERG_METRICS;
  const type = layout.type;
  const inChain = state.chain?.chips.has(c.id);
  const dimmed = state.chain && !inChain;
  const selected = state.selected === c.id;
  const related = state.related?.has(c.id);
  const classes = `chip kind-${c.kind}${inChain ? ' in-chain' : ''}${dimmed ? ' dimmed' : ''}${selected ? ' selected' : ''}${state.matches?.has(c.id) ? ' match' : ''}${related ? ' related' : ''}${changeClass(state.marks, c.id)}`;
  const textTop = (c.height - c.lines.length * type.lineHeight) / 2;
  const spans = c.lines
    .map((line, i) =>
      tag(
        'tspan',
        [
          ['dy', '0.35em'],
          ['x', m.symbolWidth + m.chipPaddingX],
          ['y', r1(textTop + type.lineHeight * (i + 0.5))],
        ],
        line + (i < c.lines.length - 1 && !line.endsWith('-') ? ' ' : ''),
      ),
    )
    .join('');
  return tag(
    'g',
    [
      ['part', 'chip'],
      ['role', 'button'],
      ['class', classes],
      ['data-id', c.id],
      ['aria-pressed', selected ? 'true' : 'false'],
      ['aria-label', texts.chipLabel(c)],
      ['transform', `translate(${r1(c.x - c.width / 2)},${r1(c.y - c.height / 2)})`],
    ],
    (related
      ? tag('rect', [
          ['class', 'related-ring'],
          ['x', -4],
          ['y', -4],
          ['rx', 7],
          ['width', c.width + 8],
          ['height', c.height + 8],
        ])
      : '') +
      tag('rect', [
        ['class', 'chip-box'],
        ['rx', 4],
        ['width', c.width],
        ['height', c.height],
      ]) +
      tag('rect', [
        ['class', 'kind-band'],
        ['x', 1],
        ['y', 1],
        ['rx', 3],
        ['width', m.symbolWidth - 1],
        ['height', c.height - 2],
      ]) +
      tag(
        'text',
        [
          ['class', 'chip-symbol'],
          ['dy', '0.35em'],
          ['text-anchor', 'middle'],
          ['aria-hidden', 'true'],
          ['x', m.symbolWidth / 2 + 0.5],
          ['y', c.height / 2],
          ['font-size', type.fontSize],
        ],
        KIND_GLYPHS[c.kind as keyof typeof KIND_GLYPHS] ?? '•',
      ) +
      tag(
        'text',
        [
          ['class', 'chip-label'],
          ['aria-hidden', 'true'],
          ['font-size', type.fontSize],
        ],
        spans,
      ),
  );
}

/** A chip's explains count ("↕3"), outside the chip's button so the button's text stays its label. */
function badge(c: IcebergChip, layout: IcebergLayout, state: IcebergSvgState): string {
  if (!c.links) return '';
  const dimmed = state.chain && !state.chain.chips.has(c.id);
  const height = layout.type.smallLineHeight + 2;
  const x = c.x + c.width / 2 - ICEBERG_METRICS.chipPaddingX - c.badgeWidth;
  return tag(
    'g',
    [
      ['class', `badge${dimmed ? ' dimmed' : ''}`],
      ['data-id', c.id],
      ['transform', `translate(${r1(x)},${r1(c.y - height / 2)})`],
    ],
    tag('rect', [
      ['class', 'badge-box'],
      ['width', c.badgeWidth],
      ['height', height],
      ['rx', height / 2],
    ]) +
      tag(
        'text',
        [
          ['class', 'badge-text'],
          ['dy', '0.35em'],
          ['text-anchor', 'middle'],
          ['x', c.badgeWidth / 2],
          ['y', height / 2],
          ['font-size', layout.type.smallFontSize],
        ],
        `↕${c.links}`,
      ),
  );
}

/** Lines of text from a first line's baseline, one line height apart. */
const lines = (texts: readonly string[], x: number, y: number, lineHeight: number, anchor = 'start') =>
  texts
    .map((line, i) =>
      tag(
        'tspan',
        [
          ['dy', '0.35em'],
          ['x', x],
          ['y', r1(y + i * lineHeight)],
          ['text-anchor', anchor],
        ],
        line,
      ),
    )
    .join('');

/**
 * The iceberg as its element draws it: water, ice, outline, layers, depth scale, links, chips and badges, with the
 * state given (a selected chip and its chain, search matches, related chips); without state, at rest.
 */
export function icebergDrawing(layout: IcebergLayout, texts: IcebergSvgTexts, state: IcebergSvgState = {}): ViewDrawing {
  const m = ICEBERG_METRICS;
  const type = layout.type;
  const selectedChip = layout.chips.find((c) => c.id === state.selected) ?? state.marks?.ghosts?.find((g) => g.id === state.selected);
  const outline = layout.outline.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ');
  const scale = layout.depthScale;
  const water = layout.waterline;
  const bands = layout.bands.map((band) => {
    const label = tag(
      'text',
      [
        ['class', 'band-label'],
        ['part', 'layer-label'],
        ['font-size', type.labelFontSize],
      ],
      lines(band.labelLines, m.margin, band.top + 10 + type.labelLineHeight / 2, type.labelLineHeight),
    );
    const description = band.descriptionLines.length
      ? tag(
          'text',
          [
            ['class', 'band-description'],
            ['font-size', type.descriptionFontSize],
          ],
          lines(
            band.descriptionLines,
            m.margin,
            band.top + 10 + band.labelLines.length * type.labelLineHeight + type.descriptionLineHeight / 2,
            type.descriptionLineHeight,
          ),
        )
      : '';
    const empty = band.emptyLines.length
      ? tag(
          'text',
          [
            ['class', 'band-empty'],
            ['font-size', type.fontSize],
          ],
          lines(band.emptyLines, layout.centerX, band.top + m.bandPaddingTop + type.lineHeight / 2, type.lineHeight, 'middle'),
        )
      : '';
    const edge =
      band.index > 0
        ? tag('line', [
            ['class', 'band-edge'],
            ['x1', m.margin],
            ['x2', layout.regionRight],
            ['y1', band.top],
            ['y2', band.top],
          ])
        : '';
    return tag(
      'g',
      [
        ['class', 'band'],
        ['data-layer', band.id],
      ],
      edge + label + description + empty,
    );
  });
  const body = [
    tag('defs', [], tag('clipPath', [['id', 'iceberg-ice']], tag('polygon', [['points', outline]]))),
    water
      ? tag('rect', [
          ['class', 'water'],
          ['x', 0],
          ['y', water.y],
          ['width', layout.width],
          ['height', layout.height - water.y],
        ])
      : '',
    tag(
      'g',
      [
        ['class', 'ice'],
        ['clip-path', 'url(#iceberg-ice)'],
      ],
      layout.bands
        .map((band) => {
          const top = band.index === 0 ? 0 : band.top;
          return tag('rect', [
            ['class', `ice-band ice-${band.tint}`],
            ['x', layout.regionLeft],
            ['y', top],
            ['width', layout.regionRight - layout.regionLeft],
            ['height', band.bottom - top],
          ]);
        })
        .join(''),
    ),
    tag('polygon', [
      ['class', 'outline'],
      ['part', 'outline'],
      ['points', outline],
    ]),
    tag('g', [['class', 'bands']], bands.join('')),
    water
      ? tag(
          'g',
          [
            ['class', 'waterline'],
            ['part', 'waterline'],
          ],
          tag('line', [
            ['x1', 0],
            ['x2', layout.width],
            ['y1', water.y],
            ['y2', water.y],
          ]) +
            tag(
              'text',
              [
                ['x', layout.regionLeft + 4],
                ['y', water.y - 6],
                ['font-size', type.fontSize],
              ],
              texts.waterline,
            ),
        )
      : '',
    tag(
      'g',
      [
        ['class', 'depth-scale'],
        ['part', 'depth-scale'],
      ],
      tag(
        'text',
        [
          ['class', 'depth-top'],
          ['font-size', type.smallFontSize],
        ],
        lines(scale.topLines, scale.x, scale.topY, type.smallLineHeight, 'middle'),
      ) +
        tag('line', [
          ['x1', scale.x],
          ['x2', scale.x],
          ['y1', scale.arrowTop],
          ['y2', scale.arrowBottom - 10],
        ]) +
        tag('path', [['d', `M${scale.x},${scale.arrowBottom} l-6,-12 l12,0 Z`]]) +
        tag(
          'text',
          [
            ['class', 'depth-bottom'],
            ['font-size', type.smallFontSize],
          ],
          lines(scale.bottomLines, scale.x, scale.bottomY, type.smallLineHeight, 'middle'),
        ),
    ),
    tag('g', [['class', 'links']], layout.links.map((l) => link(l, state)).join('')),
    tag('g', [['class', 'chips']], layout.chips.map((c) => chip(c, layout, texts, state)).join('')),
    state.marks ? ghostsMarkup(state.marks, state.selected) : '',
    tag(
      'g',
      [
        ['class', 'badges'],
        ['aria-hidden', 'true'],
      ],
      layout.chips.map((c) => badge(c, layout, state)).join(''),
    ),
    state.marks ? marksOverlayMarkup(icebergMarkAnchors(layout), state.marks) : '',
    selectedChip ? selectionBadgeMarkup(selectedChip.x + selectedChip.width / 2 + 2, selectedChip.y - selectedChip.height / 2 - 2) : '',
  ].join('');
  return {
    rootAttributes: [
      ['viewBox', `0 0 ${layout.width} ${layout.height}`],
      ['aria-label', texts.diagramLabel(layout.bands.length, layout.chips.length, layout.links.length)],
    ],
    width: layout.width,
    height: layout.height,
    body,
  };
}
