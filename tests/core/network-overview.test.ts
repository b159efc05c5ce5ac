import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import {
  buildActorNetwork,
  layoutActorNetwork,
  networkMetrics,
  networkOverview,
  type ActorNetwork,
  type NetworkMetrics,
  type NetworkNode,
  type NetworkOverview,
  type OverviewGroupNode,
} from '../../packages/core/src/actor-network/index.js';
import { generateActorDocument } from '../fixtures/generate-document.js';

/** 6 px per character. */
const sixPx = (text: string) => text.length * 6;

/**
 * Communities 0 (a, b, c), 1 (d, e) and 2 (f alone). Inside 0: a–b, b–c; inside 1: d–e. Between: a–d (2), c–d (1),
 * c–f (3). Sectors: a, d public; b, e private; c, f none. Levels: a, b, d national; the rest local.
 */
function small(): { network: ActorNetwork; metrics: NetworkMetrics } {
  const node = (id: string, sector?: string, level?: string): NetworkNode => ({
    id,
    label: id.toUpperCase(),
    kind: 'actor',
    initiatives: [],
    members: [],
    topics: [],
    ...(sector ? { sector } : {}),
    ...(level ? { level } : {}),
  });
  const tie = (source: string, target: string, weight = 1) => ({
    source,
    target,
    weight,
    types: ['collaborates'],
    initiatives: [],
    periods: [],
    topics: [],
  });
  const network: ActorNetwork = {
    mode: 'actors',
    nodes: [
      node('a', 'public', 'national'),
      node('b', 'private', 'national'),
      node('c', undefined, 'local'),
      node('d', 'public', 'national'),
      node('e', 'private', 'local'),
      node('f', undefined, 'local'),
    ],
    ties: [tie('a', 'b'), tie('b', 'c'), tie('d', 'e'), tie('a', 'd', 2), tie('c', 'd'), tie('c', 'f', 3)],
  };
  const metrics = networkMetrics(network);
  const community: Record<string, number> = { a: 0, b: 0, c: 0, d: 1, e: 1, f: 2 };
  const nodes = new Map([...metrics.nodes].map(([id, value]) => [id, { ...value, community: community[id]! }]));
  return { network, metrics: { ...metrics, nodes } };
}

function overlaps(overview: NetworkOverview): string[] {
  const found: string[] = [];
  const { nodes } = overview;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i]!.box, nodes[j]!.box];
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2) found.push(`${i}/${j}`);
    }
  return found;
}

const groupsOf = (overview: NetworkOverview) => overview.nodes.filter((n): n is OverviewGroupNode => n.kind === 'group');

describe('networkOverview', () => {
  it('makes one meta-node per community, largest first, sized by members, with the ties inside it counted', () => {
    const { network, metrics } = small();
    const overview = networkOverview(network, metrics, { textWidth: sixPx });
    assert.equal(overview.groupBy, 'community');
    assert.deepEqual(
      groupsOf(overview).map((g) => [g.key, g.members, g.inside]),
      [
        ['0', ['a', 'b', 'c'], 2],
        ['1', ['d', 'e'], 1],
        ['2', ['f'], 0],
      ],
    );
    assert.deepEqual(
      groupsOf(overview).map((g) => g.radius),
      [8 + 3 * Math.sqrt(3), 8 + 3 * Math.sqrt(2), 11],
    );
    // A community is named by its most central members: c and d broker between the groups.
    assert.equal(groupsOf(overview)[0]!.label, 'C · A');
  });

  it('sums the ties between two groups into one meta-tie: its count and its total weight', () => {
    const { network, metrics } = small();
    assert.deepEqual(networkOverview(network, metrics, { textWidth: sixPx }).ties, [
      { source: 0, target: 1, weight: 3, count: 2 },
      { source: 0, target: 2, weight: 3, count: 1 },
    ]);
  });

  it('groups by sector or by level on request, nodes without one in the group keyed ""', () => {
    const { network, metrics } = small();
    const bySector = networkOverview(network, metrics, { groupBy: 'sector', textWidth: sixPx });
    assert.deepEqual(
      groupsOf(bySector).map((g) => [g.key, g.label, g.members]),
      [
        ['', '', ['c', 'f']],
        ['private', 'private', ['b', 'e']],
        ['public', 'public', ['a', 'd']],
      ],
    );
    // c–d joins '' and public; c–f is inside ''; a–b public–private; a–d inside public; b–c and d–e cross.
    assert.deepEqual(bySector.ties, [
      { source: 0, target: 1, weight: 1, count: 1 },
      { source: 0, target: 2, weight: 1, count: 1 },
      { source: 1, target: 2, weight: 2, count: 2 },
    ]);
    const byLevel = networkOverview(network, metrics, { groupBy: 'level', textWidth: sixPx });
    assert.deepEqual(
      groupsOf(byLevel).map((g) => [g.key, g.members]),
      [
        ['local', ['c', 'e', 'f']],
        ['national', ['a', 'b', 'd']],
      ],
    );
  });

  it("names sector and level groups in the reader's words when given a namer, and wraps those names", () => {
    const { network, metrics } = small();
    const names: Record<string, string> = { public: 'Offentlig', private: 'Privat', '': 'Annen eller ukjent sektor' };
    const calls: string[] = [];
    const groupName = (key: string, groupBy: 'sector' | 'level') => {
      calls.push(`${groupBy}:${key}`);
      return groupBy === 'sector' ? names[key]! : `Nivå ${key}`;
    };
    const bySector = networkOverview(network, metrics, { groupBy: 'sector', textWidth: sixPx, groupName });
    assert.deepEqual(
      groupsOf(bySector).map((g) => [g.key, g.label, g.lines]),
      [
        ['', 'Annen eller ukjent sektor', ['Annen eller ukjent', 'sektor']],
        ['private', 'Privat', ['Privat']],
        ['public', 'Offentlig', ['Offentlig']],
      ],
    );
    const byLevel = networkOverview(network, metrics, { groupBy: 'level', textWidth: sixPx, groupName });
    assert.deepEqual(
      groupsOf(byLevel).map((g) => g.label),
      ['Nivå local', 'Nivå national'],
    );
    // Communities keep their central members' names: the namer is not asked.
    networkOverview(network, metrics, { textWidth: sixPx, groupName });
    assert.deepEqual(calls, ['sector:', 'sector:private', 'sector:public', 'level:local', 'level:national']);
  });

  it('leaves out hidden nodes and their ties', () => {
    const { network, metrics } = small();
    const overview = networkOverview(network, metrics, { visible: [true, true, true, false, true, true], textWidth: sixPx });
    assert.deepEqual(
      groupsOf(overview).map((g) => [g.key, g.members]),
      [
        ['0', ['a', 'b', 'c']],
        ['1', ['e']],
        ['2', ['f']],
      ],
    );
    assert.deepEqual(overview.ties, [{ source: 0, target: 2, weight: 3, count: 1 }]);
  });

  it('expands one group: its members laid out as the network view would, in a block the other groups keep clear of', () => {
    const { network, metrics } = small();
    const overview = networkOverview(network, metrics, { expanded: '0', textWidth: sixPx });
    assert.deepEqual(
      overview.nodes.map((n) => (n.kind === 'group' ? `group ${n.key}` : `member ${n.id}`)),
      ['group 1', 'group 2', 'member a', 'member b', 'member c'],
    );
    const { block, layout, key } = overview.expanded!;
    assert.equal(key, '0');
    const sub: ActorNetwork = {
      mode: 'actors',
      nodes: network.nodes.slice(0, 3),
      ties: network.ties.slice(0, 2),
    };
    assert.deepEqual(layout, layoutActorNetwork(sub, metrics, { seed: 1, textWidth: sixPx }));
    assert.deepEqual([block.width, block.height], [layout.width, layout.height]);
    const [left, top] = [block.x - block.width / 2, block.y - block.height / 2];
    overview.nodes.slice(2).forEach((member, i) => {
      assert.equal(member.x, layout.nodes[i]!.x + left);
      assert.equal(member.y, layout.nodes[i]!.y + top);
    });
    // Ties from a member to another group, summed per member and group; a–b and b–c as ties between members.
    assert.deepEqual(overview.ties, [
      { source: 0, target: 2, weight: 2, count: 1 },
      { source: 0, target: 4, weight: 1, count: 1 },
      { source: 1, target: 4, weight: 3, count: 1 },
      { source: 2, target: 3, weight: 1, count: 1 },
      { source: 3, target: 4, weight: 1, count: 1 },
    ]);
    for (const group of groupsOf(overview)) {
      const apart =
        Math.abs(group.box.x - block.x) >= (group.box.width + block.width) / 2 ||
        Math.abs(group.box.y - block.y) >= (group.box.height + block.height) / 2;
      assert.ok(apart, `group ${group.key} clear of the block`);
    }
    assert.deepEqual(overlaps(overview), []);
  });

  it('ignores an unknown expanded key, and is the same for the same seed', () => {
    const { network, metrics } = small();
    assert.deepEqual(
      networkOverview(network, metrics, { expanded: 'nope', textWidth: sixPx }),
      networkOverview(network, metrics, { textWidth: sixPx }),
    );
  });

  it('draws 2,000 generated actors as one meta-node per community, none overlapping, inside the drawing', () => {
    const network = buildActorNetwork(normalize(generateActorDocument(2000, 8000, 1)), 'actors');
    const metrics = networkMetrics(network, { seed: 1 });
    const overview = networkOverview(network, metrics);
    assert.equal(overview.nodes.length, metrics.communityCount);
    assert.equal(
      groupsOf(overview).reduce((sum, g) => sum + g.members.length, 0),
      2000,
    );
    assert.deepEqual(overlaps(overview), []);
    for (const node of overview.nodes) {
      assert.ok(node.box.x - node.box.width / 2 >= 0 && node.box.x + node.box.width / 2 <= overview.width);
      assert.ok(node.box.y - node.box.height / 2 >= 0 && node.box.y + node.box.height / 2 <= overview.height);
    }
    assert.deepEqual(networkOverview(network, metrics), overview, 'deterministic');
    const expanded = networkOverview(network, metrics, { expanded: '3' });
    assert.deepEqual(overlaps(expanded), []);
    assert.equal(expanded.nodes.filter((n) => n.kind === 'member').length, groupsOf(overview).find((g) => g.key === '3')!.members.length);
  });
});
