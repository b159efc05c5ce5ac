import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import {
  buildActorNetwork,
  filterNetwork,
  layoutActorNetwork,
  networkMetrics,
  type ActorNetwork,
  type NetworkLayout,
  type NetworkMode,
} from '../../packages/core/src/actor-network/index.js';
import { spreadOnLine } from '../../packages/core/src/geometry/spread-1d.js';
import { generateActorDocument } from '../fixtures/generate-document.js';
import { readJson } from './helpers.js';

const telemark = normalize(readJson('examples/data/telemark-agder.json'));
const generated = normalize(generateActorDocument(500, 2000, 4));

function laidOut(model = telemark, mode: NetworkMode = 'actors', seed = 1): { network: ActorNetwork; layout: NetworkLayout } {
  const network = buildActorNetwork(model, mode);
  return { network, layout: layoutActorNetwork(network, networkMetrics(network, { seed }), { seed }) };
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

  it('keeps each community together in its own column', () => {
    const { network, layout } = laidOut(generated);
    const metrics = networkMetrics(network, { seed: 1 });
    // Each node should sit nearer the centre of its own community's column than of any other.
    const centre = (c: { left: number; width: number }) => c.left + c.width / 2;
    let nearest = 0;
    for (const node of layout.nodes) {
      const own = layout.columns.find((c) => c.community === metrics.nodes.get(node.id)!.community)!;
      const distance = Math.abs(node.x - centre(own));
      if (layout.columns.every((c) => c === own || Math.abs(node.x - centre(c)) >= distance)) nearest++;
    }
    assert.ok(nearest / layout.nodes.length >= 0.9, `${nearest} of ${layout.nodes.length} nearest their own column`);
  });

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
