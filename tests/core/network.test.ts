import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import * as graphologyLouvainModule from 'graphology-communities-louvain';
import * as graphologyBetweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as graphologyModularityModule from 'graphology-metrics/graph/modularity.js';
import { lcg } from '../../packages/core/src/geometry/random.js';
import {
  betweennessCentrality,
  buildActorNetwork,
  compactGraph,
  louvain,
  modularity,
  networkMetrics,
  type WeightedEdge,
} from '../../packages/core/src/actor-network/index.js';
import { readJson } from './helpers.js';

const actor = (id: string, level = 'local', sector = 'public') => ({ id, kind: 'actor', label: id.toUpperCase(), level, sector });
const initiative = (id: string) => ({ id, kind: 'initiative', label: id });
/** A CommonJS module's export, whichever way the loader hands it over. */
const commonJs = (module: unknown) => {
  const candidate = (module as { default?: unknown }).default;
  return typeof candidate === 'function' ? candidate : module;
};
const doc = (elements: unknown[], relations: unknown[]) => normalize({ floke: '1.0', title: 't', elements, relations });

describe('buildActorNetwork', () => {
  it('projects shared initiatives to weighted actor ties, keeping the topics and initiatives', () => {
    const model = doc(
      [actor('a'), actor('b'), actor('c'), initiative('i1'), initiative('i2')],
      [
        { from: 'a', to: 'i1', type: 'leads', about: 'oppfølging' },
        { from: 'b', to: 'i1', type: 'participates', about: 'skole' },
        { from: 'a', to: 'i2', type: 'leads' },
        { from: 'b', to: 'i2', type: 'participates' },
        { from: 'c', to: 'i2', type: 'participates' },
        { from: 'a', to: 'b', type: 'collaborates', about: 'data' },
      ],
    );
    const network = buildActorNetwork(model, 'actors');
    assert.deepEqual(
      network.nodes.map((n) => n.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(network.ties, [
      {
        source: 'a',
        target: 'b',
        weight: 3,
        types: ['collaborates', 'shared-initiative'],
        initiatives: ['i1', 'i2'],
        topics: ['data', 'oppfølging', 'skole'],
        periods: [{ initiative: 'i1' }, { initiative: 'i2' }],
      },
      {
        source: 'a',
        target: 'c',
        weight: 1,
        types: ['shared-initiative'],
        initiatives: ['i2'],
        topics: [],
        periods: [{ initiative: 'i2' }],
      },
      {
        source: 'b',
        target: 'c',
        weight: 1,
        types: ['shared-initiative'],
        initiatives: ['i2'],
        topics: [],
        periods: [{ initiative: 'i2' }],
      },
    ]);
  });

  it('keeps initiatives as nodes in two-mode', () => {
    const model = doc(
      [actor('a'), actor('b'), initiative('i1')],
      [
        { from: 'a', to: 'i1', type: 'leads' },
        { from: 'b', to: 'i1', type: 'participates' },
      ],
    );
    const network = buildActorNetwork(model, 'two-mode');
    assert.equal(network.nodes.length, 3);
    assert.deepEqual(
      network.ties.map((t) => `${t.source}-${t.target}:${t.types.join(',')}`),
      ['a-i1:leads', 'b-i1:participates'],
    );
  });

  it('builds the Telemark network with every actor', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const network = buildActorNetwork(model);
    assert.equal(network.nodes.length, model.elements.filter((e) => e.kind === 'actor').length);
    assert.ok(network.ties.length > 100);
  });
});

describe('networkMetrics', () => {
  it('gives the middle of a path the highest betweenness, and the ends none', () => {
    const model = doc(
      ['a', 'b', 'c', 'd', 'e'].map((id) => actor(id)),
      [
        { from: 'a', to: 'b', type: 'collaborates' },
        { from: 'b', to: 'c', type: 'collaborates' },
        { from: 'c', to: 'd', type: 'collaborates' },
        { from: 'd', to: 'e', type: 'collaborates' },
      ],
    );
    const metrics = networkMetrics(buildActorNetwork(model));
    // Normalized Brandes betweenness of a 5-path: b and d lie on 3 of 6 pairs' paths, c on 4.
    assert.deepEqual(
      ['a', 'b', 'c', 'd', 'e'].map((id) => Number(metrics.nodes.get(id)!.betweenness.toFixed(3))),
      [0, 0.5, 0.667, 0.5, 0],
    );
    assert.deepEqual(
      ['a', 'b', 'c'].map((id) => metrics.nodes.get(id)!.degree),
      [1, 2, 2],
    );
  });

  it('finds two communities in two cliques joined by one bridge, the bridge ends as brokers, and isolates', () => {
    const left = ['a1', 'a2', 'a3', 'a4'];
    const right = ['b1', 'b2', 'b3', 'b4'];
    const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => ({ from: x, to: y, type: 'collaborates' })));
    const model = doc(
      [...left.map((id) => actor(id, 'local')), ...right.map((id) => actor(id, 'regional', 'voluntary')), actor('alone')],
      [...clique(left), ...clique(right), { from: 'a1', to: 'b1', type: 'collaborates' }],
    );
    const metrics = networkMetrics(buildActorNetwork(model), { seed: 3 });
    const community = (id: string) => metrics.nodes.get(id)!.community;
    assert.ok(left.every((id) => community(id) === community('a1')));
    assert.ok(right.every((id) => community(id) === community('b1')));
    assert.notEqual(community('a1'), community('b1'));
    const ranked = [...metrics.nodes].sort((x, y) => y[1].betweenness - x[1].betweenness).map(([id]) => id);
    assert.deepEqual(ranked.slice(0, 2).sort(), ['a1', 'b1']);
    assert.deepEqual(metrics.isolates, ['alone']);
    assert.equal(metrics.crossLevelTies, 1);
    assert.equal(metrics.crossSectorTies, 1);
  });

  it('repeats the same communities for the same seed', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const network = buildActorNetwork(model);
    assert.deepEqual(networkMetrics(network, { seed: 5 }), networkMetrics(network, { seed: 5 }));
  });
});

describe('betweennessCentrality', () => {
  const graphologyBetweenness = commonJs(graphologyBetweennessModule) as (
    graph: UndirectedGraph,
    options: { normalized: boolean },
  ) => Record<string, number>;

  it('equals graphology-metrics on random graphs, including disconnected ones', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) => fc.record({ n: fc.constant(n), edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }) })),
        ({ n, edges }) => {
          const ours = betweennessCentrality(compactGraph(n, edges));
          const graph = new UndirectedGraph();
          for (let i = 0; i < n; i++) graph.addNode(String(i));
          for (const [a, b] of edges) if (a !== b && !graph.hasEdge(String(a), String(b))) graph.addEdge(String(a), String(b));
          const theirs = graphologyBetweenness(graph, { normalized: true });
          for (let i = 0; i < n; i++) assert.ok(Math.abs(ours[i]! - (theirs[String(i)] ?? 0)) < 1e-9, `node ${i}`);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('estimates from pivots: exact when every node is a pivot, repeatable, and close on a large graph', () => {
    const edges: [number, number][] = [];
    const random = lcg(11);
    for (let i = 0; i < 1200; i++) edges.push([Math.floor(random() * 300), Math.floor(random() * 300)]);
    const graph = compactGraph(300, edges);
    const exact = betweennessCentrality(graph);
    assert.deepEqual(betweennessCentrality(graph, { pivots: 300 }), exact);
    const estimate = betweennessCentrality(graph, { pivots: 150, seed: 2 });
    assert.deepEqual(betweennessCentrality(graph, { pivots: 150, seed: 2 }), estimate);
    const top = (scores: Float64Array) => [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, 10);
    const shared = top(exact).filter((i) => top(estimate).includes(i)).length;
    assert.ok(shared >= 7, `top-10 brokers shared: ${shared}`);
  });

  it('names the brokers: nodes far above the mean', () => {
    // A star of stars: the hub bridges everything.
    const elements = [actor('hub'), ...[0, 1, 2].flatMap((s) => [actor(`s${s}`), ...[0, 1, 2].map((l) => actor(`s${s}l${l}`))])];
    const relations = [0, 1, 2].flatMap((s) => [
      { from: 'hub', to: `s${s}`, type: 'collaborates' },
      ...[0, 1, 2].map((l) => ({ from: `s${s}`, to: `s${s}l${l}`, type: 'collaborates' })),
    ]);
    const metrics = networkMetrics(buildActorNetwork(doc(elements, relations)));
    assert.equal(metrics.betweennessExact, true);
    assert.deepEqual(metrics.brokers, ['hub']);
  });
});

describe('louvain', () => {
  const graphologyLouvain = commonJs(graphologyLouvainModule) as {
    detailed: (graph: UndirectedGraph, options: { rng: () => number; getEdgeWeight: string }) => { modularity: number; count: number };
  };
  const graphologyModularity = commonJs(graphologyModularityModule) as (
    graph: UndirectedGraph,
    options: { getNodeCommunity: (node: string) => number; getEdgeWeight: string },
  ) => number;

  /** A planted partition: `groups` groups of `size`, dense inside, sparse between. */
  function planted(groups: number, size: number, seed: number): { order: number; edges: WeightedEdge[]; graph: UndirectedGraph } {
    const random = lcg(seed);
    const order = groups * size;
    const graph = new UndirectedGraph();
    for (let i = 0; i < order; i++) graph.addNode(String(i));
    const edges: WeightedEdge[] = [];
    for (let a = 0; a < order; a++)
      for (let b = a + 1; b < order; b++) {
        const same = Math.floor(a / size) === Math.floor(b / size);
        if (random() < (same ? 0.3 : 0.02)) {
          const weight = 1 + Math.floor(random() * 3);
          edges.push({ source: a, target: b, weight });
          graph.addEdge(String(a), String(b), { weight });
        }
      }
    return { order, edges, graph };
  }

  it('computes modularity as graphology-metrics does', () => {
    const { order, edges, graph } = planted(4, 15, 3);
    const partition = Array.from({ length: order }, (_, i) => i % 5);
    const theirs = graphologyModularity(graph, { getNodeCommunity: (node) => partition[Number(node)]!, getEdgeWeight: 'weight' });
    assert.ok(Math.abs(modularity(order, edges, partition) - theirs) < 1e-9);
  });

  it('finds planted cliques joined by single ties exactly', () => {
    const edges: WeightedEdge[] = [];
    for (let g = 0; g < 4; g++) {
      for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) edges.push({ source: g * 6 + a, target: g * 6 + b, weight: 1 });
      edges.push({ source: g * 6, target: ((g + 1) % 4) * 6 + 1, weight: 1 });
    }
    const { communities, count } = louvain(24, edges, { seed: 9 });
    assert.equal(count, 4);
    for (let i = 0; i < 24; i++) assert.equal(communities[i], communities[Math.floor(i / 6) * 6], `node ${i}`);
  });

  it('reaches the modularity graphology-communities-louvain reaches, and repeats for a seed', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { order, edges, graph } = planted(3 + (seed % 4), 12 + seed, seed);
      const ours = louvain(order, edges, { seed });
      const theirs = graphologyLouvain.detailed(graph, { rng: lcg(seed), getEdgeWeight: 'weight' });
      assert.ok(ours.modularity >= theirs.modularity - 0.01, `seed ${seed}: ${ours.modularity} vs ${theirs.modularity}`);
      assert.deepEqual(louvain(order, edges, { seed }), ours);
    }
  });

  it('leaves every node alone in a graph without ties', () => {
    assert.deepEqual([...louvain(3, []).communities], [0, 1, 2]);
  });
});
