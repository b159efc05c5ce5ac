import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import { buildActorNetwork, networkMetrics } from '../../packages/core/src/network/index.js';
import { readJson } from './helpers.js';

const actor = (id: string, level = 'local', sector = 'public') => ({ id, kind: 'actor', label: id.toUpperCase(), level, sector });
const initiative = (id: string) => ({ id, kind: 'initiative', label: id });
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
      },
      { source: 'a', target: 'c', weight: 1, types: ['shared-initiative'], initiatives: ['i2'], topics: [] },
      { source: 'b', target: 'c', weight: 1, types: ['shared-initiative'], initiatives: ['i2'], topics: [] },
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
