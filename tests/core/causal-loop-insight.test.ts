import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CLD_METRICS,
  causalGraphOf,
  factorDegrees,
  findLoops,
  layoutCausalLoops,
  loopMarkerObstacles,
  loopsByFactor,
  loopsThrough,
  normalize,
  placeExtraLoopMarker,
  type CausalGraph,
  type CldLayout,
  type CldLoopMarker,
  type CldNode,
  type Loop,
} from '../../packages/core/src/index.js';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
import { readJson } from './helpers.js';

const link = (id: string, from: string, to: string, polarity: '+' | '-' = '+') => ({ id, from, to, polarity, delay: false });

/** a → b → c → a (R), a → b → a (B through the negative b → a), d alone, e → e. */
const graph: CausalGraph = {
  nodes: ['a', 'b', 'c', 'd', 'e'],
  links: [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('ca', 'c', 'a'), link('ba', 'b', 'a', '-'), link('ee', 'e', 'e')],
};

describe('loopsByFactor', () => {
  it("lists each factor's loops in the order of the input, and leaves out factors in no loop", () => {
    const { loops } = findLoops(graph);
    const byFactor = loopsByFactor(loops);
    const ids = (list: readonly Loop[] | undefined) => list?.map((loop) => loop.members.join('>'));
    assert.deepEqual([...byFactor.keys()].sort(), ['a', 'b', 'c', 'e']);
    assert.deepEqual(ids(byFactor.get('a')), ids(loops.filter((loop) => loop.members.includes('a'))));
    assert.deepEqual(ids(byFactor.get('c')), ['a>b>c']);
    assert.deepEqual(ids(byFactor.get('e')), ['e']);
    assert.equal(byFactor.get('d'), undefined);
    // Reversed input, reversed lists: the order is the caller's, not a sort.
    assert.deepEqual(ids(loopsByFactor([...loops].reverse()).get('b')), ids(byFactor.get('b'))!.reverse());
  });

  it('agrees with loopsThrough for every factor of the Telemark document', () => {
    const { loops } = findLoops(normalize(readJson('examples/data/telemark-agder.json')));
    const byFactor = loopsByFactor(loops);
    for (const [factor, list] of byFactor) assert.deepEqual(list, loopsThrough(loops, factor));
    assert.equal(
      [...byFactor.values()].reduce((sum, list) => sum + list.length, 0),
      loops.reduce((sum, loop) => sum + loop.members.length, 0),
    );
  });
});

describe('factorDegrees', () => {
  it('counts out- and in-links of each factor, zero for one without links, a self-link once each way', () => {
    assert.deepEqual(
      factorDegrees(graph),
      new Map([
        ['a', { out: 1, into: 2 }],
        ['b', { out: 2, into: 1 }],
        ['c', { out: 1, into: 1 }],
        ['d', { out: 0, into: 0 }],
        ['e', { out: 1, into: 1 }],
      ]),
    );
  });

  it('reads a layout (nodes as objects) as well as a graph, and counts parallel links and unknown ends', () => {
    const nodes = [{ id: 'x' }, { id: 'y' }];
    const links = [link('1', 'x', 'y'), link('2', 'x', 'y'), link('3', 'z', 'x')];
    assert.deepEqual(
      factorDegrees({ nodes, links }),
      new Map([
        ['x', { out: 2, into: 1 }],
        ['y', { out: 0, into: 2 }],
        ['z', { out: 1, into: 0 }],
      ]),
    );
  });
});

// A ring of three factors around (0, 0): A at the top, B bottom right, C bottom left.
const node = (id: string, x: number, y: number): CldNode => ({ id, label: id, lines: [id], x, y, width: 40, height: 20, pinned: false });
const ringLayout = (markers: CldLoopMarker[]): CldLayout => ({
  width: 500,
  height: 400,
  fontSize: 14,
  lineHeight: 18,
  focus: { x: 0, y: 0, width: 440, height: 320 },
  nodes: [node('A', 0, -200), node('B', 200, 100), node('C', -200, 100)],
  links: [
    {
      id: 'AB',
      from: 'A',
      to: 'B',
      polarity: '+',
      delay: false,
      evidence: 'stated',
      curve: { x0: 0, y0: 0, cx: 0, cy: 0, x1: 0, y1: 0 },
      glyph: { x: 100, y: -50 },
    },
    {
      id: 'BC',
      from: 'B',
      to: 'C',
      polarity: '+',
      delay: false,
      evidence: 'stated',
      curve: { x0: 0, y0: 0, cx: 0, cy: 0, x1: 0, y1: 0 },
      glyph: { x: 0, y: 100 },
    },
    {
      id: 'CA',
      from: 'C',
      to: 'A',
      polarity: '-',
      delay: false,
      evidence: 'stated',
      curve: { x0: 0, y0: 0, cx: 0, cy: 0, x1: 0, y1: 0 },
      glyph: { x: -100, y: -50 },
    },
  ],
  markers,
  unresolvedLinks: [],
});
const ringLoop: Loop = {
  id: 'ring',
  members: ['A', 'B', 'C'],
  links: ['AB', 'BC', 'CA'],
  polarity: 'B',
  length: 3,
  negativeLinks: 1,
  hasDelay: false,
  evidence: { stated: 3, inferred: 0, unsourced: 0 },
  hypothesised: false,
};
const otherMarker: CldLoopMarker = { loopId: 'other', polarity: 'R', x: 0, y: 0, radius: 16, direction: 'clockwise' };

describe('loopMarkerObstacles', () => {
  it('is every factor box, a glyph-sized box per link and each marker with the room its turning arrow needs', () => {
    assert.equal(CLD_METRICS.glyphRadius, 9);
    assert.equal(CLD_METRICS.markerClearance, 6);
    assert.deepEqual(loopMarkerObstacles(ringLayout([otherMarker])), [
      { x: 0, y: -200, width: 40, height: 20 },
      { x: 200, y: 100, width: 40, height: 20 },
      { x: -200, y: 100, width: 40, height: 20 },
      { x: 100, y: -50, width: 18, height: 18 },
      { x: 0, y: 100, width: 18, height: 18 },
      { x: -100, y: -50, width: 18, height: 18 },
      { x: 0, y: 0, width: 44, height: 44 },
    ]);
  });

  it('is what the layout kept each of its markers clear of', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const layout = layoutCausalLoops({ graph: causalGraphOf(model), loops: findLoops(model).loops });
    assert.ok(layout.markers.length > 1);
    layout.markers.forEach((marker, i) => {
      const reach = marker.radius + CLD_METRICS.markerClearance;
      const box = { x: marker.x, y: marker.y, width: 2 * reach, height: 2 * reach };
      const before = loopMarkerObstacles({ ...layout, markers: layout.markers.slice(0, i) });
      assert.deepEqual(
        before.filter((o) => boxesOverlap(box, o, 4)),
        [],
        marker.loopId,
      );
    });
  });
});

describe('placeExtraLoopMarker', () => {
  it('puts the marker of a loop without one at the centre of its ring when that is free, turning the way the loop runs', () => {
    assert.deepEqual(placeExtraLoopMarker(ringLayout([]), ringLoop), {
      loopId: 'ring',
      polarity: 'B',
      x: 0,
      y: 0,
      radius: 16,
      direction: 'clockwise',
    });
  });

  it("moves out along a spiral until it clears another marker's face and turning arrow", () => {
    // The other marker keeps 2 × (16 + 6) = 44 px; with the 4 px gap the new one's centre must be 48 px away.
    assert.deepEqual(placeExtraLoopMarker(ringLayout([otherMarker]), ringLoop), {
      loopId: 'ring',
      polarity: 'B',
      x: 48,
      y: 0,
      radius: 16,
      direction: 'clockwise',
    });
  });

  it('turns counterclockwise for a loop running the other way round', () => {
    const reversed = { ...ringLoop, members: ['A', 'C', 'B'] };
    assert.equal(placeExtraLoopMarker(ringLayout([]), reversed)?.direction, 'counterclockwise');
  });

  it('gives nothing when the layout already has a marker for the loop', () => {
    assert.equal(placeExtraLoopMarker(ringLayout([{ ...otherMarker, loopId: 'ring' }]), ringLoop), undefined);
  });
});
