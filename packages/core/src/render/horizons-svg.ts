import { HORIZONS, type ElementKind } from '../document/vocabulary.js';
import { HORIZONS_METRICS, type HorizonPlacement, type HorizonsLayout } from '../horizons/types.js';
import { MARKER_SHAPES, polylinePath, SHIFT_ARROWS } from './horizons-marks.js';
import { r1, tag } from './svg-markup.js';
import { selectionBadgeMarkup } from './selection-badge.js';
import type { ViewDrawing } from './standalone-svg.js';
import { changeClass, ghostsMarkup, marksOverlayMarkup, type MarksState } from './compare-marks.js';
import { horizonsMarkAnchors, horizonsSelectionAt } from './horizons-anchors.js';

/** The words the horizons drawing carries, in the reader's language (UiStrings['horizons'] in @floke/elements). */
export interface HorizonsSvgTexts {
  readonly diagramLabel: (elements: number, start: number, end: number) => string;
  readonly pointLabel: (element: HorizonPlacement) => string;
  readonly now: string;
  readonly prevalence: string;
  readonly formatYear?: (year: number) => string;
}

/** What the drawing shows of the view's state (as `HorizonsDrawState` in @floke/elements); empty: the view at rest. */
export interface HorizonsSvgState {
  /** Elements left out by the legend's filters. */
  readonly hidden?: ((element: HorizonPlacement) => boolean) | undefined;
  readonly selected?: string | undefined;
  /** Elements related to a selection made elsewhere: a dotted ring around each. */
  readonly related?: ReadonlySet<string> | undefined;
  /** Elements whose label is shown on top although it has no room at rest (hovered, focused). */
  readonly shown?: ReadonlySet<string> | undefined;
  /** Elements the search found. */
  readonly matches?: ReadonlySet<string> | undefined;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState | undefined;
}

/** The workshop's "NY" tag before a label's first line (see `HorizonPlacement.badge`). */
function badge(e: HorizonPlacement, layout: HorizonsLayout): string {
  if (!e.badge) return '';
  const m = HORIZONS_METRICS;
  return tag(
    'g',
    [
      ['class', 'new-badge'],
      ['part', 'new-badge'],
      ['transform', `translate(${m.labelPadding},${m.labelPadding})`],
    ],
    tag('rect', [
      ['rx', 2],
      ['width', e.badge.width],
      ['height', layout.lineHeight],
    ]) +
      tag(
        'text',
        [
          ['dy', '0.35em'],
          ['text-anchor', 'middle'],
          ['x', r1(e.badge.width / 2)],
          ['y', r1(layout.lineHeight / 2)],
        ],
        e.badge.text,
      ),
  );
}

function label(e: HorizonPlacement, layout: HorizonsLayout, onDemand = false): string {
  const m = HORIZONS_METRICS;
  const box = e.labelBox;
  const indent = m.labelPadding + (e.badge ? e.badge.width + m.labelPadding : 0);
  const spans = e.lines
    .map((line, i) =>
      tag(
        'tspan',
        [
          ['dy', '0.35em'],
          ['x', indent],
          ['y', r1(m.labelPadding + layout.lineHeight * (i + 0.5))],
        ],
        line,
      ),
    )
    .join('');
  return tag(
    'g',
    [
      ['aria-hidden', 'true'],
      ['class', `label ${e.horizon}${onDemand ? ' on-demand' : ''}`],
      ['data-id', e.id],
      ['transform', `translate(${r1(box.x - box.width / 2)},${r1(box.y - box.height / 2)})`],
    ],
    tag('rect', [
      ['rx', 3],
      ['width', box.width],
      ['height', box.height],
    ]) +
      tag('text', [['font-size', layout.fontSize]], spans) +
      badge(e, layout),
  );
}

function marker(e: HorizonPlacement, texts: HorizonsSvgTexts, state: HorizonsSvgState): string {
  const selected = state.selected === e.id;
  const related = state.related?.has(e.id);
  const classes = `marker ${e.horizon} ${e.kind}${selected ? ' selected' : ''}${state.matches?.has(e.id) ? ' match' : ''}${related ? ' related' : ''}${e.planned ? ' planned' : ''}${e.outOfRange ? ' out-of-range' : ''}${changeClass(state.marks, e.id)}`;
  return tag(
    'g',
    [
      ['part', 'point'],
      ['role', 'button'],
      ['class', classes],
      ['data-id', e.id],
      ['aria-pressed', selected ? 'true' : 'false'],
      ['aria-label', texts.pointLabel(e)],
      ['transform', `translate(${r1(e.mark.x)},${r1(e.mark.y)})`],
    ],
    (related
      ? tag('circle', [
          ['class', 'related-ring'],
          ['r', HORIZONS_METRICS.markerRadius + 5],
        ])
      : '') +
      tag('circle', [['r', HORIZONS_METRICS.markerRadius]]) +
      tag('path', [
        ['class', 'shape'],
        ['d', MARKER_SHAPES[e.kind as ElementKind] ?? MARKER_SHAPES.actor],
      ]) +
      (e.shift
        ? tag('path', [
            ['transform', 'translate(8,-6)'],
            ['class', `shift ${e.shift}`],
            ['d', SHIFT_ARROWS[e.shift as keyof typeof SHIFT_ARROWS]],
          ])
        : ''),
  );
}

/**
 * The three horizons as their element draws them, in layers so nothing meaningful is painted over: axis and "now";
 * the selected element's period; leaders and stems; curves; their names; labels at rest; markers; last, the labels
 * shown on demand (hovered, focused, selected). Without state, at rest.
 */
export function horizonsDrawing(layout: HorizonsLayout, texts: HorizonsSvgTexts, state: HorizonsSvgState = {}): ViewDrawing {
  const { plot } = layout;
  const year = texts.formatYear ?? String;
  const hidden = state.hidden;
  const visible = hidden ? layout.elements.filter((e) => !hidden(e)) : layout.elements;
  const selected = visible.find((e) => e.id === state.selected);
  const onDemand = visible.filter((e) => !e.labelled && (state.shown?.has(e.id) || e.id === state.selected));
  const selectionAt = horizonsSelectionAt(
    selected,
    state.marks?.ghosts?.find((g) => g.id === state.selected),
  );
  const axis = tag(
    'g',
    [
      ['class', 'axis'],
      ['part', 'axis'],
    ],
    tag('line', [
      ['x1', plot.left],
      ['x2', plot.right],
      ['y1', plot.bottom],
      ['y2', plot.bottom],
    ]) +
      tag('line', [
        ['x1', plot.left],
        ['x2', plot.left],
        ['y1', plot.top],
        ['y2', plot.bottom],
      ]) +
      layout.ticks
        .map(
          (tick) =>
            tag('line', [
              ['class', 'tick'],
              ['x1', tick.x],
              ['x2', tick.x],
              ['y1', plot.bottom],
              ['y2', plot.bottom + 5],
            ]) +
            tag(
              'text',
              [
                ['text-anchor', 'middle'],
                ['x', tick.x],
                ['y', plot.bottom + 20],
              ],
              year(tick.year),
            ),
        )
        .join('') +
      tag(
        'text',
        [
          ['class', 'axis-title'],
          ['text-anchor', 'middle'],
          ['transform', `translate(18,${(plot.top + plot.bottom) / 2}) rotate(-90)`],
        ],
        texts.prevalence,
      ),
  );
  const now = layout.now
    ? tag(
        'g',
        [
          ['class', 'now'],
          ['part', 'now'],
        ],
        tag('line', [
          ['x1', layout.now.x],
          ['x2', layout.now.x],
          ['y1', plot.top - 8],
          ['y2', plot.bottom],
        ]) +
          tag(
            'text',
            [
              ['text-anchor', 'middle'],
              ['x', layout.now.x],
              ['y', plot.top - 12],
            ],
            `${texts.now} ${year(Math.floor(layout.now.year))}`,
          ),
      )
    : '';
  const leaders = visible
    .map(
      (e) =>
        (e.mark.y !== e.y
          ? tag('line', [
              ['class', 'stem'],
              ['x1', e.x],
              ['y1', e.y],
              ['x2', e.mark.x],
              ['y2', e.mark.y],
            ])
          : '') +
        (e.labelled && e.leader
          ? tag('path', [
              ['class', 'leader'],
              ['d', polylinePath(e.leader)],
            ])
          : ''),
    )
    .join('');
  const curves = HORIZONS.map((h) =>
    tag('path', [
      ['part', 'curve'],
      ['class', `curve ${h}`],
      ['d', polylinePath(layout.curves[h])],
    ]),
  ).join('');
  const names = HORIZONS.map((h) => {
    const name = layout.curveLabels[h];
    const moved = Math.abs(name.y - name.end.y) > 1;
    const connector = moved
      ? tag('path', [
          ['class', 'name-connector'],
          ['d', `M${r1(name.end.x + 3)},${r1(name.end.y)} L${r1(name.x - 3)},${r1(name.y)}`],
        ])
      : '';
    const spans = name.lines
      .map((line, i) =>
        tag(
          'tspan',
          [
            ['dy', '0.35em'],
            ['x', name.x],
            ['y', r1(name.y + i * layout.nameLineHeight)],
          ],
          line,
        ),
      )
      .join('');
    return (
      connector +
      tag(
        'text',
        [
          ['class', `curve-label ${h}`],
          ['font-size', layout.nameFontSize],
        ],
        spans,
      )
    );
  }).join('');
  const period = selected?.period
    ? tag('path', [
        ['class', 'period'],
        ['d', polylinePath(selected.period)],
      ])
    : '';
  const body = [
    axis,
    now,
    period,
    tag('g', [['class', 'leaders']], leaders),
    tag('g', [['class', 'curves']], curves),
    tag('g', [['class', 'curve-names']], names),
    tag(
      'g',
      [['class', 'labels']],
      visible
        .filter((e) => e.labelled)
        .map((e) => label(e, layout))
        .join(''),
    ),
    tag('g', [['class', 'markers']], visible.map((e) => marker(e, texts, state)).join('')),
    state.marks ? ghostsMarkup(state.marks, state.selected) : '',
    state.marks ? marksOverlayMarkup(horizonsMarkAnchors(layout, visible, state.marks), state.marks) : '',
    tag(
      'g',
      [['class', 'on-demand']],
      onDemand
        .map(
          (e) =>
            (e.leader
              ? tag('path', [
                  ['class', 'leader'],
                  ['d', polylinePath(e.leader)],
                ])
              : '') + label(e, layout, true),
        )
        .join(''),
    ),
    selectionAt ? selectionBadgeMarkup(selectionAt.x, selectionAt.y) : '',
  ].join('');
  return {
    rootAttributes: [
      ['viewBox', `0 0 ${layout.width} ${layout.height}`],
      ['aria-label', texts.diagramLabel(layout.elements.length, Math.floor(layout.start), Math.floor(layout.end))],
    ],
    width: layout.width,
    height: layout.height,
    body,
  };
}
