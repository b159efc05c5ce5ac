/**
 * The causal-loop diagram reads at a glance (issue #13): named loops are rings in loop order, every language lays out
 * alike, each polarity sign sits by its own arrowhead, and boxes fit their labels at the reader's text style.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  arrowHead,
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  normalize,
  type CausalLoopDiagram,
  type CldLayout,
  type NormalizedDocument,
} from '../../packages/core/src/index.js';
import { approximateTextWidth, spacedTextWidth, wrapText } from '../../packages/core/src/geometry/text-measure.js';
import { CLD_METRICS } from '../../packages/core/src/causal-loops/types.js';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
import { generateCausalDocument } from '../fixtures/generate-document.js';
import { readJson } from './helpers.js';

const telemark = (lang?: string) => normalize(readJson('examples/data/telemark-agder.json'), lang ? { lang } : {});
const diagramOf = (
  model: NormalizedDocument,
  choices: Parameters<typeof causalLoopDiagramInput>[1] = {},
  textWidth = approximateTextWidth,
) => computeCausalLoopDiagram(causalLoopDiagramInput(model, choices), textWidth);

/** Where each factor is, by id. */
const positions = (layout: CldLayout) => new Map(layout.nodes.map((n) => [n.id, { x: n.x, y: n.y, width: n.width, height: n.height }]));

/**
 * Whether the points lie around their centroid in the given cyclic order, turning either way. Either way is right:
 * two loops that share a link and lie side by side must turn opposite ways (the shared link runs clockwise round one
 * and counterclockwise round the other), and each loop's marker shows which way it turns.
 */
function inRingOrder(points: readonly { x: number; y: number }[]): { ok: boolean; order: number[] } {
  const n = points.length;
  const cx = points.reduce((s, p) => s + p.x, 0) / n;
  const cy = points.reduce((s, p) => s + p.y, 0) / n;
  const order = points
    .map((p, i) => ({ i, a: Math.atan2(p.y - cy, p.x - cx) }))
    .sort((a, b) => a.a - b.a)
    .map((e) => e.i);
  const start = order.indexOf(0);
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  const ok = rotated.every((v, k) => v === k) || rotated.every((v, k) => v === (n - k) % n);
  return { ok, order: rotated };
}

/** The links whose polarity sign is not nearer its own arrowhead (the triangle's centre) than every other link's. */
function signsAwayFromTheirHeads(layout: CldLayout): string[] {
  const heads = layout.links.map((l) => {
    const [tip, left, right] = arrowHead(l.curve);
    return { id: l.id, x: (tip.x + left.x + right.x) / 3, y: (tip.y + left.y + right.y) / 3 };
  });
  return layout.links.flatMap((l) => {
    const distance = (h: { x: number; y: number }) => Math.hypot(l.glyph.x - h.x, l.glyph.y - h.y);
    const own = distance(heads.find((h) => h.id === l.id)!);
    const rival = heads.filter((h) => h.id !== l.id).sort((a, b) => distance(a) - distance(b))[0];
    return rival && distance(rival) <= own ? [`${l.id}: own ${own.toFixed(1)} px, ${rival.id} ${distance(rival).toFixed(1)} px`] : [];
  });
}

/** Factor boxes that overlap another box, a polarity sign, a "?" badge or a loop marker. */
function coveredLabels(layout: CldLayout): string[] {
  const out: string[] = [];
  const g = 2 * CLD_METRICS.glyphRadius;
  const b = 2 * CLD_METRICS.evidenceMarkRadius;
  for (const [i, node] of layout.nodes.entries()) {
    for (const other of layout.nodes.slice(i + 1)) if (boxesOverlap(node, other)) out.push(`${node.id} × ${other.id}`);
    for (const l of layout.links) {
      if (boxesOverlap(node, { ...l.glyph, width: g, height: g })) out.push(`${node.id} × sign of ${l.id}`);
      if (l.evidenceMark && boxesOverlap(node, { ...l.evidenceMark, width: b, height: b })) out.push(`${node.id} × badge of ${l.id}`);
    }
    for (const k of layout.markers) {
      const reach = 2 * (k.radius + CLD_METRICS.markerClearance);
      if (boxesOverlap(node, { x: k.x, y: k.y, width: reach, height: reach })) out.push(`${node.id} × marker ${k.loopId}`);
    }
  }
  return out;
}

describe('causal-loop diagram, readable at a glance (Telemark example)', () => {
  let nb: CausalLoopDiagram | undefined;
  const norwegian = () => (nb ??= diagramOf(telemark()));

  it('puts every factor at the same position and size in nb and en', () => {
    const en = diagramOf(telemark('en'));
    assert.notDeepEqual(
      norwegian().layout.nodes.map((n) => n.label),
      en.layout.nodes.map((n) => n.label),
      'the two languages really label the factors differently',
    );
    assert.deepEqual(positions(en.layout), positions(norwegian().layout));
  });

  it('sizes each box for the longest of its labels across the languages', () => {
    const model = telemark();
    const { nodes } = norwegian().layout;
    for (const element of model.elements.filter((e) => nodes.some((n) => n.id === e.id))) {
      const node = nodes.find((n) => n.id === element.id)!;
      for (const label of Object.values(element.texts['label'] ?? {})) {
        const lines = wrapText(label, CLD_METRICS.maxLabelWidth, CLD_METRICS.fontSize, approximateTextWidth);
        const width = Math.max(...lines.map((line) => approximateTextWidth(line, CLD_METRICS.fontSize)));
        assert.ok(node.width >= width + 2 * CLD_METRICS.paddingX, `${element.id} is wide enough for "${label}"`);
        assert.ok(
          node.height >= lines.length * CLD_METRICS.lineHeight + 2 * CLD_METRICS.paddingY,
          `${element.id} is tall enough for "${label}"`,
        );
      }
    }
  });

  it('draws each named loop as a ring: its members lie around their centroid in loop order', () => {
    const { loops, layout } = norwegian();
    const named = loops.filter((loop) => loop.name);
    assert.equal(named.length, 9, 'the example names nine loops');
    const at = positions(layout);
    const broken = named.flatMap((loop) => {
      const { ok, order } = inRingOrder(loop.members.map((id) => at.get(id)!));
      return ok ? [] : [`${loop.name}: ${order.join(',')}`];
    });
    assert.deepEqual(broken, []);
  });

  it('puts every polarity sign nearer its own arrowhead than any other link’s', () => {
    assert.deepEqual(signsAwayFromTheirHeads(norwegian().layout), []);
  });

  it('keeps every factor box clear of other boxes, signs, badges and loop markers', () => {
    assert.deepEqual(coveredLabels(norwegian().layout), []);
    assert.deepEqual(norwegian().layout.unresolvedLinks, []);
  });

  it('opens on the named loops: the focus box holds every member of a named loop', () => {
    const { loops, layout } = norwegian();
    const { focus } = layout;
    for (const id of new Set(loops.filter((loop) => loop.name).flatMap((loop) => loop.members))) {
      const node = layout.nodes.find((n) => n.id === id)!;
      assert.ok(Math.abs(node.x - focus.x) <= focus.width / 2 - node.width / 2 + 1e-6, `${id} inside the focus (x)`);
      assert.ok(Math.abs(node.y - focus.y) <= focus.height / 2 - node.height / 2 + 1e-6, `${id} inside the focus (y)`);
    }
  });

  it('re-wraps labels under WCAG 1.4.12 spacing and larger text, and boxes still fit them', () => {
    const style = { fontScale: 1.25, letterSpacing: 1.68, wordSpacing: 2.24 };
    const measure = spacedTextWidth(approximateTextWidth, style);
    const { layout } = diagramOf(telemark(), { textStyle: style }, measure);
    assert.equal(layout.fontSize, CLD_METRICS.fontSize * 1.25);
    assert.equal(layout.lineHeight, CLD_METRICS.lineHeight * 1.25);
    assert.ok(
      layout.nodes.some((n) => n.lines.length > norwegian().layout.nodes.find((p) => p.id === n.id)!.lines.length),
      'some label wraps to more lines',
    );
    for (const node of layout.nodes) {
      const widest = Math.max(...node.lines.map((line) => measure(line, layout.fontSize)));
      assert.ok(node.width >= widest + 2 * CLD_METRICS.paddingX, `${node.id}: ${node.width} fits ${widest}`);
      assert.ok(node.height >= node.lines.length * layout.lineHeight + 2 * CLD_METRICS.paddingY, `${node.id} is tall enough`);
    }
    assert.deepEqual(coveredLabels(layout), []);
  });
});

describe('causal-loop diagram, a dense generated document (150 factors, 300 links)', () => {
  let dense: CausalLoopDiagram | undefined;
  const diagram = () => (dense ??= diagramOf(normalize(generateCausalDocument(150, 300, 3))));

  it('lays the factors on one circle (the circle arrangement), clear of each other and of every mark', () => {
    const { layout } = diagram();
    assert.equal(layout.nodes.length, 150);
    assert.deepEqual(coveredLabels(layout), []);
  });

  it('puts every polarity sign nearer its own arrowhead than any other link’s', () => {
    assert.deepEqual(signsAwayFromTheirHeads(diagram().layout), []);
  });

  it('opens on its shortest loops: a focus smaller than the whole drawing', () => {
    const { layout } = diagram();
    assert.ok(layout.focus.width < layout.width && layout.focus.height < layout.height, JSON.stringify(layout.focus));
  });
});
