import { CLD_METRICS, type CldLayout, type CldLink, type CldLoopMarker, type CldNode } from '../causal-loops/types.js';
import { cldArrowPath, cldCurvePath, cldMarkerTurn } from './loops-paths.js';
import { r1, tag } from './svg-markup.js';
import { selectionBadgeMarkup } from './selection-badge.js';
import { changeClass, ghostsMarkup, marksOverlayMarkup, type MarksState } from './compare-marks.js';
import { loopsMarkAnchors } from './loops-anchors.js';
import type { ViewDrawing } from './standalone-svg.js';

/** The words the causal-loop diagram carries, in the reader's language (LoopWords in @floke/elements). */
export interface LoopsSvgTexts {
  readonly diagramLabel: (factors: number, links: number, loops: number) => string;
  readonly nodeLabel: (node: CldNode) => string;
  readonly linkLabel: (link: CldLink) => string;
  readonly markerLabel: (marker: CldLoopMarker) => string;
  /** A loop's code ("R1"), by loop id. */
  readonly codes: ReadonlyMap<string, string>;
  readonly loopCount: number;
}

/** Marks that stay at full strength in focus mode; the rest fades (FocusSet in @floke/elements). */
export interface LoopsFocus {
  readonly nodes: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
  /** Loop ids whose markers stay. */
  readonly markers: ReadonlySet<string>;
}

/** What the drawing shows of the view's state (as `DiagramState` in @floke/elements); empty: the view at rest. */
export interface LoopsSvgState {
  /** The highlighted loop: its links and marker are painted on top, everything else dimmed. */
  readonly highlight?:
    | { readonly loopId: string; readonly polarity: string; readonly members: ReadonlySet<string>; readonly links: ReadonlySet<string> }
    | undefined;
  /** Focus mode: what stays at full strength. */
  readonly focus?: LoopsFocus | undefined;
  readonly matches?: ReadonlySet<string> | undefined;
  readonly selected?: string | undefined;
  /** Factors related to a selection made elsewhere: a dotted ring around each. */
  readonly related?: ReadonlySet<string> | undefined;
  /** The highlighted loop's marker when the layout has none of its own. */
  readonly extraMarker?: CldLoopMarker | undefined;
  /** Compare mode's badges and ghosts, and progress badges. */
  readonly marks?: MarksState | undefined;
}

const translate = (p: { x: number; y: number }) => `translate(${r1(p.x)},${r1(p.y)})`;
const faded = (focus: LoopsFocus | undefined, kind: keyof LoopsFocus, id: string) => (focus && !focus[kind].has(id) ? ' faded' : '');

function link(l: CldLink, texts: LoopsSvgTexts, state: LoopsSvgState): string {
  const inLoop = state.highlight?.links.has(l.id);
  const dimmed = state.highlight && !inLoop;
  const inferred = l.evidence === 'inferred';
  const d = cldCurvePath(l.curve);
  const delay = l.delayMark
    ? tag(
        'g',
        [
          ['class', 'delay'],
          ['transform', `${translate(l.delayMark)} rotate(${r1(l.delayMark.angle)})`],
        ],
        [-3, 3]
          .map((x) =>
            tag('line', [
              ['x1', x],
              ['y1', -8],
              ['x2', x],
              ['y2', 8],
            ]),
          )
          .join(''),
      )
    : '';
  const badge = (className: string, part: string, at: { x: number; y: number }, radius: number, text: string) =>
    tag(
      'g',
      [
        ['class', className],
        ['part', part],
        ['transform', translate(at)],
      ],
      tag('circle', [['r', radius]]) +
        tag(
          'text',
          [
            ['dy', '0.35em'],
            ['text-anchor', 'middle'],
          ],
          text,
        ),
    );
  return tag(
    'g',
    [
      ['part', 'link'],
      [
        'class',
        `link ${l.polarity === '+' ? 'positive' : 'negative'}${inferred ? ' inferred' : ''}${inLoop ? ' in-loop' : ''}${dimmed ? ' dimmed' : ''}${faded(state.focus, 'links', l.id)}`,
      ],
      ['data-link-id', l.id],
      ['data-polarity', l.polarity],
      ['data-evidence', l.evidence],
    ],
    tag('title', [], texts.linkLabel(l) + (l.bundled ? ` (×${l.bundled.length + 1})` : '')) +
      tag('path', [
        ['class', 'link-line'],
        ['d', d],
      ]) +
      (inferred
        ? tag('path', [
            ['class', 'link-core'],
            ['d', d],
          ])
        : '') +
      tag('path', [
        ['class', 'arrow'],
        ['d', cldArrowPath(l.curve)],
      ]) +
      delay +
      badge('glyph', 'polarity', l.glyph, CLD_METRICS.glyphRadius, l.polarity === '+' ? '+' : '−') +
      (l.evidenceMark ? badge('evidence-mark', 'evidence-mark', l.evidenceMark, CLD_METRICS.evidenceMarkRadius, '?') : ''),
  );
}

function marker(m: CldLoopMarker, texts: LoopsSvgTexts, state: LoopsSvgState): string {
  const inLoop = state.highlight?.loopId === m.loopId;
  const dimmed = state.highlight && !inLoop;
  const { turn, head } = cldMarkerTurn(m);
  return tag(
    'g',
    [
      ['part', 'loop-marker'],
      ['class', `marker ${m.polarity}${inLoop ? ' in-loop' : ''}${dimmed ? ' dimmed' : ''}${faded(state.focus, 'markers', m.loopId)}`],
      ['data-loop-id', m.loopId],
    ],
    tag('title', [], texts.markerLabel(m)) +
      tag('circle', [
        ['class', 'marker-face'],
        ['cx', r1(m.x)],
        ['cy', r1(m.y)],
        ['r', m.radius],
      ]) +
      tag('path', [
        ['class', 'marker-turn'],
        ['d', turn],
      ]) +
      tag('path', [
        ['class', 'marker-head'],
        ['d', head],
      ]) +
      tag(
        'text',
        [
          ['dy', '0.35em'],
          ['text-anchor', 'middle'],
          ['x', r1(m.x)],
          ['y', r1(m.y)],
        ],
        texts.codes.get(m.loopId) ?? m.polarity,
      ),
  );
}

function node(n: CldNode, lineHeight: number, texts: LoopsSvgTexts, state: LoopsSvgState): string {
  const m = CLD_METRICS;
  const inLoop = state.highlight?.members.has(n.id);
  const dimmed = state.highlight && !inLoop;
  const selected = state.selected === n.id;
  const related = state.related?.has(n.id);
  const classes = `node${inLoop ? ' in-loop' : ''}${dimmed ? ' dimmed' : ''}${state.matches?.has(n.id) ? ' match' : ''}${selected ? ' selected' : ''}${n.pinned ? ' pinned' : ''}${related ? ' related' : ''}${faded(state.focus, 'nodes', n.id)}${changeClass(state.marks, n.id)}`;
  // Centred in its box: the box fits the label's longest language, which may wrap to more lines than this one.
  const top = n.height / 2 - m.paddingY - ((n.lines.length - 1) * lineHeight) / 2;
  const spans = n.lines
    .map((line, i) =>
      tag(
        'tspan',
        [
          ['dy', '0.35em'],
          ['x', n.width / 2],
          ['y', r1(m.paddingY + top + i * lineHeight)],
        ],
        line + (i < n.lines.length - 1 && !line.endsWith('-') ? ' ' : ''),
      ),
    )
    .join('');
  return tag(
    'g',
    [
      ['part', 'node'],
      ['role', 'button'],
      ['class', classes],
      ['data-id', n.id],
      ['aria-pressed', selected ? 'true' : 'false'],
      ['aria-label', texts.nodeLabel(n)],
      ['transform', `translate(${r1(n.x - n.width / 2)},${r1(n.y - n.height / 2)})`],
    ],
    (related
      ? tag('rect', [
          ['class', 'related-ring'],
          ['x', -5],
          ['y', -5],
          ['rx', 9],
          ['width', n.width + 10],
          ['height', n.height + 10],
        ])
      : '') +
      tag('rect', [
        ['class', 'node-box'],
        ['rx', 6],
        ['width', n.width],
        ['height', n.height],
      ]) +
      tag(
        'text',
        [
          ['class', 'node-label'],
          ['part', 'label'],
          ['text-anchor', 'middle'],
          ['aria-hidden', 'true'],
          ['x', n.width / 2],
        ],
        spans,
      ),
  );
}

/**
 * The causal-loop diagram as its element draws it: links below markers below factors. A highlighted loop's links and
 * marker are painted last, above every factor, so no other mark hides them. Without state, at rest.
 */
export function loopsDrawing(layout: CldLayout, texts: LoopsSvgTexts, state: LoopsSvgState = {}): ViewDrawing {
  const raised = state.highlight;
  const loopMarker = raised && (layout.markers.find((m) => m.loopId === raised.loopId) ?? state.extraMarker);
  const selectedNode = layout.nodes.find((n) => n.id === state.selected) ?? state.marks?.ghosts?.find((g) => g.id === state.selected);
  const body = tag(
    'g',
    [['class', 'viewport']],
    tag(
      'g',
      [['class', 'links']],
      layout.links
        .filter((l) => !raised?.links.has(l.id))
        .map((l) => link(l, texts, state))
        .join(''),
    ) +
      tag(
        'g',
        [['class', 'markers']],
        layout.markers
          .filter((m) => m !== loopMarker)
          .map((m) => marker(m, texts, state))
          .join(''),
      ) +
      tag('g', [['class', 'nodes']], layout.nodes.map((n) => node(n, layout.lineHeight, texts, state)).join('')) +
      (state.marks ? ghostsMarkup(state.marks, state.selected) + marksOverlayMarkup(loopsMarkAnchors(layout), state.marks) : '') +
      (raised
        ? tag(
            'g',
            [['class', 'raised']],
            layout.links
              .filter((l) => raised.links.has(l.id))
              .map((l) => link(l, texts, state))
              .join('') + (loopMarker ? marker(loopMarker, texts, state) : ''),
          )
        : '') +
      (selectedNode ? selectionBadgeMarkup(selectedNode.x + selectedNode.width / 2 + 2, selectedNode.y - selectedNode.height / 2 - 2) : ''),
  );
  // The root keeps the classes its stylesheet keys on: `diagram` (selection), `focus-mode` (fading), `loop-R`/`loop-B`.
  const rootClass = `diagram${state.focus ? ' focus-mode' : ''}${raised ? ` loop-${raised.polarity}` : ''}`;
  return {
    rootAttributes: [
      ['class', rootClass],
      ['height', layout.height],
      ['aria-label', texts.diagramLabel(layout.nodes.length, layout.links.length, texts.loopCount)],
    ],
    width: layout.width,
    height: layout.height,
    body,
  };
}
