import { CLD_METRICS, type CldLayout, type CldLink, type CldLoopMarker, type CldNode } from '../causal-loops/types.js';
import { arrowHead, type QuadraticCurve } from '../geometry/geometry.js';
import { r1, tag } from './svg-markup.js';
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

const curvePath = (c: QuadraticCurve) => `M${r1(c.x0)},${r1(c.y0)} Q${r1(c.cx)},${r1(c.cy)} ${r1(c.x1)},${r1(c.y1)}`;
const translate = (p: { x: number; y: number }) => `translate(${r1(p.x)},${r1(p.y)})`;

function link(l: CldLink, texts: LoopsSvgTexts): string {
  const [tip, left, right] = arrowHead(l.curve);
  const inferred = l.evidence === 'inferred';
  const d = curvePath(l.curve);
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
      ['class', `link ${l.polarity === '+' ? 'positive' : 'negative'}${inferred ? ' inferred' : ''}`],
      ['data-link-id', l.id],
      ['data-polarity', l.polarity],
      ['data-evidence', l.evidence],
    ],
    tag('title', [], texts.linkLabel(l)) +
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
        ['d', `M${r1(tip.x)},${r1(tip.y)} L${r1(left.x)},${r1(left.y)} L${r1(right.x)},${r1(right.y)} Z`],
      ]) +
      delay +
      badge('glyph', 'polarity', l.glyph, CLD_METRICS.glyphRadius, l.polarity === '+' ? '+' : '−') +
      (l.evidenceMark ? badge('evidence-mark', 'evidence-mark', l.evidenceMark, CLD_METRICS.evidenceMarkRadius, '?') : ''),
  );
}

function marker(m: CldLoopMarker, texts: LoopsSvgTexts): string {
  const r = m.radius + 5;
  // A circular arrow around the code, turning the way the loop runs.
  const sweep = m.direction === 'clockwise' ? 1 : 0;
  const start = { x: m.x, y: m.y - r };
  const end = m.direction === 'clockwise' ? { x: m.x - r, y: m.y } : { x: m.x + r, y: m.y };
  return tag(
    'g',
    [
      ['part', 'loop-marker'],
      ['class', `marker ${m.polarity}`],
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
        ['d', `M${r1(start.x)},${r1(start.y)} A${r},${r} 0 1 ${sweep} ${r1(end.x)},${r1(end.y)}`],
      ]) +
      tag('path', [
        ['class', 'marker-head'],
        ['d', `M${r1(end.x - 4)},${r1(end.y + 5)} L${r1(end.x)},${r1(end.y)} L${r1(end.x + 4)},${r1(end.y + 5)}`],
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

function node(n: CldNode, lineHeight: number, texts: LoopsSvgTexts): string {
  const m = CLD_METRICS;
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
      ['class', `node${n.pinned ? ' pinned' : ''}`],
      ['data-id', n.id],
      ['aria-pressed', 'false'],
      ['aria-label', texts.nodeLabel(n)],
      ['transform', `translate(${r1(n.x - n.width / 2)},${r1(n.y - n.height / 2)})`],
    ],
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

/** The causal-loop diagram as the element exports it at rest (no loop highlighted, nothing selected): links, markers, factors. */
export function loopsDrawing(layout: CldLayout, texts: LoopsSvgTexts): ViewDrawing {
  const body = tag(
    'g',
    [['class', 'viewport']],
    tag('g', [['class', 'links']], layout.links.map((l) => link(l, texts)).join('')) +
      tag('g', [['class', 'markers']], layout.markers.map((m) => marker(m, texts)).join('')) +
      tag('g', [['class', 'nodes']], layout.nodes.map((n) => node(n, layout.lineHeight, texts)).join('')),
  );
  return {
    rootAttributes: [
      ['height', layout.height],
      ['aria-label', texts.diagramLabel(layout.nodes.length, layout.links.length, texts.loopCount)],
    ],
    width: layout.width,
    height: layout.height,
    body,
  };
}
