/**
 * Golden layouts: what each view draws for the example documents (and seeded generated ones), rounded to 0.1 px
 * and compared with `tests/core/snapshots/*.json`. Property tests elsewhere say a layout is readable; these say it
 * did not move. A change that is meant to move things updates the files with `UPDATE_SNAPSHOTS=1` (see snapshot.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  layoutHorizons,
  layoutIceberg,
  normalize,
  type CausalLoopDiagram,
  type HorizonsLayout,
  type NormalizedDocument,
} from '../../packages/core/src/index.js';
import { approximateTextWidth } from '../../packages/core/src/geometry/text-measure.js';
import {
  buildActorNetwork,
  layoutActorNetwork,
  louvain,
  networkMetrics,
  type ActorNetwork,
  type NetworkLayout,
  type NetworkMetrics,
  type NetworkMode,
  type WeightedEdge,
} from '../../packages/core/src/actor-network/index.js';
import { generateActorDocument, generateCausalDocument } from '../fixtures/generate-document.js';
import { readJson } from './helpers.js';
import { assertSnapshot, firstDifference, plain } from './snapshot.js';

// Documents are read and normalized inside each test, not while the file loads, so mutation testing (which runs
// tests in one process) can tell which tests reach which code.
const documents: readonly (readonly [string, () => NormalizedDocument])[] = [
  ['telemark-agder', () => normalize(readJson('examples/data/telemark-agder.json'))],
  ['minimal', () => normalize(readJson('examples/data/minimal.json'))],
];
const generatedCausal = () => normalize(generateCausalDocument(30, 60, 3));
const generatedActors = () => normalize(generateActorDocument(80, 200, 4));
/** The text measure every golden layout uses (the one Node layouts default to), named so it cannot drift silently. */
const textWidth = approximateTextWidth;

/** Curves and periods are sampled every 2 px; every 10th point (and the last) pins their shape at a tenth of the size. */
function horizonsDrawing(layout: HorizonsLayout) {
  const thin = (points: readonly { x: number; y: number }[]) => points.filter((_, i) => i % 10 === 0 || i === points.length - 1);
  return {
    ...layout,
    curves: { H1: thin(layout.curves.H1), H2: thin(layout.curves.H2), H3: thin(layout.curves.H3) },
    elements: layout.elements.map((e) => ({ ...e, period: e.period && thin(e.period) })),
  };
}

/** What `<floke-causal-loops>` draws, from the input the element builds (`causalLoopDiagramInput`). */
function causalLoopDiagram(model: NormalizedDocument, arrangement?: 'circle'): CausalLoopDiagram {
  return computeCausalLoopDiagram(causalLoopDiagramInput(model, arrangement ? { arrangement } : {}), textWidth);
}

interface NetworkDrawing {
  network: ActorNetwork;
  metrics: NetworkMetrics;
  layout: NetworkLayout;
}

/** Network, metrics and layout as `computeActorNetworkView` makes them: one seed for Louvain and the layout. */
function networkDrawing(model: NormalizedDocument, mode: NetworkMode, seed: number): NetworkDrawing {
  const network = buildActorNetwork(model, mode);
  const metrics = networkMetrics(network, { seed });
  const levels = model.views.network.levels.map((level) => level.id);
  const layout = layoutActorNetwork(network, metrics, { seed, textWidth, ...(levels.length ? { levels } : {}) });
  return { network, metrics, layout };
}

/** What the network view shows of the metrics: symbol sizes, communities, brokers (ringed), the counts in its summary. */
function drawnMetrics(metrics: NetworkMetrics) {
  return {
    ...metrics,
    modularityPerMille: Math.round(metrics.modularity * 1000),
    modularity: undefined,
    nodes: Object.fromEntries([...metrics.nodes].map(([id, m]) => [id, { ...m, betweennessPerMille: Math.round(m.betweenness * 1000) }])),
  };
}

describe('golden layouts', () => {
  for (const [name, model] of documents) {
    it(`layoutIceberg draws ${name} as before`, () => {
      assertSnapshot(`iceberg-${name}`, layoutIceberg(model(), { width: 960, textWidth }));
    });

    it(`layoutHorizons draws ${name} as before at 960 px`, () => {
      assertSnapshot(`horizons-${name}`, horizonsDrawing(layoutHorizons(model(), { width: 960, textWidth })));
    });
  }

  for (const [name, model, arrangement] of [
    ...documents,
    ['generated-30-60-3', generatedCausal],
    // 3 links per factor: dense, so `auto` arranges the factors on a circle.
    ['generated-20-60-5', () => normalize(generateCausalDocument(20, 60, 5))],
    ['telemark-agder-circle', documents[0]![1], 'circle'],
  ] as const) {
    it(`computeCausalLoopDiagram draws ${name} as before: factors, links, loop markers and codes`, () => {
      const { layout, loops, codes, complete, limit } = causalLoopDiagram(model(), arrangement);
      const code = new Map(codes);
      // Each loop as its code, polarity sign, name and members in order: what the loop panel lists.
      const listed = loops.map((l) => [code.get(l.id), l.polarity, l.name ?? null, l.hasDelay, l.members.join(' → ')]);
      // Dense diagrams have hundreds of loops: the first 60 pin the order, the count the rest.
      assertSnapshot(`causal-loops-${name}`, { layout, loops: listed.slice(0, 60), loopCount: loops.length, complete, limit });
    });
  }

  for (const [name, model] of [...documents, ['generated-80-200-4', generatedActors] as const])
    for (const mode of ['actors', 'two-mode'] as const) {
      it(`buildActorNetwork finds the nodes and ties of ${name} (${mode}) as before`, () => {
        assertSnapshot(`network-${name}-${mode}`, buildActorNetwork(model(), mode));
      });

      it(`the actor network of ${name} (${mode}) is drawn as before with seed 1`, () => {
        const { metrics, layout } = networkDrawing(model(), mode, 1);
        assertSnapshot(`network-${name}-${mode}-seed-1`, { metrics: drawnMetrics(metrics), layout });
      });

      it(`the actor network of ${name} (${mode}) is drawn as before with seed 2`, () => {
        const { metrics, layout } = networkDrawing(model(), mode, 2);
        assertSnapshot(`network-${name}-${mode}-seed-2`, { metrics: drawnMetrics(metrics), layout });
      });
    }
});

describe('seeds', () => {
  const [, telemarkDocument] = documents[0]!;

  it('layoutActorNetwork places nodes differently for another seed, with the same communities', () => {
    const network = buildActorNetwork(telemarkDocument(), 'actors');
    const metrics = networkMetrics(network, { seed: 1 });
    const at = (seed: number) => plain(layoutActorNetwork(network, metrics, { seed, textWidth }).nodes.map((n) => [n.x, n.y]));
    assert.deepEqual(at(1), at(1), 'the same seed repeats');
    assert.notDeepEqual(at(1), at(2));
    assert.notDeepEqual(at(2), at(3));
  });

  it('the whole network drawing depends on the seed', () => {
    for (const mode of ['actors', 'two-mode'] as const) {
      const telemark = telemarkDocument();
      const one = networkDrawing(telemark, mode, 1);
      const two = networkDrawing(telemark, mode, 2);
      assert.notDeepEqual(plain(one.layout.nodes), plain(two.layout.nodes), mode);
    }
  });

  it('louvain lets the seed choose among equally good partitions of a ring', () => {
    // On a ring every rotation of a partition is as good; the seeded visiting order picks one.
    const ring: WeightedEdge[] = Array.from({ length: 9 }, (_, i) => ({ source: i, target: (i + 1) % 9, weight: 1 }));
    const partition = (seed: number) => Array.from(louvain(9, ring, { seed }).communities).join('');
    assert.equal(partition(1), '000111222');
    assert.equal(partition(3), '011122200');
    assert.equal(partition(7), '001112220');
    assert.equal(louvain(9, ring, { seed: 1 }).modularity, louvain(9, ring, { seed: 3 }).modularity);
    assert.equal(louvain(9, ring, { seed: 1 }).count, 3);
  });
});

describe('snapshot helper', () => {
  it('rounds to 0.1, sorts keys and names the first differing path', () => {
    assert.deepEqual(plain({ b: 1.26, a: [new Map([['k', -0.01]])], c: undefined }), { a: [{ k: 0 }], b: 1.3 });
    assert.equal(firstDifference({ a: [1, { x: 'p' }] }, { a: [1, { x: 'p' }] }), undefined);
    assert.equal(firstDifference({ a: [1, { x: 2 }] }, { a: [1, { x: 5 }] }), '$.a[1].x: expected 2, got 5');
    assert.equal(firstDifference({ a: [1] }, { a: [1, 2] }), '$.a[1]: expected nothing, got 2');
    assert.equal(firstDifference({ a: 'x' }, { b: 'x' }), '$.a: expected "x", got nothing');
  });
});
