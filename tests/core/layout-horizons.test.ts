import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
import { DEFAULT_CURVES, layoutHorizons, monotoneCurve, normalize, type HorizonsLayout } from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

const telemark = () => normalize(readJson('examples/data/telemark-agder.json'));

/** The curve's y at x, read off the drawn polyline (what the reader sees). */
function drawnY(layout: HorizonsLayout, horizon: 'H1' | 'H2' | 'H3', x: number): number {
  const points = layout.curves[horizon];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (x >= a.x && x <= b.x) return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x || 1);
  }
  return points[points.length - 1]!.y;
}

/** Labels drawn at rest never overlap each other nor any marker; no two markers overlap. */
function assertLabelsApart(layout: HorizonsLayout) {
  const atRest = layout.elements.filter((e) => e.labelled);
  const overlaps = atRest.flatMap((a, i) =>
    atRest
      .slice(i + 1)
      .filter((b) => boxesOverlap(a.labelBox, b.labelBox))
      .map((b) => `${a.id} × ${b.id}`),
  );
  assert.deepEqual(overlaps, [], 'no two labels overlap');
  const marks = layout.elements.map((e) => ({ id: e.id, box: { ...e.mark, width: 16, height: 16 } }));
  const covered = atRest.flatMap((a) => marks.filter((mk) => boxesOverlap(a.labelBox, mk.box)).map((mk) => `${a.id} × ${mk.id}`));
  assert.deepEqual(covered, [], 'no label covers a marker');
  const piled = marks.flatMap((a, i) =>
    marks
      .slice(i + 1)
      .filter((b) => boxesOverlap(a.box, b.box))
      .map((b) => `${a.id} × ${b.id}`),
  );
  assert.deepEqual(piled, [], 'no two markers overlap');
}

describe('layoutHorizons', () => {
  it('puts every dated element on its curve at its date, within a pixel of the drawn curve', () => {
    const layout = layoutHorizons(telemark());
    assert.ok(layout.elements.length > 20);
    for (const e of layout.elements) {
      const expectedX =
        layout.plot.left +
        ((Math.min(layout.end, Math.max(layout.start, e.year)) - layout.start) / (layout.end - layout.start)) *
          (layout.plot.right - layout.plot.left);
      assert.ok(Math.abs(e.x - expectedX) <= 0.5, `${e.id} at its date`);
      assert.ok(Math.abs(e.y - drawnY(layout, e.horizon, e.x)) <= 1, `${e.id} on the ${e.horizon} curve`);
    }
  });

  it('draws the classic shapes: H1 high then falling, H2 rising then falling, H3 rising', () => {
    const at = (f: (t: number) => number) => [0, 0.25, 0.5, 0.75, 1].map(f);
    const [h1s, , , , h1e] = at(DEFAULT_CURVES.H1);
    assert.ok(h1s! > 0.8 && h1e! < 0.2);
    const h2 = at(DEFAULT_CURVES.H2);
    assert.ok(h2[2]! > h2[0]! && h2[2]! > h2[4]!, 'H2 peaks in the middle');
    const h3 = at(DEFAULT_CURVES.H3);
    for (let i = 1; i < h3.length; i++) assert.ok(h3[i]! >= h3[i - 1]!, 'H3 rises');
    for (let i = 1; i < 5; i++) assert.ok(at(DEFAULT_CURVES.H1)[i]! <= at(DEFAULT_CURVES.H1)[i - 1]!, 'H1 falls');
  });

  it('follows author control points without overshooting them', () => {
    const curve = monotoneCurve([
      [0, 0.2],
      [0.5, 0.9],
      [1, 0.9],
    ]);
    assert.equal(curve(0), 0.2);
    assert.equal(curve(0.5), 0.9);
    for (let t = 0.5; t <= 1; t += 0.05) assert.ok(curve(t) <= 0.9 + 1e-9);
    const document = readJson<Record<string, any>>('examples/data/minimal.json');
    document.views = {
      horizons: {
        start: '2020',
        end: '2030',
        curves: {
          H3: [
            ['2020', 0.1],
            ['2030', 0.5],
          ],
        },
      },
    };
    const layout = layoutHorizons(normalize(document));
    const last = layout.curves.H3.at(-1)!;
    assert.ok(Math.abs(last.y - (layout.plot.bottom - 0.5 * (layout.plot.bottom - layout.plot.top))) < 0.01);
  });

  it('places no label on another or on a marker, and no marker on another, on the Telemark document and on 200 elements', () => {
    assertLabelsApart(layoutHorizons(telemark()));
    const document = readJson<Record<string, any>>('examples/data/minimal.json');
    document.elements = Array.from({ length: 200 }, (_, i) => ({
      id: `e${i}`,
      kind: 'initiative',
      label: `Tiltak ${i}${i % 3 ? '' : ' med et lengre navn'}`,
      horizon: ['H1', 'H2', 'H3'][i % 3],
      date: `${2016 + (i % 18)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    }));
    document.relations = [];
    const layout = layoutHorizons(normalize(document));
    assert.equal(layout.elements.length, 200);
    assertLabelsApart(layout);
    for (const e of layout.elements.filter((x) => x.leader)) assert.equal(e.leader!.length, 2);
  });

  it('shows elements outside the time range at the edge and reports them, and lists undated ones', () => {
    const document = readJson<Record<string, any>>('examples/data/minimal.json');
    document.views = { horizons: { start: '2020', end: '2030' } };
    document.elements.push(
      { id: 'early', kind: 'insight', label: 'Tidlig', horizon: 'H1', date: '2012' },
      { id: 'late', kind: 'goal', label: 'Sent', horizon: 'H3', date: '2040' },
      { id: 'undated', kind: 'goal', label: 'Uten dato', horizon: 'H3' },
    );
    const layout = layoutHorizons(normalize(document));
    assert.deepEqual([...layout.outOfRange].sort(), ['early', 'late', 'no-one-outside']);
    const early = layout.elements.find((e) => e.id === 'early')!;
    assert.equal(early.outOfRange, 'before');
    assert.equal(early.x, layout.plot.left);
    assert.equal(layout.elements.find((e) => e.id === 'late')!.x, layout.plot.right);
    assert.deepEqual(layout.undated, ['undated']);
  });

  it('draws periods along the curve and marks H2 elements moving toward H3 or absorbed by H1', () => {
    const layout = layoutHorizons(telemark());
    const zeroTo24 = layout.elements.find((e) => e.id === 'samarbeid-0-24')!;
    assert.ok(zeroTo24.period && zeroTo24.period.length > 10);
    assert.ok(zeroTo24.period.every((p) => Math.abs(p.y - drawnY(layout, 'H2', p.x)) <= 1));
    // 0-24 is carried forward by the mission (operative group's report, 003 l. 445-447): H2+.
    assert.equal(zeroTo24.shift, 'toward-h3');
    assert.equal(layout.elements.find((e) => e.id === 'innovativ-anskaffelse-2026')!.shift, 'toward-h3');
    // The example has no initiative the sources call absorbed by H1; mark one to check the other shift.
    const document = readJson<Record<string, any>>('examples/data/telemark-agder.json');
    document.elements.find((e: { id: string }) => e.id === 'samarbeid-0-24').horizonShift = 'absorbed-by-h1';
    assert.equal(layoutHorizons(normalize(document)).elements.find((e) => e.id === 'samarbeid-0-24')!.shift, 'absorbed-by-h1');
    assert.ok(layout.now && Math.abs(layout.now.year - 2026.16) < 0.01);
  });

  it('gives identical output for identical input', () => {
    assert.deepEqual(layoutHorizons(telemark()), layoutHorizons(telemark()));
  });
});
