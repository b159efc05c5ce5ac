import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cldCurveMidpoint } from '../../packages/core/src/index.js';

describe('cldCurveMidpoint', () => {
  it('is the point of a link’s curve halfway along t: a quarter of each end plus half the control point', () => {
    assert.deepEqual(cldCurveMidpoint({ x0: 0, y0: 0, cx: 40, cy: 80, x1: 100, y1: 0 }), { x: 45, y: 40 });
  });

  it('is the middle of a straight link', () => {
    assert.deepEqual(cldCurveMidpoint({ x0: 10, y0: 20, cx: 30, cy: 40, x1: 50, y1: 60 }), { x: 30, y: 40 });
  });
});
