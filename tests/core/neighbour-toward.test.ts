import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEIGHBOUR_MAX_ANGLE, neighbourToward } from '../../packages/core/src/index.js';

const origin = { x: 100, y: 100 };
// One candidate each way; on screen y grows downward, so "up" is the smaller y.
const right = { id: 'right', x: 140, y: 100 };
const below = { id: 'below', x: 100, y: 140 };
const left = { id: 'left', x: 60, y: 100 };
const above = { id: 'above', x: 100, y: 60 };
const around = [right, below, left, above];
const at = (degrees: number, distance: number) => ({
  id: `${degrees}°`,
  x: origin.x + distance * Math.cos((degrees * Math.PI) / 180),
  y: origin.y + distance * Math.sin((degrees * Math.PI) / 180),
});

describe('neighbourToward', () => {
  it('ArrowRight picks the candidate to the right', () => {
    assert.equal(neighbourToward(origin, around, 'ArrowRight')?.id, 'right');
  });

  it('ArrowLeft picks the candidate to the left', () => {
    assert.equal(neighbourToward(origin, around, 'ArrowLeft')?.id, 'left');
  });

  it('ArrowUp picks the candidate above (smaller y on screen)', () => {
    assert.equal(neighbourToward(origin, around, 'ArrowUp')?.id, 'above');
  });

  it('ArrowDown picks the candidate below (larger y on screen)', () => {
    assert.equal(neighbourToward(origin, around, 'ArrowDown')?.id, 'below');
  });

  it('takes a screen angle in radians as well as a key', () => {
    const diagonal = { id: 'down-right', x: 130, y: 130 };
    assert.equal(neighbourToward(origin, [...around, diagonal], Math.PI / 4)?.id, 'down-right');
    assert.equal(neighbourToward(origin, around, Math.PI)?.id, 'left');
  });

  it('looks within ±70° of the direction and no further', () => {
    assert.equal(NEIGHBOUR_MAX_ANGLE, (70 * Math.PI) / 180);
    assert.equal(neighbourToward(origin, [at(69, 50)], 'ArrowRight')?.id, '69°');
    assert.equal(neighbourToward(origin, [at(-69, 50)], 'ArrowRight')?.id, '-69°');
    assert.equal(neighbourToward(origin, [at(71, 50)], 'ArrowRight'), undefined);
    assert.equal(neighbourToward(origin, [at(-71, 50)], 'ArrowRight'), undefined);
    // Across the ±180° seam: 179° and -179° are both 1° off ArrowLeft.
    assert.equal(neighbourToward(origin, [at(-179, 50)], 'ArrowLeft')?.id, '-179°');
    assert.equal(neighbourToward(origin, [at(179, 50)], 'ArrowLeft')?.id, '179°');
  });

  it('scores distance × (1 + angle off): nearer wins, unless it lies much further off the direction', () => {
    // 20 px straight ahead scores 20; (10, 5) is 11.2 px at 0.46 rad off: 16.4, so it wins.
    const far = { id: 'far', x: 120, y: 100 };
    const nearOff = { id: 'near-off', x: 110, y: 105 };
    assert.equal(neighbourToward(origin, [far, nearOff], 'ArrowRight')?.id, 'near-off');
    // 10 px straight ahead scores 10; (9, 4) is 9.8 px at 0.42 rad off: 14.0, so straight ahead wins.
    const ahead = { id: 'ahead', x: 110, y: 100 };
    const slightlyNearer = { id: 'slightly-nearer', x: 109, y: 104 };
    assert.equal(neighbourToward(origin, [slightlyNearer, ahead], 'ArrowRight')?.id, 'ahead');
  });

  it('keeps the first of equal scores and returns the candidate object itself', () => {
    const a = { id: 'a', x: 110, y: 110 };
    const b = { id: 'b', x: 110, y: 90 };
    assert.equal(neighbourToward(origin, [a, b], 'ArrowRight'), a);
    assert.equal(neighbourToward(origin, [b, a], 'ArrowRight'), b);
  });

  it('gives nothing when no candidate lies that way, or there are none', () => {
    assert.equal(neighbourToward(origin, [right], 'ArrowLeft'), undefined);
    assert.equal(neighbourToward(origin, [], 'ArrowUp'), undefined);
  });
});
