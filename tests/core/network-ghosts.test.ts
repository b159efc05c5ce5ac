/**
 * Compare mode's marks in the network, placed in the drawn layout: a gone actor goes among its former partners still
 * drawn, clear of every node's symbol and label; gained and lost ties are told by node index.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeActorNetworkView, networkCompareMarks } from '../../packages/core/src/actor-network/index.js';
import { normalize } from '../../packages/core/src/document/normalize.js';

const actor = (id: string, level: string) => ({ id, kind: 'actor', label: `Aktør ${id.toUpperCase()}`, level, sector: 'public' });
const later = normalize({
  floke: '1.0',
  title: 'Etter',
  elements: [actor('a', 'national'), actor('b', 'local'), actor('c', 'local')],
  relations: [
    { from: 'a', to: 'b', type: 'collaborates' },
    { from: 'b', to: 'c', type: 'collaborates' },
  ],
});
const { layout } = computeActorNetworkView({ model: later, mode: 'actors' });
const gone = [
  { id: 'd', kind: 'actor', label: 'Aktør D' },
  { id: 'e', kind: 'actor', label: 'Aktør E' },
  { id: 'f', kind: 'factor', label: 'Ikke en aktør' },
];
const ties = {
  gained: [{ source: 'b', target: 'c' }],
  lost: [
    { source: 'a', target: 'c' },
    { source: 'b', target: 'd' },
    { source: 'c', target: 'd' },
  ],
};
const at = (id: string) => layout.nodes.findIndex((n) => n.id === id);

describe('networkCompareMarks', () => {
  it('tells gained and lost ties between drawn actors by node index, leaving out ties to gone actors', () => {
    const marks = networkCompareMarks(layout, gone, ties);
    assert.deepEqual(marks.gained, [[at('b'), at('c')]]);
    assert.deepEqual(marks.lost, [[at('a'), at('c')]]);
  });

  it('draws a ghost for each gone actor only, clear of every drawn node box, the same on every call', () => {
    const marks = networkCompareMarks(layout, gone, ties);
    assert.deepEqual(
      marks.ghosts.map((g) => g.id),
      ['d', 'e'],
    );
    for (const ghost of marks.ghosts)
      for (const node of layout.nodes) {
        const apart =
          Math.abs(ghost.x - node.box.x) * 2 >= node.box.width + 2 * ghost.radius ||
          Math.abs(ghost.y + 11 - node.box.y) * 2 >= node.box.height + 2 * ghost.radius + 22;
        assert.ok(apart, `${ghost.id} clear of ${node.id}`);
      }
    assert.deepEqual(networkCompareMarks(layout, gone, ties), marks);
  });

  it('puts a gone actor with partners still drawn nearer them than one without any', () => {
    const [d, e] = networkCompareMarks(layout, gone, ties).ghosts;
    const centre = {
      x: (layout.nodes[at('b')]!.x + layout.nodes[at('c')]!.x) / 2,
      y: (layout.nodes[at('b')]!.y + layout.nodes[at('c')]!.y) / 2,
    };
    const distance = (g: { x: number; y: number }) => Math.hypot(g.x - centre.x, g.y - centre.y);
    assert.ok(distance(d!) < distance(e!));
  });
});
