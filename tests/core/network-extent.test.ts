import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { occupiedBands, visibleExtent, type NetworkLayout } from '../../packages/core/src/actor-network/index.js';

/** Two bands; three nodes: a and b in band 0, c in band 1. */
const layout = {
  width: 500,
  height: 300,
  bands: [
    { id: 'national', top: 0, height: 100, tier: 0 },
    { id: 'municipal', top: 100, height: 200, tier: 0 },
  ],
  communities: [],
  ties: [],
  nodes: [
    // Boxes by their centre, as every core `Box`: a spans x 20–80, y 30–70.
    { id: 'a', x: 50, y: 40, radius: 10, box: { x: 50, y: 50, width: 60, height: 40 }, lines: ['A'], band: 0, community: 0 },
    // Its symbol (y 18–42) pokes out of its box (y 25–75) at the top: the extent includes it.
    { id: 'b', x: 200, y: 30, radius: 12, box: { x: 200, y: 50, width: 40, height: 50 }, lines: ['B'], band: 0, community: 0 },
    { id: 'c', x: 400, y: 200, radius: 8, box: { x: 400, y: 216, width: 60, height: 48 }, lines: ['C'], band: 1, community: 1 },
  ],
} satisfies NetworkLayout;

describe('the visible extent of the network', () => {
  it("is the box around the visible nodes' boxes and symbols", () => {
    // x 20–220, y 18–75
    assert.deepEqual(visibleExtent(layout, [true, true, false]), { x: 120, y: 46.5, width: 200, height: 57 });
    // x 370–430, y 192–240
    assert.deepEqual(visibleExtent(layout, [false, false, true]), { x: 400, y: 216, width: 60, height: 48 });
    // x 20–430, y 18–240
    assert.deepEqual(visibleExtent(layout, [true, true, true]), { x: 225, y: 129, width: 410, height: 222 });
  });

  it('is undefined when nothing is visible', () => {
    assert.equal(visibleExtent(layout, [false, false, false]), undefined);
  });

  it('marks the bands that hold a visible node', () => {
    assert.deepEqual(occupiedBands(layout, [true, false, false]), [true, false]);
    assert.deepEqual(occupiedBands(layout, [false, false, true]), [false, true]);
    assert.deepEqual(occupiedBands(layout, [false, false, false]), [false, false]);
  });
});
