import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrowHead, type Point, type QuadraticCurve } from '../../packages/core/src/index.js';
import {
  approximateTextWidth,
  PLAIN_TEXT_STYLE,
  spacedTextWidth,
  styledType,
  wrapText,
} from '../../packages/core/src/geometry/text-measure.js';
import {
  boxExit,
  boxOverlap,
  boxesOverlap,
  curveHitsBox,
  pointInBox,
  pointOnCurve,
  signedArea,
  tangentOnCurve,
} from '../../packages/core/src/geometry/geometry.js';
import { lcg } from '../../packages/core/src/geometry/random.js';

const near = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} ${actual} ≉ ${expected}`);
const nearPoint = (actual: Point, expected: Point) => {
  near(actual.x, expected.x, 'x');
  near(actual.y, expected.y, 'y');
};
/** A straight "curve" from (0, 0) to (100, 0) with its control point halfway, and a bent one. */
const straight: QuadraticCurve = { x0: 0, y0: 0, cx: 50, cy: 0, x1: 100, y1: 0 };
const bent: QuadraticCurve = { x0: 0, y0: 0, cx: 50, cy: 100, x1: 100, y1: 0 };

describe('boxOverlap and boxesOverlap', () => {
  const a = { x: 0, y: 0, width: 20, height: 10 };

  it('measures the overlap on each axis, less the gap asked for', () => {
    assert.deepEqual(boxOverlap(a, { x: 15, y: 2, width: 20, height: 10 }), { x: 5, y: 8 });
    assert.deepEqual(boxOverlap(a, { x: -15, y: -2, width: 20, height: 10 }, 3), { x: 8, y: 11 });
    assert.deepEqual(boxOverlap(a, { x: 40, y: 0, width: 20, height: 10 }), { x: -20, y: 10 });
  });

  it('says boxes overlap only when they share area, touching edges do not', () => {
    assert.equal(boxesOverlap(a, { x: 15, y: 2, width: 20, height: 10 }), true);
    assert.equal(boxesOverlap(a, { x: 20, y: 0, width: 20, height: 10 }), false, 'side by side');
    assert.equal(boxesOverlap(a, { x: 0, y: 10, width: 20, height: 10 }), false, 'one above the other');
    assert.equal(boxesOverlap(a, { x: 19, y: 9, width: 20, height: 10 }), true, 'corners overlapping');
  });

  it('counts a box within the gap as overlapping', () => {
    assert.equal(boxesOverlap(a, { x: 22, y: 0, width: 20, height: 10 }), false);
    assert.equal(boxesOverlap(a, { x: 22, y: 0, width: 20, height: 10 }, 3), true);
    assert.equal(boxesOverlap(a, { x: 0, y: 12, width: 20, height: 10 }, 3), true);
  });
});

describe('pointInBox', () => {
  const box = { x: 10, y: 20, width: 20, height: 10 };

  it('holds points strictly inside, not on the edge', () => {
    assert.equal(pointInBox({ x: 10, y: 20 }, box), true);
    assert.equal(pointInBox({ x: 19.9, y: 24.9 }, box), true);
    assert.equal(pointInBox({ x: 20, y: 20 }, box), false);
    assert.equal(pointInBox({ x: 10, y: 25 }, box), false);
    assert.equal(pointInBox({ x: 0, y: 15 }, box), false);
  });

  it('grows by the padding on every side', () => {
    assert.equal(pointInBox({ x: 21, y: 20 }, box, 2), true);
    assert.equal(pointInBox({ x: -1, y: 20 }, box, 2), true);
    assert.equal(pointInBox({ x: 10, y: 26.5 }, box, 2), true);
    assert.equal(pointInBox({ x: 10, y: 13.5 }, box, 2), true);
    assert.equal(pointInBox({ x: 10, y: 27 }, box, 2), false);
  });
});

describe('pointOnCurve and tangentOnCurve', () => {
  it('starts at the first point, ends at the last, and passes halfway to the control point in the middle', () => {
    nearPoint(pointOnCurve(bent, 0), { x: 0, y: 0 });
    nearPoint(pointOnCurve(bent, 1), { x: 100, y: 0 });
    nearPoint(pointOnCurve(bent, 0.5), { x: 50, y: 50 });
    nearPoint(pointOnCurve(bent, 0.25), { x: 25, y: 37.5 });
  });

  it('gives the unit direction of travel', () => {
    nearPoint(tangentOnCurve(straight, 0.3), { x: 1, y: 0 });
    nearPoint(tangentOnCurve(bent, 0), { x: 1 / Math.sqrt(5), y: 2 / Math.sqrt(5) });
    nearPoint(tangentOnCurve(bent, 0.5), { x: 1, y: 0 });
    nearPoint(tangentOnCurve(bent, 1), { x: 1 / Math.sqrt(5), y: -2 / Math.sqrt(5) });
    const up: QuadraticCurve = { x0: 0, y0: 100, cx: 0, cy: 50, x1: 0, y1: 0 };
    nearPoint(tangentOnCurve(up, 0.5), { x: 0, y: -1 });
  });

  it('answers a finite direction for a curve that does not move', () => {
    const still = { x0: 5, y0: 5, cx: 5, cy: 5, x1: 5, y1: 5 };
    assert.deepEqual(tangentOnCurve(still, 0.5), { x: 0, y: 0 });
  });
});

describe('boxExit', () => {
  const box = { x: 100, y: 100, width: 40, height: 20 };

  it('leaves through the side the ray meets first', () => {
    nearPoint(boxExit(box, { x: 200, y: 100 }), { x: 120, y: 100 });
    nearPoint(boxExit(box, { x: 0, y: 100 }), { x: 80, y: 100 });
    nearPoint(boxExit(box, { x: 100, y: 0 }), { x: 100, y: 90 });
    nearPoint(boxExit(box, { x: 100, y: 300 }), { x: 100, y: 110 });
    nearPoint(boxExit(box, { x: 200, y: 200 }), { x: 110, y: 110 }); // diagonal: the top and bottom are nearer
    nearPoint(boxExit(box, { x: 160, y: 110 }), { x: 120, y: 103.33333333333333 });
  });

  it('adds the padding around the box', () => {
    nearPoint(boxExit(box, { x: 200, y: 100 }, 5), { x: 125, y: 100 });
    nearPoint(boxExit(box, { x: 100, y: 0 }, 5), { x: 100, y: 85 });
  });

  it('answers the centre when the target is the centre', () => {
    assert.deepEqual(boxExit(box, { x: 100, y: 100 }), { x: 100, y: 100 });
  });
});

describe('curveHitsBox', () => {
  it('finds a box on the curve and misses one beside it', () => {
    assert.equal(curveHitsBox(straight, { x: 50, y: 0, width: 10, height: 10 }), true);
    assert.equal(curveHitsBox(straight, { x: 50, y: 20, width: 10, height: 10 }), false);
    assert.equal(curveHitsBox(bent, { x: 50, y: 50, width: 6, height: 6 }), true, 'at the bend');
    assert.equal(curveHitsBox(bent, { x: 50, y: 80, width: 6, height: 6 }), false, 'inside the hull, off the curve');
  });

  it('rejects boxes outside the hull on every side', () => {
    for (const box of [
      { x: -20, y: 0, width: 10, height: 10 },
      { x: 120, y: 0, width: 10, height: 10 },
      { x: 50, y: -20, width: 10, height: 10 },
      { x: 50, y: 120, width: 10, height: 10 },
    ])
      assert.equal(curveHitsBox(bent, box), false, JSON.stringify(box));
  });

  it('counts the padding, and finds a small box on a long curve between coarse samples', () => {
    assert.equal(curveHitsBox(straight, { x: 50, y: 8, width: 10, height: 10 }), false);
    assert.equal(curveHitsBox(straight, { x: 50, y: 8, width: 10, height: 10 }, 4), true);
    const long: QuadraticCurve = { x0: 0, y0: 0, cx: 500, cy: 0, x1: 1000, y1: 0 };
    assert.equal(curveHitsBox(long, { x: 333, y: 0, width: 3, height: 3 }), true);
    assert.equal(curveHitsBox(long, { x: 333, y: 0, width: 0.5, height: 3 }, 0, 0.25), true);
  });
});

describe('signedArea', () => {
  it('is positive for a clockwise polygon on screen and negative the other way round', () => {
    const clockwise = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 5 },
      { x: 0, y: 5 },
    ];
    assert.equal(signedArea(clockwise), 50);
    assert.equal(signedArea([...clockwise].reverse()), -50);
    assert.equal(signedArea([]), 0);
  });
});

describe('arrowHead', () => {
  it('puts the tip at the end of the curve and the base behind it, across the final direction', () => {
    const [tip, left, right] = arrowHead(straight, 10, 8);
    assert.deepEqual(tip, { x: 100, y: 0 });
    nearPoint(left, { x: 90, y: -4 });
    nearPoint(right, { x: 90, y: 4 });
    const [, l2, r2] = arrowHead(straight);
    nearPoint(l2, { x: 90, y: -4 });
    nearPoint(r2, { x: 90, y: 4 });
    const down: QuadraticCurve = { x0: 0, y0: 0, cx: 0, cy: 50, x1: 0, y1: 100 };
    const [, a, b] = arrowHead(down, 20, 6);
    nearPoint(a, { x: 3, y: 80 });
    nearPoint(b, { x: -3, y: 80 });
  });
});

describe('approximateTextWidth', () => {
  it('sums per-character widths by class, times the font size', () => {
    near(approximateTextWidth('', 10), 0);
    near(approximateTextWidth('i', 10), 3, 'narrow');
    near(approximateTextWidth('m', 10), 8.6, 'wide');
    near(approximateTextWidth('A', 10), 6.8, 'capital');
    near(approximateTextWidth('Ø', 10), 6.8, 'Norwegian capital');
    near(approximateTextWidth('7', 10), 5.6, 'digit');
    near(approximateTextWidth('a', 10), 5.5, 'other');
    near(approximateTextWidth('Mi a', 20), 20 * (0.86 + 0.3 + 0.3 + 0.55), 'W and M are wide, space is narrow');
  });
});

describe('wrapText', () => {
  const unit = (text: string) => text.length * 10;

  it('fills lines word by word up to the width', () => {
    assert.deepEqual(wrapText('aa bb cc dd', 50, 1, unit), ['aa bb', 'cc dd']);
    assert.deepEqual(wrapText('aa bb cc dd', 49, 1, unit), ['aa', 'bb', 'cc', 'dd']);
    assert.deepEqual(wrapText('  aa   bb  ', 100, 1, unit), ['aa bb'], 'runs of spaces collapse');
  });

  it('splits a word longer than a line with hyphens', () => {
    assert.deepEqual(wrapText('abcdefghij', 50, 1, unit), ['abcd-', 'efgh-', 'ij']);
    assert.deepEqual(wrapText('xy abcdefghij', 50, 1, unit), ['xy', 'abcd-', 'efgh-', 'ij']);
  });

  it('gives one empty line for empty text', () => {
    assert.deepEqual(wrapText('', 50, 1, unit), ['']);
    assert.deepEqual(wrapText('   ', 50, 1, unit), ['']);
  });

  it('measures with the font size it is given', () => {
    assert.deepEqual(wrapText('Barne og familie', 100, 13), ['Barne og', 'familie']);
    assert.deepEqual(wrapText('Barne og familie', 200, 13), ['Barne og familie']);
  });
});

describe('lcg', () => {
  it('repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const take = (random: () => number, n: number) => Array.from({ length: n }, random);
    assert.deepEqual(take(lcg(5), 5), take(lcg(5), 5));
    assert.notDeepEqual(take(lcg(5), 5), take(lcg(6), 5));
    assert.deepEqual(take(lcg(), 3), take(lcg(1), 3));
    for (const x of take(lcg(123), 1000)) assert.ok(x >= 0 && x < 1, `${x} in [0, 1)`);
  });
});

describe("the reader's text style", () => {
  const tenPerCharacter = (text: string) => [...text].length * 10;

  it('leaves the measure as it is when there is no extra spacing', () => {
    assert.equal(spacedTextWidth(tenPerCharacter, PLAIN_TEXT_STYLE), tenPerCharacter);
  });

  it('adds letter spacing after every character and word spacing at every space', () => {
    const measure = spacedTextWidth(tenPerCharacter, { fontScale: 1, letterSpacing: 2, wordSpacing: 3 });
    // 7 characters × (10 + 2) + 1 space × 3
    assert.equal(measure('ab cdef', 13), 87);
    assert.equal(measure('', 13), 0);
  });

  it('wraps a label into more lines when spacing widens it', () => {
    const label = 'Unge faller mellom tjenester i overganger';
    const plain = wrapText(label, 150, 13);
    const spaced = wrapText(
      label,
      150,
      13,
      spacedTextWidth(approximateTextWidth, { fontScale: 1, letterSpacing: 1.92, wordSpacing: 2.56 }),
    );
    assert.deepEqual(plain, ['Unge faller mellom', 'tjenester i overganger']);
    assert.deepEqual(spaced, ['Unge faller', 'mellom tjenester', 'i overganger']);
  });

  it("scales font size and line height with the reader's font size", () => {
    assert.deepEqual(styledType(13, 17, PLAIN_TEXT_STYLE), { fontSize: 13, lineHeight: 17 });
    assert.deepEqual(styledType(13, 17, { fontScale: 1.5, letterSpacing: 0, wordSpacing: 0 }), { fontSize: 19.5, lineHeight: 25.5 });
  });
});
