import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelPriority, type NetworkLayout } from '../../packages/core/src/actor-network/index.js';

/** Nodes by band and community only (the rest of the layout does not matter to the order). */
function layoutOf(groups: readonly (readonly [band: number, community: number])[]): NetworkLayout {
  return {
    width: 100,
    height: 100,
    bands: [],
    communities: [],
    ties: [],
    nodes: groups.map(([band, community], i) => ({
      id: `n${i}`,
      x: 0,
      y: 0,
      radius: 5,
      box: { x: 0, y: 0, width: 10, height: 10 },
      lines: [],
      band,
      community,
    })),
  };
}

describe('the order labels are placed in', () => {
  // Band 0: community 0 has n0 (9), n1 (8), n2 (7); community 1 has n3 (2). Band 1: community 0 has n4 (1).
  const layout = layoutOf([
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 1],
    [1, 0],
  ]);
  const strength = [9, 8, 7, 2, 1];

  it('takes the strongest of every band and community before the second of any', () => {
    assert.deepEqual(labelPriority(layout, strength, [false, false, false, false, false]), [0, 3, 4, 1, 2]);
  });

  it('puts brokers first, strongest first', () => {
    assert.deepEqual(labelPriority(layout, strength, [false, false, true, false, true]), [2, 4, 0, 3, 1]);
  });

  it('keeps node order between equals', () => {
    assert.deepEqual(
      labelPriority(
        layoutOf([
          [0, 0],
          [0, 1],
          [0, 2],
        ]),
        [1, 1, 1],
        [false, false, false],
      ),
      [0, 1, 2],
    );
  });
});
