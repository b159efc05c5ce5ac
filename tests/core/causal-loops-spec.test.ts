import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CLD_METRICS,
  computeCausalLoopDiagram,
  findLoops,
  layoutCausalLoops,
  placeLoopMarker,
  type CausalGraph,
  type CausalLink,
  type CldLayout,
  type Loop,
} from '../../packages/core/src/index.js';
import { SHORT_LOOP_LENGTH } from '../../packages/core/src/causal-loops/compute-diagram.js';
import { arrowHead, boxExit, boxesOverlap, curveHitsBox, pointOnCurve, tangentOnCurve } from '../../packages/core/src/geometry/geometry.js';
import { assertNear } from './near.js';

const m = CLD_METRICS;
/** 7 px per character. */
const sevenPx = (text: string) => text.length * 7;
const link = (from: string, to: string, polarity: '+' | '-' = '+', delay = false, id = `${from}>${to}`): CausalLink => ({
  id,
  from,
  to,
  polarity,
  delay,
});
const graphOf = (links: CausalLink[], nodes?: string[]): CausalGraph => ({
  nodes: nodes ?? [...new Set(links.flatMap((l) => [l.from, l.to]))],
  links,
});
/** Lays out with every factor pinned where given, so positions are known. */
function pinned(
  graph: CausalGraph,
  positions: Record<string, [number, number]>,
  loops: readonly Loop[] = findLoops(graph).loops,
): CldLayout {
  return layoutCausalLoops(
    { graph, loops, positions: new Map(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }])) },
    { textWidth: sevenPx },
  );
}
const node = (layout: CldLayout, id: string) => layout.nodes.find((n) => n.id === id)!;
const linkOf = (layout: CldLayout, id: string) => layout.links.find((l) => l.id === id)!;

describe('layoutCausalLoops with pinned factors', () => {
  it('keeps pinned factors where the author put them, shifted so the drawing starts at the margin', () => {
    const layout = pinned(graphOf([link('a', 'b')]), { a: [0, 0], b: [400, 100] });
    const [a, b] = [node(layout, 'a'), node(layout, 'b')];
    assert.deepEqual([b.x - a.x, b.y - a.y], [400, 100]);
    assert.equal(a.pinned, true);
    const left = Math.min(...layout.nodes.map((n) => n.x - n.width / 2));
    const top = Math.min(...layout.nodes.map((n) => n.y - n.height / 2), ...layout.links.map((l) => l.glyph.y - m.glyphRadius));
    assert.equal(left, m.margin);
    assert.equal(top, m.margin);
    const right = Math.max(...layout.nodes.map((n) => n.x + n.width / 2), ...layout.links.map((l) => l.glyph.x + m.glyphRadius));
    assert.equal(layout.width, Math.ceil(right + m.margin));
  });

  it('sizes a factor box to its wrapped label and padding, and labels a factor by its id when it has no label', () => {
    const graph = graphOf([link('a', 'b')]);
    const layout = layoutCausalLoops(
      {
        graph,
        loops: [],
        labels: new Map([['a', 'A label that wraps once']]),
        positions: new Map([
          ['a', { x: 0, y: 0 }],
          ['b', { x: 400, y: 0 }],
        ]),
      },
      { textWidth: sevenPx },
    );
    const a = node(layout, 'a');
    assert.equal(a.lines.length, 2);
    assert.equal(a.width, Math.max(...a.lines.map(sevenPx)) + 2 * m.paddingX);
    assert.equal(a.height, 2 * m.lineHeight + 2 * m.paddingY);
    assert.deepEqual([node(layout, 'b').label, node(layout, 'b').lines], ['b', ['b']]);
    assert.deepEqual([node(layout, 'b').width, node(layout, 'b').height], [7 + 2 * m.paddingX, m.lineHeight + 2 * m.paddingY]);
  });

  it('draws a link as a gentle curve bending to its left, from box edge to box edge', () => {
    const layout = pinned(graphOf([link('a', 'b', '-')]), { a: [0, 0], b: [400, 0] });
    const [a, b, ab] = [node(layout, 'a'), node(layout, 'b'), linkOf(layout, 'a>b')];
    const bend = Math.max(24, 400 * 0.16);
    // Travelling right (+x), the left is up (−y) on screen.
    assert.deepEqual([ab.curve.cx, ab.curve.cy], [(a.x + b.x) / 2, a.y - bend]);
    const start = boxExit(a, { x: ab.curve.cx, y: ab.curve.cy }, 2);
    const end = boxExit(b, { x: ab.curve.cx, y: ab.curve.cy }, m.arrowClearance);
    assertNear(ab.curve.x0, start.x, 1e-9, 'x0');
    assertNear(ab.curve.y0, start.y, 1e-9, 'y0');
    assertNear(ab.curve.x1, end.x, 1e-9, 'x1');
    assertNear(ab.curve.y1, end.y, 1e-9, 'y1');
    assert.deepEqual([ab.from, ab.to, ab.polarity, ab.delay, ab.delayMark], ['a', 'b', '-', false, undefined]);
  });

  it('puts the polarity glyph beside the arrowhead: 22 px back along the link, on the outside of the bend', () => {
    const layout = pinned(graphOf([link('a', 'b')]), { a: [0, 0], b: [400, 0] });
    const ab = linkOf(layout, 'a>b');
    // Walk back from the head end in fine steps until 22 px of curve are behind.
    let t = 1;
    let walked = 0;
    let previous = pointOnCurve(ab.curve, 1);
    while (walked < 22) {
      t -= 1 / 4096;
      const p = pointOnCurve(ab.curve, t);
      walked += Math.hypot(p.x - previous.x, p.y - previous.y);
      previous = p;
    }
    const tangent = tangentOnCurve(ab.curve, t);
    const offset = m.glyphRadius + 4;
    assertNear(ab.glyph.x, previous.x + tangent.y * offset, 0.5, 'glyph x');
    assertNear(ab.glyph.y, previous.y - tangent.x * offset, 0.5, 'glyph y');
    assert.ok(ab.glyph.y < previous.y, 'outside: the link bends up, the glyph sits above it');
  });

  it('keeps each glyph nearer its own arrowhead than any other, where many links arrive at one factor', () => {
    const hub = { hub: [0, 0] as [number, number] };
    const spokes = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`s${i}`, [Math.round(300 * Math.cos(i * 0.35 - 2)), Math.round(300 * Math.sin(i * 0.35 - 2))]]),
    ) as Record<string, [number, number]>;
    const layout = pinned(graphOf(Object.keys(spokes).map((id) => link(id, 'hub'))), { ...hub, ...spokes });
    const heads = layout.links.map((l) => {
      const [tip, left, right] = arrowHead(l.curve);
      return { id: l.id, x: (tip.x + left.x + right.x) / 3, y: (tip.y + left.y + right.y) / 3 };
    });
    for (const l of layout.links) {
      const distance = (h: { x: number; y: number }) => Math.hypot(l.glyph.x - h.x, l.glyph.y - h.y);
      const own = distance(heads.find((h) => h.id === l.id)!);
      const rival = Math.min(...heads.filter((h) => h.id !== l.id).map(distance));
      assert.ok(own < rival, `${l.id}: own head ${own.toFixed(1)} px, another ${rival.toFixed(1)} px`);
    }
  });

  it('marks a delayed link at 45 % of its curve, along its direction', () => {
    const layout = pinned(graphOf([link('a', 'b', '+', true)]), { a: [0, 0], b: [0, 400] });
    const ab = linkOf(layout, 'a>b');
    const p = pointOnCurve(ab.curve, 0.45);
    const t = tangentOnCurve(ab.curve, 0.45);
    assert.ok(ab.delayMark, 'a delay mark');
    assertNear(ab.delayMark.x, p.x, 1e-9, 'mark x');
    assertNear(ab.delayMark.y, p.y, 1e-9, 'mark y');
    assertNear(ab.delayMark.angle, (Math.atan2(t.y, t.x) * 180) / Math.PI, 1e-9, 'mark angle');
    assert.ok(ab.delayMark.angle > 45 && ab.delayMark.angle < 135, `downward: ${ab.delayMark.angle}`);
  });

  it('bends both links of a two-way pair to their own left, so they never share a curve', () => {
    const layout = pinned(graphOf([link('a', 'b'), link('b', 'a')]), { a: [0, 0], b: [400, 0] });
    const [ab, ba] = [linkOf(layout, 'a>b'), linkOf(layout, 'b>a')];
    assert.ok(ab.curve.cy < node(layout, 'a').y, 'a→b bends up');
    assert.ok(ba.curve.cy > node(layout, 'a').y, 'b→a bends down');
  });

  it('bends around a factor that sits on the straight line, trying stronger bends and then the right side', () => {
    const graph = graphOf([link('a', 'c')], ['a', 'b', 'c']);
    const layout = pinned(graph, { a: [0, 0], b: [200, -40], c: [400, 0] });
    const ac = linkOf(layout, 'a>c');
    const b = node(layout, 'b');
    assert.ok(!curveHitsBox(ac.curve, b, 0, 1), 'the curve misses b');
    assert.ok(ac.curve.cy > node(layout, 'a').y, `it bends the other way: ${ac.curve.cy}`);
    assert.deepEqual(layout.unresolvedLinks, []);
    const walled = pinned(graphOf([link('a', 'c')], ['a', 'b', 'c', 'd']), { a: [0, 0], b: [200, -40], c: [400, 0], d: [200, 40] });
    const around = linkOf(walled, 'a>c');
    assert.ok(!curveHitsBox(around.curve, node(walled, 'b'), 0, 1) && !curveHitsBox(around.curve, node(walled, 'd'), 0, 1), 'misses both');
    assert.ok(Math.abs(around.curve.cy - node(walled, 'a').y) > 64, `a stronger bend than the first: ${around.curve.cy}`);
  });

  it('reports a link it cannot route clear of the factors in its way', () => {
    // c is walled in by pinned factors on every side.
    const wall: Record<string, [number, number]> = { a: [0, 0], c: [600, 0] };
    for (let i = 0; i < 40; i++) {
      const angle = (2 * Math.PI * i) / 40;
      wall[`w${i}`] = [600 + 90 * Math.cos(angle), 70 * Math.sin(angle)];
    }
    const layout = pinned(graphOf([link('a', 'c')], Object.keys(wall)), wall);
    assert.deepEqual(layout.unresolvedLinks, ['a>c']);
  });

  it('draws a self-link as a small loop above its box, with its glyph beside it', () => {
    const layout = pinned(graphOf([link('a', 'a', '-')]), { a: [0, 0] });
    const [a, aa] = [node(layout, 'a'), linkOf(layout, 'a>a')];
    const top = a.y - a.height / 2;
    assert.deepEqual(aa.curve, { x0: a.x - 12, y0: top, cx: a.x, cy: top - 70, x1: a.x + 12, y1: top - 2 });
    assert.deepEqual(aa.glyph, { x: a.x + 18, y: (top - 70 + top) / 2 });
  });

  it('fans out parallel links between the same two factors', () => {
    const layout = pinned(graphOf([link('a', 'b', '+', false, 'p'), link('a', 'b', '-', false, 'q')]), { a: [0, 0], b: [400, 0] });
    const [p, q] = [linkOf(layout, 'p'), linkOf(layout, 'q')];
    assert.notEqual(p.curve.cy, q.curve.cy);
    assert.ok(!boxesOverlap({ ...p.glyph, width: 18, height: 18 }, { ...q.glyph, width: 18, height: 18 }), 'glyphs apart');
  });

  it('gives every named loop a marker, or every loop when none is named and there are at most twelve', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a'), link('b', 'a', '-')]);
    const positions = { a: [0, 0], b: [400, 0], c: [200, 300] } as Record<string, [number, number]>;
    const loops = findLoops(graph).loops;
    assert.deepEqual(
      pinned(graph, positions, loops).markers.map((k) => [k.loopId, k.polarity]),
      loops.map((l) => [l.id, l.polarity]),
    );
    const named = loops.map((l, i) => (i === 1 ? { ...l, name: 'Named' } : l));
    assert.deepEqual(
      pinned(graph, positions, named).markers.map((k) => k.loopId),
      [loops[1]!.id],
    );
    const many = Array.from({ length: 13 }, (_, i) => ({ ...loops[0]!, id: `copy${i}` }));
    assert.deepEqual(pinned(graph, positions, many).markers, []);
    const chosen = layoutCausalLoops(
      { graph, loops, positions: new Map(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }])) },
      { markerLoops: (l) => l.length === 2 },
    );
    assert.deepEqual(
      chosen.markers.map((k) => k.loopId),
      loops.filter((l) => l.length === 2).map((l) => l.id),
    );
  });

  it('places a marker in its ring, clear of the factors, turning the way the loop runs', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a')]);
    const layout = pinned(graph, { a: [0, 0], b: [400, 0], c: [200, 300] });
    const [marker] = layout.markers;
    const [a, b, c] = ['a', 'b', 'c'].map((id) => node(layout, id));
    assert.equal(marker!.radius, m.markerRadius);
    assert.equal(marker!.direction, 'clockwise', 'a → b → c runs clockwise on screen');
    assertNear(marker!.x, (a!.x + b!.x + c!.x) / 3, 1e-9, 'at the centroid');
    assertNear(marker!.y, (a!.y + b!.y + c!.y) / 3, 1e-9, 'at the centroid');
    const reverse = pinned(graphOf([link('a', 'c'), link('c', 'b'), link('b', 'a')]), { a: [0, 0], b: [400, 0], c: [200, 300] });
    assert.equal(reverse.markers[0]!.direction, 'counterclockwise');
  });
});

describe('layoutCausalLoops arrangements', () => {
  const ring = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'd'), link('d', 'a')]);

  it('puts factors on a circle in loop order when asked, starting at the top and going clockwise', () => {
    const layout = layoutCausalLoops({ graph: ring, loops: findLoops(ring).loops }, { arrangement: 'circle', textWidth: sevenPx });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => node(layout, id)) as [
      CldLayout['nodes'][number],
      CldLayout['nodes'][number],
      CldLayout['nodes'][number],
      CldLayout['nodes'][number],
    ];
    assert.equal(a.x, c.x, 'a at the top, c at the bottom');
    assert.ok(a.y < c.y, 'a above c');
    assert.equal(b.y, d.y, 'b and d level');
    assert.ok(b.x > d.x, 'b on the right: clockwise');
    // A circle whose circumference gives each factor 90 % of a full label width and gap (at least 80 px radius).
    assert.equal(c.y - a.y, Math.round(2 * ((4 * (m.maxLabelWidth + m.nodeGap) * 0.9) / (2 * Math.PI))));
    const small = layoutCausalLoops({ graph: graphOf([link('a', 'b')]), loops: [] }, { arrangement: 'circle', textWidth: sevenPx });
    assert.equal(node(small, 'b').y - node(small, 'a').y, 160, 'the smallest circle has a radius of 80');
  });

  it('orders the circle by named loops first, then shorter loops, then the other factors', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'a'), link('c', 'd'), link('d', 'e'), link('e', 'c')], ['x', 'a', 'b', 'c', 'd', 'e']);
    const loops = findLoops(graph).loops;
    const angleOf = (layout: CldLayout, id: string) => {
      const cx = layout.nodes.reduce((s, n) => s + n.x, 0) / layout.nodes.length;
      const cy = layout.nodes.reduce((s, n) => s + n.y, 0) / layout.nodes.length;
      const n = node(layout, id);
      return (Math.atan2(n.y - cy, n.x - cx) + (5 * Math.PI) / 2) % (2 * Math.PI);
    };
    const order = (layout: CldLayout) => [...layout.nodes].sort((p, q) => angleOf(layout, p.id) - angleOf(layout, q.id)).map((n) => n.id);
    const layout = layoutCausalLoops({ graph, loops }, { arrangement: 'circle', textWidth: sevenPx });
    assert.deepEqual(order(layout), ['a', 'b', 'c', 'd', 'e', 'x']);
    const named = loops.map((l) => (l.length === 3 ? { ...l, name: 'Triangle' } : l));
    assert.deepEqual(order(layoutCausalLoops({ graph, loops: named }, { arrangement: 'circle', textWidth: sevenPx })), [
      'c',
      'd',
      'e',
      'a',
      'b',
      'x',
    ]);
  });

  it('chooses the circle for dense diagrams and the force layout otherwise, by default', () => {
    const dense = graphOf([
      link('a', 'b'),
      link('b', 'a'),
      link('a', 'c'),
      link('c', 'a'),
      link('b', 'c'),
      link('c', 'b'),
      link('a', 'a'),
      link('b', 'b'),
    ]);
    const circle = layoutCausalLoops({ graph: dense, loops: [] }, { arrangement: 'circle' });
    assert.deepEqual(layoutCausalLoops({ graph: dense, loops: [] }), circle, 'more than 2.5 links per factor');
    assert.notDeepEqual(layoutCausalLoops({ graph: dense, loops: [] }, { arrangement: 'force' }), circle);
    const sparse = graphOf([link('a', 'b'), link('b', 'c')]);
    assert.deepEqual(
      layoutCausalLoops({ graph: sparse, loops: [] }),
      layoutCausalLoops({ graph: sparse, loops: [] }, { arrangement: 'force' }),
    );
    assert.notDeepEqual(
      layoutCausalLoops({ graph: sparse, loops: [] }),
      layoutCausalLoops({ graph: sparse, loops: [] }, { arrangement: 'circle' }),
    );
  });

  it('repeats exactly for the same input', () => {
    // The seed only feeds d3's jiggle of coincident factors; the ring start makes ordinary input independent of it.
    const graph = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a'), link('c', 'd')]);
    const at = (seed?: number) => layoutCausalLoops({ graph, loops: [] }, { ...(seed === undefined ? {} : { seed }), textWidth: sevenPx });
    assert.deepEqual(at(4), at(4));
    assert.deepEqual(at(), at(1));
  });

  it('runs the force simulation for the ticks asked for', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a'), link('c', 'd')]);
    const at = (ticks?: number) =>
      layoutCausalLoops({ graph, loops: [] }, { ...(ticks === undefined ? {} : { ticks }), textWidth: sevenPx });
    assert.notDeepEqual(at(1).nodes, at(300).nodes);
    assert.deepEqual(at().nodes, at(300).nodes, '300 by default');
  });

  it('lays out an empty graph as an empty drawing of its margins', () => {
    const layout = layoutCausalLoops({ graph: { nodes: [], links: [] }, loops: [] });
    assert.deepEqual(layout, {
      width: 2 * m.margin,
      height: 2 * m.margin,
      nodes: [],
      links: [],
      markers: [],
      unresolvedLinks: [],
      fontSize: m.fontSize,
      lineHeight: m.lineHeight,
      focus: { x: 0, y: 0, width: 0, height: 0 },
    });
  });
});

describe('placeLoopMarker', () => {
  const loop = (members: string[]): Loop => ({
    id: 'l',
    members,
    links: [],
    polarity: 'B',
    length: members.length,
    negativeLinks: 1,
    hasDelay: false,
    evidence: { stated: members.length, inferred: 0, unsourced: 0 },
    hypothesised: false,
  });
  const centres = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 300, y: 0 }],
    ['c', { x: 300, y: 300 }],
    ['d', { x: 0, y: 300 }],
  ]);

  it('sits at the centroid of the ring when that is free', () => {
    assert.deepEqual(placeLoopMarker(loop(['a', 'b', 'c', 'd']), centres, []), {
      loopId: 'l',
      polarity: 'B',
      x: 150,
      y: 150,
      radius: m.markerRadius,
      direction: 'clockwise',
    });
    assert.equal(placeLoopMarker(loop(['a', 'd', 'c', 'b']), centres, []).direction, 'counterclockwise');
  });

  it('moves off an obstacle at the centroid to the nearest free point on a spiral, staying inside the ring', () => {
    const obstacle = { x: 150, y: 150, width: 40, height: 40 };
    const spot = placeLoopMarker(loop(['a', 'b', 'c', 'd']), centres, [obstacle]);
    const reach = m.markerRadius + 6;
    assert.ok(!boxesOverlap({ x: spot.x, y: spot.y, width: 2 * reach, height: 2 * reach }, obstacle, 4), 'clear of the obstacle');
    const distance = Math.hypot(spot.x - 150, spot.y - 150);
    assert.ok(distance <= (40 + 2 * reach) / 2 + 4 + 8 + 1e-9, `near: ${distance}`);
    assert.ok(distance > 0, 'moved');
    assert.ok(spot.x > 0 && spot.x < 300 && spot.y > 0 && spot.y < 300, 'inside the ring');
  });

  it('places the marker of a two-factor loop beside it, and falls back to the centroid when nothing is free', () => {
    const two = placeLoopMarker(loop(['a', 'b']), centres, []);
    assert.deepEqual([two.x, two.y, two.direction], [150, 0, 'clockwise']);
    const everywhere = { x: 0, y: 0, width: 5000, height: 5000 };
    const stuck = placeLoopMarker(loop(['a', 'b', 'c', 'd']), centres, [everywhere]);
    assert.deepEqual([stuck.x, stuck.y], [150, 150]);
  });

  it('leaves the ring when nothing inside it is free', () => {
    // A thin ring: its inside is all within reach of the obstacle.
    const thin = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 50, y: 10 }],
    ]);
    const spot = placeLoopMarker(loop(['a', 'b', 'c']), thin, [{ x: 50, y: 3, width: 100, height: 10 }]);
    assert.ok(spot.y < -10 || spot.y > 20 || spot.x < -20 || spot.x > 120, `outside: ${spot.x}, ${spot.y}`);
  });
});

describe('computeCausalLoopDiagram details', () => {
  const triangle = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a'), link('b', 'a', '-'), link('c', 'b', '-')]);
  const labels = [
    ['a', 'Alpha'],
    ['b', 'Beta'],
    ['c', 'Gamma'],
  ] as const;

  it('returns every loop, their codes and the layout when the limit is not reached', () => {
    const diagram = computeCausalLoopDiagram({ graph: triangle, labels }, sevenPx);
    assert.equal(diagram.complete, true);
    assert.equal(diagram.limit, 10_000);
    assert.deepEqual(diagram.loops, findLoops(triangle).loops);
    assert.deepEqual(diagram.codes.map(([, code]) => code).sort(), ['B1', 'B2', 'R1']);
    assert.deepEqual(
      diagram.layout.nodes.map((n) => n.label),
      ['Alpha', 'Beta', 'Gamma'],
    );
  });

  it('passes positions, names, the arrangement and the maximum length on', () => {
    const diagram = computeCausalLoopDiagram(
      {
        graph: triangle,
        labels,
        positions: [
          ['a', { x: 0, y: 0 }],
          ['b', { x: 300, y: 0 }],
          ['c', { x: 150, y: 250 }],
        ],
        named: [{ members: ['a', 'b', 'c'], label: 'R7 Named' }],
        maxLength: 2,
        arrangement: 'circle',
      },
      sevenPx,
    );
    assert.ok(
      diagram.layout.nodes.every((n) => n.pinned),
      'pinned',
    );
    assert.ok(
      diagram.loops.every((l) => l.length <= 2),
      'at most two links',
    );
    const withLoop = computeCausalLoopDiagram({ graph: triangle, labels, named: [{ members: ['a', 'b', 'c'], label: 'R7 Named' }] });
    assert.deepEqual(withLoop.codes.find(([id]) => withLoop.loops.find((l) => l.id === id)!.length === 3)![1], 'R7');
  });

  it('keeps the shortest loops, length by length, when the limit cuts the search short', () => {
    // A complete digraph on 7 factors: loops of every length from 2 to 7.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const dense = graphOf(ids.flatMap((x) => ids.filter((y) => y !== x).map((y) => link(x, y))));
    const all = findLoops(dense).loops;
    const twos = all.filter((l) => l.length === 2).length;
    const diagram = computeCausalLoopDiagram({ graph: dense, labels: [], limit: twos + 3 });
    assert.equal(diagram.complete, false);
    assert.equal(diagram.loops.length, twos + 3);
    assert.deepEqual(
      diagram.loops.map((l) => l.length),
      [...Array(twos).fill(2), 3, 3, 3],
    );
    assert.equal(SHORT_LOOP_LENGTH, 6);
    const capped = computeCausalLoopDiagram({ graph: dense, labels: [], limit: 5, maxLength: 2 });
    assert.deepEqual(
      capped.loops.map((l) => l.length),
      [2, 2, 2, 2, 2],
    );
  });

  it('fills up with the longer loops the search found when short ones run out', () => {
    // 2 loops of length 2 and many long ones; a limit of 5 keeps both short loops and 3 found by the search.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const ring = ids.map((x, i) => link(x, ids[(i + 1) % ids.length]!));
    const chords = [link('a', 'e'), link('e', 'a'), link('c', 'g'), link('g', 'c'), link('b', 'f'), link('d', 'h')];
    const graph = graphOf([...ring, ...chords]);
    const found = findLoops(graph, { limit: 5 });
    assert.equal(found.complete, false);
    const diagram = computeCausalLoopDiagram({ graph, labels: [], limit: 5 });
    assert.equal(diagram.loops.length, 5);
    const lengths = diagram.loops.map((l) => l.length);
    assert.deepEqual(lengths.slice(0, 2), [2, 2], 'short loops first');
    assert.equal(new Set(diagram.loops.map((l) => l.id)).size, 5, 'no loop twice');
  });
});
