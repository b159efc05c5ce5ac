import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import {
  BETWEENNESS_PIVOTS,
  EXACT_BETWEENNESS_LIMIT,
  NETWORK_NODE_METRICS,
  betweennessCentrality,
  buildActorNetwork,
  compactGraph,
  computeActorNetworkView,
  filterNetwork,
  layoutActorNetwork,
  louvain,
  modularity,
  networkMetrics,
  type ActorNetwork,
  type NetworkLayout,
  type NetworkMetrics,
  type NetworkNode,
} from '../../packages/core/src/actor-network/index.js';
import { assertNear } from './near.js';

const m = NETWORK_NODE_METRICS;
const actor = (id: string, level?: string, sector?: string, label = id.toUpperCase()) => ({
  id,
  kind: 'actor',
  label,
  ...(level ? { level } : {}),
  ...(sector ? { sector } : {}),
});
const initiative = (id: string, level?: string) => ({ id, kind: 'initiative', label: id, ...(level ? { level } : {}) });
const tie = (from: string, to: string, type = 'collaborates', about?: string) => ({ from, to, type, ...(about ? { about } : {}) });
const doc = (elements: unknown[], relations: unknown[], views?: unknown) =>
  normalize({ floke: '1.0', title: 't', elements, relations, ...(views ? { views } : {}) });
/** 6 px per character. */
const sixPx = (text: string) => text.length * 6;

/** A hand-made network (no document needed), with metrics that give every node the degree and community asked for. */
function handMade(
  nodes: (Partial<NetworkNode> & { id: string })[],
  ties: [string, string, number?][],
  communities: Record<string, number> = {},
): { network: ActorNetwork; metrics: NetworkMetrics } {
  const network: ActorNetwork = {
    mode: 'actors',
    nodes: nodes.map((n) => ({ label: n.id, kind: 'actor', initiatives: [], members: [], topics: [], ...n })),
    ties: ties.map(([source, target, weight = 1]) => ({
      source,
      target,
      weight,
      types: ['collaborates'],
      initiatives: [],
      periods: [],
      topics: [],
    })),
  };
  const metrics = networkMetrics(network);
  const nodeMetrics = new Map([...metrics.nodes].map(([id, value]) => [id, { ...value, community: communities[id] ?? value.community }]));
  return { network, metrics: { ...metrics, nodes: nodeMetrics } };
}
const placed = (layout: NetworkLayout, id: string) => layout.nodes.find((n) => n.id === id)!;

describe('buildActorNetwork details', () => {
  it('keeps level and sector, lists initiatives and members in id order, and the topics of ties and memberships', () => {
    const model = doc(
      [actor('b', 'local', 'public'), actor('a', 'regional'), initiative('i2'), initiative('i1'), { id: 'f', kind: 'factor', label: 'F' }],
      [
        tie('a', 'i2', 'leads', 'skole'),
        tie('a', 'i1', 'participates'),
        tie('b', 'i1', 'participates', 'helse'),
        tie('a', 'b', 'informs', 'data'),
        tie('a', 'f', 'funds', 'penger'),
      ],
    );
    const [b, a] = buildActorNetwork(model, 'actors').nodes;
    assert.deepEqual(a, {
      id: 'a',
      label: 'A',
      kind: 'actor',
      level: 'regional',
      initiatives: ['i1', 'i2'],
      members: [],
      topics: ['data', 'penger', 'skole'],
    });
    assert.deepEqual(b, {
      id: 'b',
      label: 'B',
      kind: 'actor',
      level: 'local',
      sector: 'public',
      initiatives: ['i1'],
      members: [],
      topics: ['data', 'helse'],
    });
    const two = buildActorNetwork(model, 'two-mode');
    assert.deepEqual(
      two.nodes.map((n) => [n.id, n.kind, n.members]),
      [
        ['b', 'actor', []],
        ['a', 'actor', []],
        ['i2', 'initiative', ['a']],
        ['i1', 'initiative', ['a', 'b']],
      ],
    );
    assert.equal(two.mode, 'two-mode');
  });

  it('ties nodes directly by collaborates, funds and informs, counting each relation, in id order, never to itself', () => {
    const model = doc(
      [actor('a'), actor('b'), actor('c')],
      [
        tie('b', 'a', 'collaborates', 'x'),
        tie('a', 'b', 'funds', 'y'),
        tie('c', 'c', 'informs'),
        tie('c', 'a', 'informs'),
        tie('a', 'c', 'causes'),
      ],
    );
    assert.deepEqual(buildActorNetwork(model).ties, [
      { source: 'a', target: 'b', weight: 2, types: ['collaborates', 'funds'], initiatives: [], periods: [], topics: ['x', 'y'] },
      { source: 'a', target: 'c', weight: 1, types: ['informs'], initiatives: [], periods: [], topics: [] },
    ]);
  });

  it('counts a shared initiative once per pair, however many relations say so, and only actor-to-initiative memberships', () => {
    const model = doc(
      [actor('a'), actor('b'), initiative('i')],
      [tie('a', 'i', 'leads', 'p'), tie('a', 'i', 'participates', 'q'), tie('b', 'i', 'participates'), tie('i', 'b', 'leads')],
    );
    const [only] = buildActorNetwork(model).ties;
    assert.deepEqual(only, {
      source: 'a',
      target: 'b',
      weight: 1,
      types: ['shared-initiative'],
      initiatives: ['i'],
      periods: [{ initiative: 'i' }],
      topics: ['p'],
    });
    const twoMode = buildActorNetwork(model, 'two-mode').ties;
    assert.deepEqual(
      twoMode.map((t) => [t.source, t.target, t.weight, t.types]),
      [
        ['a', 'i', 2, ['leads', 'participates']],
        ['b', 'i', 2, ['leads', 'participates']],
      ],
    );
  });
});

describe('filterNetwork details', () => {
  const model = doc(
    [actor('a', 'local', 'public'), actor('b', 'regional'), actor('c'), initiative('i'), initiative('j')],
    [tie('a', 'b', 'collaborates', 'skole'), tie('b', 'c', 'collaborates', 'helse'), tie('a', 'i', 'leads'), tie('c', 'j', 'leads')],
  );

  it('shows everything when the filter is empty', () => {
    const network = buildActorNetwork(model, 'two-mode');
    const all = filterNetwork(network, {});
    assert.deepEqual(all.nodes, [true, true, true, true, true]);
    assert.deepEqual(all.ties, [true, true, true, true]);
    assert.equal(all.visibleNodeCount, 5);
  });

  it("matches nodes without a level or sector with '', and lets initiatives through a sector filter", () => {
    const network = buildActorNetwork(model, 'two-mode');
    assert.deepEqual(filterNetwork(network, { levels: [''] }).nodes, [false, false, true, true, true]);
    assert.deepEqual(filterNetwork(network, { sectors: [''] }).nodes, [false, true, true, true, true]);
    assert.deepEqual(filterNetwork(network, { sectors: ['public'] }).nodes, [true, false, false, true, true]);
    assert.deepEqual(filterNetwork(network, { levels: [] }).visibleNodeCount, 0, 'an empty list shows nothing');
  });

  it('shows an actor when any of its initiatives is chosen, and hides ties to hidden nodes', () => {
    const network = buildActorNetwork(model, 'two-mode');
    const visible = filterNetwork(network, { initiatives: ['j'] });
    assert.deepEqual(visible.nodes, [false, false, true, false, true]);
    assert.deepEqual(visible.ties, [false, false, false, true]);
    assert.equal(visible.visibleNodeCount, 2);
  });

  it('keeps ties about a chosen topic and only the nodes they join, within the other criteria', () => {
    const network = buildActorNetwork(model, 'actors');
    assert.deepEqual(filterNetwork(network, { topics: ['skole'] }).nodes, [true, true, false]);
    const both = filterNetwork(network, { topics: ['skole', 'helse'], levels: ['regional', ''] });
    assert.deepEqual(both.nodes, [false, true, true]);
    assert.deepEqual(both.ties, [false, true]);
    assert.equal(filterNetwork(network, { topics: ['nothing'] }).visibleNodeCount, 0);
  });
});

describe('networkMetrics details', () => {
  it('counts degree and strength over distinct ties, ignoring ties to unknown nodes and to itself', () => {
    const { network } = handMade(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        ['a', 'b', 3],
        ['a', 'c', 1],
        ['a', 'a', 5],
        ['a', 'x', 2],
      ],
    );
    const metrics = networkMetrics(network);
    assert.deepEqual(
      ['a', 'b', 'c'].map((id) => [metrics.nodes.get(id)!.degree, metrics.nodes.get(id)!.strength]),
      [
        [2, 4],
        [1, 3],
        [1, 1],
      ],
    );
    assert.deepEqual(metrics.isolates, []);
  });

  it('counts ties across levels and sectors only where both ends have one', () => {
    const model = doc(
      [actor('a', 'local', 'public'), actor('b', 'regional', 'public'), actor('c', 'local'), actor('d')],
      [tie('a', 'b'), tie('a', 'c'), tie('b', 'c'), tie('c', 'd')],
    );
    const metrics = networkMetrics(buildActorNetwork(model));
    assert.equal(metrics.crossLevelTies, 2);
    assert.equal(metrics.crossSectorTies, 0);
  });

  it('numbers communities by size, largest first, then by smallest member id', () => {
    const model = doc(
      ['p', 'q', 'r', 'x', 'y', 'z', 'w', 'm', 'n'].map((id) => actor(id)),
      [tie('x', 'y'), tie('y', 'z'), tie('z', 'x'), tie('z', 'w'), tie('w', 'x'), tie('p', 'q'), tie('m', 'n')],
    );
    const metrics = networkMetrics(buildActorNetwork(model));
    const community = (id: string) => metrics.nodes.get(id)!.community;
    assert.deepEqual(['w', 'x', 'y', 'z', 'm', 'n', 'p', 'q', 'r'].map(community), [0, 0, 0, 0, 1, 1, 2, 2, 3]);
    assert.equal(metrics.communityCount, 4);
    assert.deepEqual(metrics.isolates, ['r']);
    assert.ok(metrics.modularity > 0.3, `clear groups: ${metrics.modularity}`);
  });

  it('names no brokers in a network without ties, and none in an empty network', () => {
    const apart = doc(
      ['a', 'b', 'c'].map((id) => actor(id)),
      [],
    );
    assert.deepEqual(networkMetrics(buildActorNetwork(apart)).brokers, []);
    const empty = networkMetrics({ mode: 'actors', nodes: [], ties: [] });
    assert.deepEqual([empty.brokers, empty.isolates, empty.communityCount, empty.modularity], [[], [], 0, 0]);
  });

  it('ranks brokers by betweenness, then id', () => {
    // Two hubs with equal betweenness, bridging three groups of leaves.
    const leaves = (hub: string) => [0, 1, 2, 3, 4, 5].map((i) => `${hub}${i}`);
    const model = doc(
      ['h', 'k', ...leaves('h'), ...leaves('k')].map((id) => actor(id)),
      [tie('k', 'h'), ...leaves('h').map((l) => tie('h', l)), ...leaves('k').map((l) => tie('k', l))],
    );
    assert.deepEqual(networkMetrics(buildActorNetwork(model)).brokers, ['h', 'k']);
  });

  it('estimates betweenness from pivots above the limit, unless asked for exact values', () => {
    assert.equal(EXACT_BETWEENNESS_LIMIT, 1000);
    assert.equal(BETWEENNESS_PIVOTS, 500);
    const nodes = Array.from({ length: 1001 }, (_, i) => ({ id: `n${String(i).padStart(4, '0')}` }));
    const ties = nodes.slice(1).map((n, i) => [nodes[i]!.id, n.id] as [string, string]);
    const { network } = handMade(nodes, ties);
    const estimated = networkMetrics(network);
    assert.equal(estimated.betweennessExact, false);
    const exact = networkMetrics(network, { exactBetweenness: true });
    assert.equal(exact.betweennessExact, true);
    // On a path, node 100 lies between the 100 nodes before it and the 900 after it.
    assertNear(exact.nodes.get('n0100')!.betweenness, (100 * 900) / ((1000 * 999) / 2), 1e-9, 'exact betweenness on a path');
    const estimate = estimated.nodes.get('n0100')!.betweenness;
    assert.notEqual(estimate, exact.nodes.get('n0100')!.betweenness);
    assertNear(estimate, exact.nodes.get('n0100')!.betweenness, 0.05, 'an estimate near the exact value');
    assert.notEqual(networkMetrics(network, { seed: 2 }).nodes.get('n0100')!.betweenness, estimate, 'the seed picks the pivots');
    const small = handMade(nodes.slice(0, 1000), ties.slice(0, 999)).network;
    assert.equal(networkMetrics(small).betweennessExact, true);
  });
});

describe('betweennessCentrality details', () => {
  it('is zero for graphs of fewer than three nodes', () => {
    assert.deepEqual([...betweennessCentrality(compactGraph(2, [[0, 1]]))], [0, 0]);
  });

  it('gives the centre of a star all shortest paths, and normalizes by the pairs of other nodes', () => {
    const star = compactGraph(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    assert.deepEqual([...betweennessCentrality(star)], [1, 0, 0, 0, 0]);
  });

  it('splits a pair between equally short paths', () => {
    // A square: 0-1-2-3-0; the pair 0,2 goes through 1 or 3, the pair 1,3 through 0 or 2.
    const square = compactGraph(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    for (const score of betweennessCentrality(square)) assertNear(score, 0.5 / 3, 1e-12, 'each node');
  });

  it('uses at least one pivot, and the same pivots for the same seed', () => {
    const path = compactGraph(
      50,
      Array.from({ length: 49 }, (_, i) => [i, i + 1] as const),
    );
    const one = betweennessCentrality(path, { pivots: 0.2, seed: 4 });
    assert.ok(
      [...one].some((x) => x > 0),
      'one pivot still counts paths',
    );
    assert.deepEqual(betweennessCentrality(path, { pivots: 5, seed: 4 }), betweennessCentrality(path, { pivots: 5, seed: 4 }));
    assert.notDeepEqual(betweennessCentrality(path, { pivots: 5, seed: 4 }), betweennessCentrality(path, { pivots: 5, seed: 5 }));
    assert.notDeepEqual(betweennessCentrality(path, { pivots: 5 }), betweennessCentrality(path, { pivots: 6 }));
  });
});

describe('compactGraph', () => {
  it('keeps each undirected pair once, drops self-loops, and lists neighbours in edge order', () => {
    const graph = compactGraph(4, [
      [0, 1],
      [1, 0],
      [2, 2],
      [1, 2],
      [0, 3],
    ]);
    assert.deepEqual([...graph.offsets], [0, 2, 4, 5, 6]);
    assert.deepEqual([...graph.targets], [1, 3, 0, 2, 1, 0]);
    assert.equal(graph.order, 4);
  });
});

describe('louvain details', () => {
  it('ignores self-loops and numbers communities by first appearance', () => {
    const edges = [
      { source: 3, target: 4, weight: 1 },
      { source: 4, target: 5, weight: 1 },
      { source: 5, target: 3, weight: 1 },
      { source: 0, target: 1, weight: 1 },
      { source: 1, target: 2, weight: 1 },
      { source: 2, target: 0, weight: 1 },
      { source: 2, target: 3, weight: 0.1 },
      { source: 0, target: 0, weight: 50 },
    ];
    const result = louvain(6, edges);
    assert.deepEqual([...result.communities], [0, 0, 0, 1, 1, 1]);
    assert.equal(result.count, 2);
    assertNear(result.modularity, modularity(6, edges, result.communities), 1e-12, 'modularity of the partition');
    assertNear(result.modularity, 6 / 6.1 - 2 * (6.1 / 12.2) ** 2, 1e-12, 'by the formula');
  });

  it('finds fewer, larger communities at a low resolution and more at a high one', () => {
    // Four triangles in a ring, each joined to the next by one tie.
    const edges = [0, 1, 2, 3].flatMap((g) => [
      { source: 3 * g, target: 3 * g + 1, weight: 1 },
      { source: 3 * g + 1, target: 3 * g + 2, weight: 1 },
      { source: 3 * g + 2, target: 3 * g, weight: 1 },
      { source: 3 * g + 2, target: (3 * g + 3) % 12, weight: 1 },
    ]);
    assert.equal(louvain(12, edges).count, 4);
    assert.deepEqual([...louvain(12, edges).communities], [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
    assert.equal(louvain(12, edges, { resolution: 0.1 }).count, 1);
    assert.equal(louvain(12, edges, { resolution: 0.3 }).count, 2);
    assert.equal(louvain(12, edges, { resolution: 5 }).count, 8, 'high resolution splits the triangles');
    assert.equal(louvain(12, edges, { resolution: 10 }).count, 12);
  });

  it('gives zero modularity without ties, and counts ties with weight', () => {
    assert.equal(modularity(3, [], [0, 1, 2]), 0);
    assert.equal(modularity(0, [], []), 0);
    assert.equal(modularity(2, [{ source: 0, target: 0, weight: 3 }], [0, 0]), 0);
    const pair = [
      { source: 0, target: 1, weight: 2 },
      { source: 2, target: 3, weight: 2 },
    ];
    assertNear(modularity(4, pair, [0, 0, 1, 1]), 0.5, 1e-12, 'two separate pairs');
    assertNear(modularity(4, pair, [0, 0, 1, 1], 2), 0, 1e-12, 'at resolution 2');
    assertNear(modularity(4, pair, [0, 1, 0, 1]), -0.5, 1e-12, 'split pairs');
  });
});

describe('layoutActorNetwork rules', () => {
  it('sizes each symbol by degree, capped, and each box to its symbol and label', () => {
    const hub = { id: 'hub' };
    const leaves = Array.from({ length: 60 }, (_, i) => ({ id: `l${String(i).padStart(2, '0')}` }));
    const { network, metrics } = handMade(
      [hub, ...leaves, { id: 'alone' }],
      leaves.map((l) => ['hub', l.id]),
    );
    const layout = layoutActorNetwork(network, metrics, { textWidth: sixPx });
    assert.equal(placed(layout, 'hub').radius, m.maxRadius);
    assert.equal(placed(layout, 'l00').radius, m.minRadius + 1.6);
    assert.equal(placed(layout, 'alone').radius, m.minRadius);
    const alone = placed(layout, 'alone');
    assert.deepEqual([alone.box.width, alone.box.height], [5 * 6, Math.ceil(10 + m.labelGap + m.lineHeight)], 'the label sets the width');
    const hubBox = placed(layout, 'hub').box;
    assert.deepEqual(
      [hubBox.width, hubBox.height],
      [2 * m.maxRadius, 2 * m.maxRadius + m.labelGap + m.lineHeight],
      'the symbol sets the width',
    );
    const l00 = placed(layout, 'l00');
    assert.deepEqual([l00.box.width, l00.box.height], [18, Math.ceil(2 * l00.radius + m.labelGap + m.lineHeight)]);
    assert.equal(l00.y, l00.box.y - l00.box.height / 2 + l00.radius, 'the symbol sits at the top of its box');
    assert.equal(l00.x, l00.box.x);
  });

  it('wraps a label to at most two lines, shortening the second with an ellipsis', () => {
    const long = 'Barne- og familiedepartementets særlige utvalg for ungdom';
    const { network, metrics } = handMade(
      [
        { id: 'a', label: long },
        { id: 'b', label: 'Kort' },
      ],
      [['a', 'b']],
    );
    const layout = layoutActorNetwork(network, metrics, { textWidth: sixPx });
    const a = placed(layout, 'a');
    assert.equal(a.lines.length, 2);
    assert.ok(a.lines[1]!.endsWith('…'), a.lines[1]);
    assert.ok(sixPx(a.lines[1]!) <= m.maxLabelWidth, `${a.lines[1]} fits`);
    assert.ok(!a.lines[1]!.slice(0, -1).endsWith('-'), 'no hyphen before the ellipsis');
    assert.equal(a.box.width, Math.max(...a.lines.map(sixPx)));
    assert.deepEqual(placed(layout, 'b').lines, ['Kort']);
    const exact = handMade([{ id: 'a', label: 'Tolv tegn ab Tolv tegn ab' }], []);
    assert.deepEqual(layoutActorNetwork(exact.network, exact.metrics, { textWidth: (t) => t.length * 9 }).nodes[0]!.lines, [
      'Tolv tegn ab',
      'Tolv tegn ab',
    ]);
  });

  it('cuts bands into rows of the tallest box plus the gap, with padding above and below, one after another', () => {
    const { network, metrics } = handMade(
      [
        { id: 'n', level: 'national' },
        { id: 'r', level: 'regional' },
        { id: 'l', level: 'local' },
      ],
      [
        ['n', 'r'],
        ['r', 'l'],
      ],
    );
    const layout = layoutActorNetwork(network, metrics, { textWidth: sixPx });
    const rowHeight = Math.max(...layout.nodes.map((n) => n.box.height)) + m.gap;
    // One tier: a header strip for the community labels, then the bands.
    let top = m.headerHeight;
    layout.bands.forEach((band, b) => {
      assert.equal(band.tier, 0);
      assert.equal(band.top, top, `band ${b} starts where the one above ends`);
      assert.equal(band.height, rowHeight + 2 * m.bandPadding, `band ${b} holds one row`);
      top += band.height;
    });
    assert.deepEqual(
      layout.bands.map((b) => b.id),
      ['national', 'regional', 'local'],
    );
    assert.equal(layout.height, top);
    for (const node of layout.nodes) {
      const band = layout.bands[node.band]!;
      assert.equal(node.box.y, band.top + m.bandPadding + rowHeight / 2, `${node.id} in the middle of its row`);
    }
    assert.deepEqual(
      layout.nodes.map((n) => n.band),
      [0, 1, 2],
    );
  });

  it('adds a band for nodes of no listed level only when there are some', () => {
    const { network, metrics } = handMade([{ id: 'a', level: 'local' }, { id: 'b', level: 'elsewhere' }, { id: 'c' }], [['a', 'b']]);
    const layout = layoutActorNetwork(network, metrics, { textWidth: sixPx, levels: ['local'] });
    assert.deepEqual(
      layout.bands.map((b) => b.id),
      ['local', null],
    );
    assert.deepEqual(
      layout.nodes.map((n) => n.band),
      [0, 1, 1],
    );
    const without = layoutActorNetwork(network, metrics, { textWidth: sixPx, levels: ['local', 'elsewhere', 'x'] });
    assert.deepEqual(
      without.bands.map((b) => b.id),
      ['local', 'elsewhere', 'x', null],
    );
  });

  it('puts an initiative without a level where most of its ties go, else in the last band', () => {
    const network: ActorNetwork = {
      mode: 'two-mode',
      nodes: [
        { id: 'a', label: 'a', kind: 'actor', level: 'local', initiatives: [], members: [], topics: [] },
        { id: 'b', label: 'b', kind: 'actor', level: 'regional', initiatives: [], members: [], topics: [] },
        { id: 'c', label: 'c', kind: 'actor', level: 'regional', initiatives: [], members: [], topics: [] },
        { id: 'i', label: 'i', kind: 'initiative', initiatives: [], members: [], topics: [] },
        { id: 'j', label: 'j', kind: 'initiative', initiatives: [], members: [], topics: [] },
        { id: 'k', label: 'k', kind: 'initiative', initiatives: [], members: [], topics: [] },
      ],
      ties: [
        { source: 'a', target: 'i', weight: 1, types: [], initiatives: [], periods: [], topics: [] },
        { source: 'b', target: 'i', weight: 1, types: [], initiatives: [], periods: [], topics: [] },
        { source: 'c', target: 'i', weight: 1, types: [], initiatives: [], periods: [], topics: [] },
        { source: 'j', target: 'a', weight: 1, types: [], initiatives: [], periods: [], topics: [] },
        { source: 'j', target: 'k', weight: 1, types: [], initiatives: [], periods: [], topics: [] },
      ],
    };
    const layout = layoutActorNetwork(network, networkMetrics(network), { textWidth: sixPx });
    const bandOf = (id: string) => layout.bands[placed(layout, id).band]!.id;
    assert.deepEqual(['i', 'j', 'k'].map(bandOf), ['regional', 'local', null]);
  });

  it('gives each community of two or more a cell, the largest first, then the one most tied to the last placed', () => {
    // Communities 0 (3 nodes), 1, 3 (2 each) and 2 (alone); 3 is tied to 0 strongly, 1 weakly.
    const { network, metrics } = handMade(
      ['a', 'b', 'c', 'd', 'd2', 'e', 'f', 'f2'].map((id) => ({ id, level: 'local' })),
      [
        ['a', 'b'],
        ['b', 'c'],
        ['d', 'd2'],
        ['f', 'f2'],
        ['a', 'f', 5],
        ['a', 'd', 1],
      ],
      { a: 0, b: 0, c: 0, d: 1, d2: 1, e: 2, f: 3, f2: 3 },
    );
    const layout = layoutActorNetwork(network, metrics, { textWidth: sixPx });
    assert.deepEqual(
      layout.communities.map((c) => [c.community, c.size, c.tier]),
      [
        [0, 3, 0],
        [3, 2, 0],
        [1, 2, 0],
        [2, 1, 0],
      ],
    );
    const edges = (id: string) => {
      const box = layout.nodes.find((n) => n.id === id)!.box;
      return [box.x - box.width / 2, box.x + box.width / 2];
    };
    const span = (ids: string[]) => [Math.min(...ids.map((id) => edges(id)[0]!)), Math.max(...ids.map((id) => edges(id)[1]!))];
    const cells = [['a', 'b', 'c'], ['f', 'f2'], ['d', 'd2'], ['e']].map(span);
    assertNear(cells[0]![0]!, m.regionPadding, 1e-9, 'the first cell starts one region padding in');
    for (let i = 1; i < cells.length; i++)
      assert.ok(cells[i]![0]! >= cells[i - 1]![1]! + m.cellGutter - 1e-9, `cell ${i} starts a gutter after cell ${i - 1}`);
    assert.equal(layout.width, Math.ceil(cells[3]![1]! + m.regionPadding));
  });

  it('maps ties to node indexes and leaves out ties to nodes it does not have', () => {
    const { network, metrics } = handMade(
      [{ id: 'a' }, { id: 'b' }],
      [
        ['a', 'b', 2],
        ['a', 'x', 1],
      ],
    );
    assert.deepEqual(layoutActorNetwork(network, metrics).ties, [{ source: 0, target: 1, weight: 2 }]);
  });

  it('makes a wide network wider than tall at the default aspect, and taller at a narrow one', () => {
    const nodes = Array.from({ length: 120 }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}`, level: 'local' }));
    // One community, so one column that rows fill.
    const { network, metrics } = handMade(nodes, [], Object.fromEntries(nodes.map((n) => [n.id, 0])));
    const wide = layoutActorNetwork(network, metrics, { textWidth: sixPx });
    assert.ok(wide.width / wide.height > 1.2 && wide.width / wide.height < 2.2, `aspect ${wide.width / wide.height}`);
    const tall = layoutActorNetwork(network, metrics, { textWidth: sixPx, aspect: 0.5 });
    assert.ok(tall.width / tall.height < 0.8, `aspect ${tall.width / tall.height}`);
    assert.ok(wide.bands[2]!.height < tall.bands[2]!.height, 'a narrower shape gets more rows');
  });

  it('lays out an empty network as an empty drawing of its bands', () => {
    const layout = layoutActorNetwork({ mode: 'actors', nodes: [], ties: [] }, networkMetrics({ mode: 'actors', nodes: [], ties: [] }));
    assert.deepEqual(layout.nodes, []);
    assert.deepEqual(
      layout.bands.map((b) => [b.id, b.height]),
      [
        ['national', m.gap + 2 * m.bandPadding],
        ['regional', m.gap + 2 * m.bandPadding],
        ['local', m.gap + 2 * m.bandPadding],
      ],
    );
    assert.equal(layout.width, 0);
  });

  it('runs the simulation for the ticks asked for', () => {
    const { network, metrics } = handMade(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ id, level: 'local' })),
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h'],
        ['a', 'h'],
      ],
    );
    const xs = (ticks: number) => layoutActorNetwork(network, metrics, { ticks, textWidth: sixPx }).nodes.map((n) => n.x);
    assert.notDeepEqual(xs(0), xs(150));
    assert.deepEqual(
      xs(150),
      layoutActorNetwork(network, metrics, { textWidth: sixPx }).nodes.map((n) => n.x),
      '150 ticks by default here',
    );
  });
});

describe('computeActorNetworkView', () => {
  it('builds, measures and lays out with the document levels, seed, text measure and aspect', () => {
    const model = doc(
      [actor('a', 'top'), actor('b', 'bottom'), actor('c', 'top'), actor('d')],
      [tie('a', 'b'), tie('b', 'c'), tie('c', 'd')],
      {
        network: {
          levels: [
            { id: 'top', label: 'Top' },
            { id: 'bottom', label: 'Bottom' },
          ],
        },
      },
    );
    const view = computeActorNetworkView({ model, mode: 'actors', seed: 3, textWidth: sixPx, aspect: 1 });
    assert.deepEqual(view.network, buildActorNetwork(model, 'actors'));
    assert.deepEqual(view.metrics, networkMetrics(view.network, { seed: 3 }));
    assert.deepEqual(
      view.layout,
      layoutActorNetwork(view.network, view.metrics, { levels: ['top', 'bottom'], seed: 3, textWidth: sixPx, aspect: 1 }),
    );
    assert.ok(view.timing.analysis >= 0 && view.timing.layout >= 0, 'timings');
    const defaults = computeActorNetworkView({ model, mode: 'two-mode' });
    assert.deepEqual(
      defaults.layout,
      layoutActorNetwork(defaults.network, networkMetrics(defaults.network, { seed: 1 }), { levels: ['top', 'bottom'], seed: 1 }),
    );
    const noLevels = normalize({ floke: '1.0', title: 't', elements: [actor('a', 'local')], views: { network: { levels: [] } } });
    assert.deepEqual(noLevels.views.network.levels, []);
    assert.deepEqual(
      computeActorNetworkView({ model: noLevels, mode: 'actors' })
        .layout.bands.map((b) => b.id)
        .slice(0, 3),
      ['national', 'regional', 'local'],
      'without levels in the document, the default ones',
    );
  });
});
