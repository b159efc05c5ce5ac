/**
 * Workshop edits re-lay the actor network from where its nodes were (`previous`, made by `positionHints`), so an edit
 * does not reshuffle the map: communities keep their order, and nodes that were there stay put while new ones are placed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize, type FlokeDocument } from '../../packages/core/src/index.js';
import { computeActorNetworkView, positionHints, type ActorNetworkView } from '../../packages/core/src/actor-network/index.js';
import { readJson } from './helpers.js';

const telemark = readJson('examples/data/telemark-agder.json') as FlokeDocument;
/** The document with one more local actor that collaborates with `to` (default: the first actor). */
const withNewActor = (doc: FlokeDocument, to = doc.elements.find((e) => e.kind === 'actor')!.id): FlokeDocument => {
  return {
    ...doc,
    elements: [...doc.elements, { id: 'ny-aktor', kind: 'actor', label: 'Ny aktør', level: 'local', sector: 'public' }],
    relations: [...(doc.relations ?? []), { from: 'ny-aktor', to, type: 'collaborates' }],
  };
};
const view = (doc: FlokeDocument, previous?: ReturnType<typeof positionHints>) =>
  computeActorNetworkView({ model: normalize(doc), mode: 'actors', seed: 1, ...(previous ? { previous } : {}) });
/** How far each node of `before` moved in `after`, in layout units, sorted. */
const moves = (before: ActorNetworkView, after: ActorNetworkView) =>
  before.layout.nodes
    .map((n) => {
      const m = after.layout.nodes.find((a) => a.id === n.id)!;
      return Math.hypot(m.x - n.x, m.y - n.y);
    })
    .sort((a, b) => a - b);
const median = (values: readonly number[]) => values[values.length >> 1]!;
const centralOrder = (v: ActorNetworkView) => v.layout.communities.map((c) => c.central[0]);

describe('network layout from earlier positions', () => {
  const before = view(telemark);

  it('gives each node its box centre and its community’s place in the order', () => {
    const hints = positionHints(before.layout);
    const node = before.layout.nodes[0]!;
    const rank = before.layout.communities.findIndex((c) => c.community === node.community);
    assert.deepEqual(hints[node.id], { x: node.box.x, y: node.box.y, rank });
    assert.equal(Object.keys(hints).length, before.layout.nodes.length);
  });

  it('keeps the communities in their earlier order when an edit renumbers them', () => {
    const plain = view(withNewActor(telemark));
    const hinted = view(withNewActor(telemark), positionHints(before.layout));
    assert.deepEqual(centralOrder(before).slice(0, 4), ['av-dir', 'kdd', 'larvik', 'frivillighet-norge']);
    // Without hints the new actor's tie renumbers the communities and Larvik's moves to the front.
    assert.deepEqual(centralOrder(plain).slice(0, 4), ['larvik', 'av-dir', 'kdd', 'frivillighet-norge']);
    assert.deepEqual(centralOrder(hinted).slice(0, 4), ['av-dir', 'kdd', 'larvik', 'frivillighet-norge']);
  });

  it('moves the nodes an edit did not touch less than a fresh layout does', () => {
    const plain = median(moves(before, view(withNewActor(telemark))));
    const hinted = median(moves(before, view(withNewActor(telemark), positionHints(before.layout))));
    assert.deepEqual([Math.round(plain), Math.round(hinted)], [421, 162]);
  });

  it('keeps nearly every node of a small workshop map in place when an actor joins', () => {
    const start = readJson('examples/data/workshop-network-start.json') as FlokeDocument;
    const first = view(start);
    const plain = moves(first, view(withNewActor(start, 'larvik')));
    const hinted = moves(first, view(withNewActor(start, 'larvik'), positionHints(first.layout)));
    const still = (m: number[]) => m.filter((d) => d < 1).length;
    assert.deepEqual([still(plain), still(hinted), plain.length], [6, 10, 12]);
    assert.deepEqual([Math.round(median(plain)), Math.round(median(hinted))], [19, 0]);
  });

  it('lays out afresh when most nodes have no hint (another document was opened)', () => {
    const few = Object.fromEntries(Object.entries(positionHints(before.layout)).slice(0, 10));
    assert.deepEqual(view(telemark, few).layout, before.layout);
  });

  it('leaves most nodes where they were when the network did not change', () => {
    const again = moves(before, view(telemark, positionHints(before.layout)));
    assert.deepEqual([again.filter((d) => d < 1).length, again.length, median(again)], [72, 81, 0]);
  });
});
