import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import {
  buildActorNetwork,
  filterNetwork,
  layoutActorNetwork,
  layoutStructure,
  networkMetrics,
  NETWORK_NODE_METRICS,
  type ActorNetwork,
  type NetworkLayout,
  type NetworkMode,
} from '../../packages/core/src/actor-network/index.js';
import { spreadOnLine } from '../../packages/core/src/geometry/spread-1d.js';
import { generateActorDocument } from '../fixtures/generate-document.js';
import { readJson } from './helpers.js';
import { assertNear } from './near.js';

const telemark = normalize(readJson('examples/data/telemark-agder.json'));
const generated = normalize(generateActorDocument(500, 2000, 4));

function laidOut(model = telemark, mode: NetworkMode = 'actors', seed = 1): { network: ActorNetwork; layout: NetworkLayout } {
  const network = buildActorNetwork(model, mode);
  return { network, layout: layoutActorNetwork(network, networkMetrics(network, { seed }), { seed }) };
}

/** Whether a point lies inside (or on) a convex polygon given clockwise on screen (y down). */
function insideConvex(p: { x: number; y: number }, polygon: readonly { x: number; y: number }[]): boolean {
  return polygon.every((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= -1e-6;
  });
}

function overlappingPairs(layout: NetworkLayout): string[] {
  const found: string[] = [];
  const { nodes } = layout;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!.box;
      const b = nodes[j]!.box;
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2)
        found.push(`${nodes[i]!.id}/${nodes[j]!.id}`);
    }
  return found;
}

describe('spreadOnLine', () => {
  it('leaves items that do not touch where they are', () => {
    assert.deepEqual(spreadOnLine([0, 100, 200], [10, 10, 10], 5), [0, 100, 200]);
  });

  it('pushes touching items apart symmetrically, by the least total movement', () => {
    // Two 10-wide items both at 50 with gap 4 must be 14 apart: 43 and 57.
    assert.deepEqual(spreadOnLine([50, 50], [10, 10], 4), [43, 57]);
    const placed = spreadOnLine([0, 1, 2, 3, 100], [20, 20, 20, 20, 20], 0);
    for (let i = 1; i < placed.length; i++) assert.ok(placed[i]! - placed[i - 1]! >= 20 - 1e-9);
    assert.ok(Math.abs(placed.slice(0, 4).reduce((s, x) => s + x, 0) / 4 - 1.5) < 1e-9, 'a pooled block stays centred on its wishes');
    assert.equal(placed[4], 100, 'an item clear of the block stays put');
  });
});

describe('layoutActorNetwork', () => {
  it('is identical for the same seed', () => {
    assert.deepEqual(laidOut(telemark, 'actors', 3).layout, laidOut(telemark, 'actors', 3).layout);
    assert.deepEqual(laidOut(generated, 'two-mode', 3).layout, laidOut(generated, 'two-mode', 3).layout);
  });

  for (const [name, model, mode] of [
    ['Telemark, actors', telemark, 'actors'],
    ['Telemark, two-mode', telemark, 'two-mode'],
    ['500 generated actors', generated, 'actors'],
  ] as const) {
    it(`keeps every node's box inside its level's band, with no two boxes overlapping (${name})`, () => {
      const { network, layout } = laidOut(model, mode);
      assert.equal(layout.nodes.length, network.nodes.length);
      assert.deepEqual(overlappingPairs(layout), []);
      layout.nodes.forEach((node, i) => {
        const band = layout.bands[node.band]!;
        const level = network.nodes[i]!.level;
        if (level !== undefined && network.nodes[i]!.kind === 'actor') assert.equal(band.id, level, node.id);
        assert.ok(node.box.y - node.box.height / 2 >= band.top, `${node.id} below the top of ${band.id}`);
        assert.ok(node.box.y + node.box.height / 2 <= band.top + band.height, `${node.id} above the bottom of ${band.id}`);
        assert.ok(node.box.x - node.box.width / 2 >= 0 && node.box.x + node.box.width / 2 <= layout.width + 1, `${node.id} inside`);
      });
    });
  }

  it('stacks the bands in the order of views.network.levels, and gives nodes without a level a last band', () => {
    const model = normalize({
      floke: '1.0',
      title: 't',
      elements: [
        { id: 'a', kind: 'actor', label: 'A', level: 'local' },
        { id: 'b', kind: 'actor', label: 'B', level: 'national' },
        { id: 'c', kind: 'actor', label: 'C' },
      ],
      relations: [{ from: 'a', to: 'b', type: 'collaborates' }],
    });
    const network = buildActorNetwork(model);
    const layout = layoutActorNetwork(network, networkMetrics(network), { levels: ['local', 'national'] });
    assert.deepEqual(
      layout.bands.map((b) => b.id),
      ['local', 'national', null],
    );
    const y = (id: string) => layout.nodes.find((n) => n.id === id)!.y;
    assert.ok(y('a') < y('b') && y('b') < y('c'));
  });

  it('puts an initiative without a level in the band where most of its members are', () => {
    const { network, layout } = laidOut(generated, 'two-mode');
    const initiatives = network.nodes.filter((n) => n.kind === 'initiative' && n.level === undefined && n.members.length > 0);
    assert.ok(initiatives.length > 0);
    for (const initiative of initiatives) {
      const counts = new Map<string, number>();
      for (const member of initiative.members) {
        const level = network.nodes.find((n) => n.id === member)!.level!;
        counts.set(level, (counts.get(level) ?? 0) + 1);
      }
      const most = Math.max(...counts.values());
      const band = layout.bands[layout.nodes.find((n) => n.id === initiative.id)!.band]!;
      assert.equal(counts.get(band.id!), most, initiative.id);
    }
  });

  it('draws a planted partition as separate groups: members nearest their own centroid, ties inside shorter', () => {
    // 600 actors in 6 planted groups, 85 % of ties inside a group; Louvain finds the groups, the layout must show them.
    const network = buildActorNetwork(normalize(generateActorDocument(600, 2400, 2, 6)), 'actors');
    const metrics = networkMetrics(network, { seed: 1 });
    const layout = layoutActorNetwork(network, metrics, { seed: 1 });
    const figure = layoutStructure(
      layout.nodes,
      layout.nodes.map((n) => n.community),
      layout.ties,
    );
    assert.ok(figure.ownCentroidShare >= 0.97, `share ${figure.ownCentroidShare}`);
    assert.ok(figure.tieLengthRatio < 0.5, `ratio ${figure.tieLengthRatio}`);
  });

  it('puts every member inside its community region, and no two regions overlap', () => {
    const { network, layout } = laidOut(generated);
    assert.deepEqual(
      layout.communities.map((c) => c.size).reduce((a, b) => a + b, 0),
      network.nodes.length,
    );
    for (const node of layout.nodes) {
      const region = layout.communities.find((c) => c.community === node.community)!.region;
      const { x, y, width, height } = node.box;
      for (const corner of [
        { x: x - width / 2, y: y - height / 2 },
        { x: x + width / 2, y: y - height / 2 },
        { x: x + width / 2, y: y + height / 2 },
        { x: x - width / 2, y: y + height / 2 },
      ])
        assert.ok(insideConvex(corner, region), `${node.id} inside community ${node.community}`);
    }
    const { communities } = layout;
    for (let i = 0; i < communities.length; i++)
      for (let j = i + 1; j < communities.length; j++) {
        const [a, b] = [communities[i]!.bounds, communities[j]!.bounds];
        const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        assert.ok(apart, `regions of ${communities[i]!.community} and ${communities[j]!.community}`);
      }
  });

  it('stacks tiers of cells in a large network, each with every band in level order', () => {
    const { layout } = laidOut(generated);
    const tiers = Math.max(...layout.bands.map((b) => b.tier)) + 1;
    assert.ok(tiers >= 2, `${tiers} tiers`);
    assert.deepEqual(
      layout.bands.map((b) => b.id),
      Array.from({ length: tiers }, () => ['national', 'regional', 'local']).flat(),
    );
    // Regions and their labels stay inside their tier.
    for (const c of layout.communities) {
      const bands = layout.bands.filter((b) => b.tier === c.tier);
      const [top, bottom] = [bands[0]!.top - NETWORK_NODE_METRICS.headerHeight, bands[2]!.top + bands[2]!.height];
      assert.ok(c.labelBox.y - c.labelBox.height / 2 >= top && c.bounds.y + c.bounds.height / 2 <= bottom, `community ${c.community}`);
    }
  });

  it('leaves out of a tier a level none of its nodes has, keeping the others in level order', () => {
    const { layout } = laidOut(telemark);
    const order = ['national', 'regional', 'local'];
    const tiers = Math.max(...layout.bands.map((b) => b.tier)) + 1;
    for (let t = 0; t < tiers; t++) {
      const ids = layout.bands.filter((b) => b.tier === t).map((b) => b.id!);
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        `tier ${t}`,
      );
      for (const [index, band] of layout.bands.entries())
        if (band.tier === t)
          assert.ok(
            layout.nodes.some((n) => n.band === index),
            `band ${band.id} of tier ${t} has nodes`,
          );
    }
    assert.deepEqual(new Set(layout.bands.map((b) => b.id)), new Set(order));
  });

  it('labels a community by its most central members and names its most frequent inside topic', () => {
    const { network, layout } = laidOut(telemark);
    const metrics = networkMetrics(network, { seed: 1 });
    const label = new Map(network.nodes.map((n) => [n.id, n.label]));
    const grouped = layout.communities.filter((c) => c.size >= 2);
    assert.ok(grouped.length >= 2);
    for (const c of grouped) {
      const members = layout.nodes.filter((n) => n.community === c.community).map((n) => n.id);
      const top = Math.max(...members.map((id) => metrics.nodes.get(id)!.betweenness));
      assert.equal(metrics.nodes.get(c.central[0]!)!.betweenness, top, `community ${c.community}`);
      assert.ok(c.label.startsWith(label.get(c.central[0]!)!.slice(0, 6)), c.label);
      assert.ok(c.labelBox.width <= c.bounds.width);
    }
  });
});

describe('layoutStructure', () => {
  it('measures the share of members nearest their own centroid per community, and inside over between tie length', () => {
    // Community 0 at x 0, 2, 9 (centroid 11/3): the node at 9 is nearer community 1's centroid (11). Community 2,
    // alone far away, counts in centroids but not in the share.
    const positions = [0, 2, 9, 10, 12].map((x) => ({ x, y: 0 })).concat({ x: 100, y: 100 });
    const figure = layoutStructure(
      positions,
      [0, 0, 0, 1, 1, 2],
      [
        { source: 0, target: 1 },
        { source: 3, target: 4 },
        { source: 1, target: 3 },
        { source: 0, target: 4 },
        { source: 2, target: 2 },
      ],
    );
    assertNear(figure.ownCentroidShare, (2 / 3 + 1) / 2);
    // Inside: 2 and 2; between: 8 and 12.
    assertNear(figure.tieLengthRatio, 2 / 10);
  });

  it('counts a member equally near another centroid as not nearest its own, and gives 1 without ties of both kinds', () => {
    const figure = layoutStructure(
      [
        { x: 0, y: 0 },
        { x: 2, y: 0 },
        { x: 4, y: 0 },
        { x: 6, y: 0 },
      ],
      [0, 0, 1, 1],
      [{ source: 0, target: 1 }],
    );
    // Centroids 1 and 5: every node is 1 from its own, 3 from the other.
    assert.equal(figure.ownCentroidShare, 1);
    assert.equal(figure.tieLengthRatio, 1);
    const tie = layoutStructure(
      [
        { x: 0, y: 0 },
        { x: 2, y: 0 },
        { x: 2, y: 0 },
        { x: 4, y: 0 },
      ],
      [0, 0, 1, 1],
      [],
    );
    // Centroids 1 and 3: the nodes at 2 are as near both.
    assert.equal(tie.ownCentroidShare, 0.5);
  });
});

describe('layoutActorNetwork details', () => {
  it('sizes symbols by degree and wraps long labels to two lines, ending with an ellipsis', () => {
    const { network, layout } = laidOut();
    const metrics = networkMetrics(network, { seed: 1 });
    const byDegree = [...layout.nodes].sort((a, b) => metrics.nodes.get(a.id)!.degree - metrics.nodes.get(b.id)!.degree);
    assert.ok(byDegree[0]!.radius < byDegree[byDegree.length - 1]!.radius);
    for (const node of layout.nodes) assert.ok(node.lines.length >= 1 && node.lines.length <= 2);
    assert.ok(layout.nodes.some((n) => n.lines[1]?.endsWith('…')));
  });
});

describe('filterNetwork', () => {
  // Built inside each test, not while the file loads, so mutation testing can tell which tests reach which code.
  const twoMode = () => laidOut(telemark, 'two-mode').network;

  it('shows only actors of the chosen levels and sectors, and ties between shown nodes', () => {
    const network = twoMode();
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    const visible = filterNetwork(network, { levels: ['local', 'regional'], sectors: ['public'] });
    network.nodes.forEach((node, i) => {
      const expected = (node.level === 'local' || node.level === 'regional') && (node.kind === 'initiative' || node.sector === 'public');
      assert.equal(visible.nodes[i], expected, node.id);
    });
    network.ties.forEach((tie, i) => {
      if (visible.ties[i])
        assert.ok(
          visible.nodes[network.nodes.indexOf(byId.get(tie.source)!)] && visible.nodes[network.nodes.indexOf(byId.get(tie.target)!)],
        );
    });
  });

  it('shows the members of a chosen initiative and the initiative itself', () => {
    const network = twoMode();
    const initiative = network.nodes.find((n) => n.kind === 'initiative' && n.members.length >= 3)!;
    const visible = filterNetwork(network, { initiatives: [initiative.id] });
    const shown = network.nodes.filter((_, i) => visible.nodes[i]).map((n) => n.id);
    assert.deepEqual(shown.sort(), [initiative.id, ...initiative.members].sort());
  });

  it('keeps only ties about a chosen topic, and the nodes they join', () => {
    const network = twoMode();
    const topic = network.ties.find((t) => t.topics.length)!.topics[0]!;
    const visible = filterNetwork(network, { topics: [topic] });
    network.ties.forEach((tie, i) => assert.equal(visible.ties[i], tie.topics.includes(topic)));
    assert.ok(visible.visibleNodeCount > 0 && visible.visibleNodeCount < network.nodes.length);
  });
});
