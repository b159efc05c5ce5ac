import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CLD_METRICS,
  causalGraphOf,
  findLoops,
  layoutCausalLoops,
  normalize,
  type CausalGraph,
  type CldLayout,
} from '../../packages/core/src/index.js';
import { boxesOverlap, curveHitsBox, pointInBox } from '../../packages/core/src/geometry/geometry.js';
import { readJson } from './helpers.js';

function telemarkInput() {
  const model = normalize(readJson('examples/data/telemark-agder.json'));
  const graph = causalGraphOf(model);
  const { loops } = findLoops(model);
  const labels = new Map(model.elements.map((e) => [e.id, e.label]));
  return { graph, loops, labels };
}

const glyphBox = (l: CldLayout['links'][number]) => ({
  x: l.glyph.x,
  y: l.glyph.y,
  width: 2 * CLD_METRICS.glyphRadius,
  height: 2 * CLD_METRICS.glyphRadius,
});

function assertReadable(layout: CldLayout) {
  const { nodes, links, markers } = layout;
  const nodeOverlaps = nodes.flatMap((a, i) =>
    nodes
      .slice(i + 1)
      .filter((b) => boxesOverlap(a, b))
      .map((b) => `${a.id}/${b.id}`),
  );
  assert.deepEqual(nodeOverlaps, [], 'no two factor boxes (and so no two labels) overlap');
  const through = links.flatMap((l) =>
    nodes.filter((n) => n.id !== l.from && n.id !== l.to && curveHitsBox(l.curve, n, 0, 1)).map((n) => `${l.id} through ${n.id}`),
  );
  assert.deepEqual(through, [], 'no link passes through a factor that is not its end');
  const glyphsOnNodes = links.flatMap((l) => nodes.filter((n) => boxesOverlap(glyphBox(l), n)).map((n) => `${l.id} glyph on ${n.id}`));
  assert.deepEqual(glyphsOnNodes, [], 'no polarity glyph covers a factor label');
  const markersOnNodes = markers.flatMap((k) =>
    nodes
      .filter((n) => boxesOverlap({ x: k.x, y: k.y, width: 2 * k.radius, height: 2 * k.radius }, n))
      .map((n) => `${k.loopId} on ${n.id}`),
  );
  assert.deepEqual(markersOnNodes, [], 'no loop marker covers a factor label');
  const markerBox = (k: CldLayout['markers'][number]) => ({ x: k.x, y: k.y, width: 2 * (k.radius + 5), height: 2 * (k.radius + 5) });
  const markersOnGlyphs = markers.flatMap((k) =>
    links.filter((l) => boxesOverlap(markerBox(k), glyphBox(l))).map((l) => `${k.loopId} on ${l.id}`),
  );
  assert.deepEqual(markersOnGlyphs, [], 'no loop marker covers a polarity glyph');
  const markerPairs = markers.flatMap((a, i) =>
    markers
      .slice(i + 1)
      .filter((b) => boxesOverlap(markerBox(a), markerBox(b)))
      .map((b) => `${a.loopId}/${b.loopId}`),
  );
  assert.deepEqual(markerPairs, [], 'loop markers do not overlap');
  assert.deepEqual(layout.unresolvedLinks, []);
  for (const n of nodes) {
    assert.ok(n.x - n.width / 2 >= 0 && n.y - n.height / 2 >= 0, `${n.id} inside the canvas`);
    assert.ok(n.x + n.width / 2 <= layout.width && n.y + n.height / 2 <= layout.height, `${n.id} inside the canvas`);
  }
}

describe('layoutCausalLoops', () => {
  it('lays out the Telemark document with no overlapping labels and no link through a foreign factor', () => {
    assertReadable(layoutCausalLoops(telemarkInput()));
  });

  it('is identical for identical input', () => {
    assert.deepEqual(layoutCausalLoops(telemarkInput()), layoutCausalLoops(telemarkInput()));
  });

  it('keeps two-way links on separate curves', () => {
    const layout = layoutCausalLoops(telemarkInput());
    const forward = layout.links.find((l) => l.from === 'utenforskap' && l.to === 'tilhorighet')!;
    const back = layout.links.find((l) => l.from === 'tilhorighet' && l.to === 'utenforskap')!;
    const gap = Math.hypot(forward.curve.cx - back.curve.cx, forward.curve.cy - back.curve.cy);
    assert.ok(gap > 30, `control points ${gap.toFixed(0)} px apart`);
  });

  it('wraps every label inside its box', () => {
    for (const node of layoutCausalLoops(telemarkInput()).nodes) {
      assert.ok(node.lines.length * CLD_METRICS.lineHeight <= node.height - 2 * CLD_METRICS.paddingY + 0.01);
      assert.equal(node.lines.join(' ').replace(/- /g, '').replace(/-/g, ''), node.label.replace(/-/g, ''));
    }
  });

  it('places one marker per named loop inside its ring, turning the way the loop runs', () => {
    const input = telemarkInput();
    const layout = layoutCausalLoops(input);
    assert.equal(layout.markers.length, input.loops.filter((l) => l.name).length);
    assert.equal(layout.markers.length, 9);
    const centres = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const marker of layout.markers) {
      const loop = input.loops.find((l) => l.id === marker.loopId)!;
      const ring = loop.members.map((id) => centres.get(id)!);
      let area = 0;
      ring.forEach((a, i) => {
        const b = ring[(i + 1) % ring.length]!;
        area += a.x * b.y - b.x * a.y;
      });
      assert.equal(marker.direction, area >= 0 ? 'clockwise' : 'counterclockwise');
      assert.equal(marker.polarity, loop.polarity);
    }
  });

  it('honours author position hints', () => {
    const input = telemarkInput();
    const positions = new Map([
      ['utenforskap', { x: 0, y: 0 }],
      ['samarbeid', { x: 600, y: 0 }],
    ]);
    const layout = layoutCausalLoops({ ...input, positions });
    const a = layout.nodes.find((n) => n.id === 'utenforskap')!;
    const b = layout.nodes.find((n) => n.id === 'samarbeid')!;
    assert.equal(b.x - a.x, 600);
    assert.equal(b.y - a.y, 0);
    assert.ok(a.pinned && b.pinned);
    assertReadable(layout);
  });

  it('stays readable on random graphs of 20 to 60 factors', () => {
    for (const [n, m, seed] of [
      [20, 40, 1],
      [40, 80, 2],
      [60, 130, 3],
    ] as const) {
      let state = seed;
      const random = () => (state = (1664525 * state + 1013904223) >>> 0) / 4294967296;
      const nodes = Array.from({ length: n }, (_, i) => `factor-${i}`);
      const seen = new Set<string>();
      const links: CausalGraph['links'][number][] = [];
      while (links.length < m) {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        if (a === b || seen.has(`${a}>${b}`)) continue;
        seen.add(`${a}>${b}`);
        links.push({ id: `l${links.length}`, from: nodes[a]!, to: nodes[b]!, polarity: random() < 0.5 ? '-' : '+', delay: random() < 0.2 });
      }
      const graph = { nodes, links };
      const labels = new Map(nodes.map((id, i) => [id, i % 3 === 0 ? `Faktor nummer ${i} med en lang beskrivelse` : `Faktor ${i}`]));
      assertReadable(layoutCausalLoops({ graph, loops: findLoops(graph, { limit: 500 }).loops, labels }));
    }
  });

  it('draws a factor without links, and a self-link above its box', () => {
    const graph: CausalGraph = { nodes: ['a', 'b'], links: [{ id: 's', from: 'a', to: 'a', polarity: '+', delay: false }] };
    const layout = layoutCausalLoops({ graph, loops: findLoops(graph).loops });
    assert.equal(layout.nodes.length, 2);
    const a = layout.nodes.find((n) => n.id === 'a')!;
    assert.ok(layout.links[0]!.curve.cy < a.y - a.height / 2);
    assert.ok(!pointInBox(layout.links[0]!.glyph, a));
  });
});
