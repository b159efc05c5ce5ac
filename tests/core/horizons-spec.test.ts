import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_CURVES,
  HORIZONS_METRICS,
  layoutHorizons,
  monotoneCurve,
  normalize,
  type HorizonsLayout,
} from '../../packages/core/src/index.js';
import { horizonCurves } from '../../packages/core/src/horizons/curves.js';
import { assertNear } from './near.js';

const m = HORIZONS_METRICS;
/** A unit text measure: 6 px per character whatever the font size, so label boxes are easy to predict. */
const sixPx = (text: string) => text.length * 6;

function documentWith(elements: unknown[], horizons: Record<string, unknown> = { start: '2020', end: '2030' }) {
  return normalize({ floke: '1.0', title: 't', elements, views: { horizons } });
}
const layoutOf = (elements: unknown[], horizons?: Record<string, unknown>, width = 960) =>
  layoutHorizons(documentWith(elements, horizons), { width, textWidth: sixPx });
const element = (layout: HorizonsLayout, id: string) => layout.elements.find((e) => e.id === id)!;

describe('monotoneCurve', () => {
  it('is 0 without points and constant with one', () => {
    assert.equal(monotoneCurve([])(0.3), 0);
    assert.equal(monotoneCurve([[0.5, 0.4]])(0), 0.4);
    assert.equal(monotoneCurve([[0.5, 0.4]])(1), 0.4);
  });

  it('passes through its points and stays flat beyond the ends', () => {
    const curve = monotoneCurve([
      [0.2, 0.1],
      [0.4, 0.6],
      [0.7, 0.3],
      [0.9, 0.8],
    ]);
    for (const [t, v] of [
      [0.2, 0.1],
      [0.4, 0.6],
      [0.7, 0.3],
      [0.9, 0.8],
      [0, 0.1],
      [0.1, 0.1],
      [1, 0.8],
    ] as const)
      assert.ok(Math.abs(curve(t) - v) < 1e-12, `at ${t}: ${curve(t)}`);
  });

  it('never overshoots between two points, and is flat at a peak', () => {
    const curve = monotoneCurve([
      [0, 0],
      [0.3, 1],
      [0.6, 0.2],
      [1, 0.25],
    ]);
    for (let t = 0; t <= 1; t += 0.01) assert.ok(curve(t) >= -1e-12 && curve(t) <= 1 + 1e-12, `at ${t}: ${curve(t)}`);
    for (let t = 0.6; t <= 1; t += 0.01) assert.ok(curve(t) >= 0.2 - 1e-12 && curve(t) <= 0.25 + 1e-12, `at ${t}: ${curve(t)}`);
    assert.ok(curve(0.29) < 1 && curve(0.31) < 1, 'the peak is the point itself');
  });

  it('is the straight line through two points, and rises steadily through rising points', () => {
    const line = monotoneCurve([
      [0, 0.2],
      [1, 0.6],
    ]);
    for (const t of [0.1, 0.25, 0.5, 0.9]) assert.ok(Math.abs(line(t) - (0.2 + 0.4 * t)) < 1e-12, `at ${t}`);
    const rising = monotoneCurve([
      [0, 0],
      [0.1, 0.5],
      [0.5, 0.6],
      [1, 1],
    ]);
    for (let t = 0.01; t <= 1; t += 0.01) assert.ok(rising(t) >= rising(t - 0.01) - 1e-12, `at ${t}`);
    assert.ok(Math.abs(rising(0.3) - 0.5513) < 0.001, `a smooth bend: ${rising(0.3)}`);
  });
});

describe('horizonCurves', () => {
  it('uses the default shapes where the author gave no points', () => {
    const curves = horizonCurves({}, 2015, 2035);
    for (const h of ['H1', 'H2', 'H3'] as const) for (const t of [0, 0.5, 1]) assert.equal(curves[h](t), DEFAULT_CURVES[h](t));
  });

  it('places authored points by their date on the axis, in date order', () => {
    const curves = horizonCurves(
      {
        H2: [
          ['2030', 0.2],
          ['2020', 0.8],
          ['2025', 0.4],
        ],
      },
      2020,
      2030,
    );
    assertNear(curves.H2(0), 0.8, 1e-12, 'H2 at 2020');
    assertNear(curves.H2(0.5), 0.4, 1e-12, 'H2 at 2025');
    assertNear(curves.H2(1), 0.2, 1e-12, 'H2 at 2030');
    assert.equal(curves.H1(0.5), DEFAULT_CURVES.H1(0.5));
  });

  it('puts a point with an unreadable date at the start of the axis', () => {
    const curves = horizonCurves(
      {
        H3: [
          ['not a date', 0.3],
          ['2030', 0.9],
        ],
      },
      2020,
      2030,
    );
    assertNear(curves.H3(0), 0.3, 1e-12, 'H3 at the start');
  });

  it('draws the classic defaults: H1 falls, H2 peaks in the middle, H3 rises', () => {
    assertNear(DEFAULT_CURVES.H1(0), 0.856, 0.001, 'H1 starts high');
    assertNear(DEFAULT_CURVES.H1(1), 0.156, 0.001, 'H1 ends low');
    assertNear(DEFAULT_CURVES.H2(0), 0.105, 0.001, 'H2 starts low');
    assertNear(DEFAULT_CURVES.H2(0.52), 0.6, 0.001, 'H2 peaks in the middle');
    assertNear(DEFAULT_CURVES.H2(1), 0.109, 0.001, 'H2 ends low');
    assertNear(DEFAULT_CURVES.H3(0), 0.082, 0.001, 'H3 starts low');
    assertNear(DEFAULT_CURVES.H3(1), 0.781, 0.001, 'H3 ends high');
  });
});

describe('layoutHorizons axis', () => {
  it('maps the axis onto the plot between the margins, at the width asked for', () => {
    const layout = layoutOf([]);
    assert.equal(layout.width, 960);
    assert.deepEqual(layout.plot, { left: m.marginLeft, top: m.marginTop, right: 960 - m.marginRight, bottom: m.marginTop + 420 });
    assert.deepEqual([layout.start, layout.end], [2020, 2030]);
    assert.equal(layout.height, Math.ceil(layout.plot.bottom + m.axisHeight + 2 * m.laneGap));
    const tall = layoutHorizons(documentWith([]), { plotHeight: 200 });
    assert.equal(tall.plot.bottom, m.marginTop + 200);
  });

  it('never draws narrower than 360 px', () => {
    assert.equal(layoutOf([], undefined, 100).width, 360);
    assert.equal(layoutOf([], undefined, 361).width, 361);
  });

  it('ticks every year up to 12 years, then every 2, 5 or 10 years', () => {
    const years = (start: string, end: string) => layoutOf([], { start, end }).ticks.map((t) => t.year);
    assert.deepEqual(years('2020', '2032'), [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    assert.deepEqual(years('2019', '2031'), [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    assert.deepEqual(years('2019', '2036'), [2020, 2022, 2024, 2026, 2028, 2030, 2032, 2034, 2036]);
    assert.deepEqual(years('2001', '2049'), [2005, 2010, 2015, 2020, 2025, 2030, 2035, 2040, 2045]);
    assert.deepEqual(years('2000', '2024'), [2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    assert.deepEqual(years('1950', '2010'), [1950, 1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010]);
    assert.deepEqual(years('1950', '2011'), [1950, 1960, 1970, 1980, 1990, 2000, 2010]);
    const layout = layoutOf([], { start: '2020', end: '2030' });
    assert.deepEqual(
      layout.ticks.map((t) => t.x),
      layout.ticks.map((_, i) => Math.round((layout.plot.left + (i / 10) * (layout.plot.right - layout.plot.left)) * 100) / 100),
    );
  });

  it('falls back to 2015–2035, and to one year when the end is not after the start', () => {
    const fallback = layoutHorizons(normalize({ floke: '1.0', title: 't', elements: [] }));
    assert.deepEqual([fallback.start, fallback.end], [2015, 2035]);
    const empty = layoutOf([], { start: '2030', end: '2030' });
    assert.deepEqual([empty.start, empty.end], [2030, 2031]);
  });

  it('marks now only when it lies on the axis', () => {
    const inside = layoutOf([], { start: '2020', end: '2030', now: '2025-07' });
    assert.equal(inside.now!.year, 2025 + 181 / 365);
    assertNear(inside.now!.x, inside.plot.left + (0.5 + 181 / 3650) * (inside.plot.right - inside.plot.left), 0.01, 'now');
    assert.equal(layoutOf([], { start: '2020', end: '2030', now: '2031' }).now, undefined);
    assert.equal(layoutOf([], { start: '2020', end: '2030', now: '2019' }).now, undefined);
    assert.equal(layoutOf([], { start: '2020', end: '2030', now: '2030' }).now!.year, 2030);
    assert.equal(layoutOf([], { start: '2020', end: '2030', now: '2020' }).now!.year, 2020);
  });

  it('samples each curve every 2 px across the plot, and names each curve where it reads best', () => {
    const layout = layoutOf([]);
    const { left, right, top, bottom } = layout.plot;
    for (const h of ['H1', 'H2', 'H3'] as const) {
      const points = layout.curves[h];
      assert.equal(points.length, (right - left) / m.sampleStep + 1);
      assert.equal(points[0]!.x, left);
      assert.equal(points.at(-1)!.x, right);
      assert.equal(points[1]!.x - points[0]!.x, m.sampleStep);
      assertNear(points[0]!.y, bottom - DEFAULT_CURVES[h](0) * (bottom - top), 0.01, `${h} at the start`);
    }
    const x = (share: number) => Math.round((left + share * (right - left)) * 100) / 100;
    assert.deepEqual(
      (['H1', 'H2', 'H3'] as const).map((h) => layout.curveLabels[h].x),
      [x(0.06), x(0.38), x(0.94)],
    );
    const y = (h: 'H1' | 'H2' | 'H3', share: number) => Math.round((bottom - DEFAULT_CURVES[h](share) * (bottom - top) - 10) * 100) / 100;
    assert.deepEqual(
      (['H1', 'H2', 'H3'] as const).map((h) => layout.curveLabels[h].y),
      [y('H1', 0.06), y('H2', 0.38), y('H3', 0.94)],
    );
  });
});

describe('layoutHorizons elements', () => {
  it('places a dated element on its curve at its date, with a label box sized to its text', () => {
    const layout = layoutOf([{ id: 'a', kind: 'factor', label: 'Frafall', horizon: 'H1', date: '2025' }]);
    const a = element(layout, 'a');
    const { left, right, top, bottom } = layout.plot;
    assert.equal(a.x, (left + right) / 2);
    assertNear(a.y, bottom - DEFAULT_CURVES.H1(0.5) * (bottom - top), 0.01, 'y on H1');
    assert.deepEqual([a.year, a.horizon, a.kind, a.label, a.planned], [2025, 'H1', 'factor', 'Frafall', false]);
    assert.deepEqual(a.lines, ['Frafall']);
    assert.equal(a.labelBox.width, 7 * 6 + 2 * m.labelPadding);
    assert.equal(a.labelBox.height, m.lineHeight + 2 * m.labelPadding);
    assert.equal(a.period, undefined);
    assert.equal(a.outOfRange, undefined);
    assert.equal(a.leader, undefined);
    assert.deepEqual(layout.outOfRange, []);
  });

  it('puts the first label up and to the right of its point, clear of the marker', () => {
    const layout = layoutOf([{ id: 'a', kind: 'factor', label: 'Frafall', horizon: 'H3', date: '2025' }]);
    const a = element(layout, 'a');
    const { width, height } = a.labelBox;
    assert.deepEqual(a.labelBox, { x: a.x + width / 2 + m.markerRadius + 4, y: a.y - height / 2 - 2, width, height });
  });

  it('moves a label to the left when the right would leave the drawing', () => {
    const layout = layoutOf([{ id: 'a', kind: 'factor', label: 'Frafall blant unge', horizon: 'H3', date: '2030' }]);
    const a = element(layout, 'a');
    assert.equal(a.labelBox.x, a.x - a.labelBox.width / 2 - m.markerRadius - 4);
  });

  it('tries the corners around a point in turn: up right, up left, down right, down left', () => {
    const layout = layoutOf(['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'factor', label: 'Frafall', horizon: 'H2', date: '2025' })));
    const a = element(layout, 'a');
    const { width: w, height: h } = a.labelBox;
    const gap = m.markerRadius + 4;
    assert.deepEqual(
      layout.elements.map((e) => [e.labelBox.x - e.x, e.labelBox.y - e.y, e.leader]),
      [
        [w / 2 + gap, -h / 2 - 2, undefined],
        [-w / 2 - gap, -h / 2 - 2, undefined],
        [w / 2 + gap, h / 2 + 2, undefined],
        [-w / 2 - gap, h / 2 + 2, undefined],
      ],
    );
  });

  it('sets labels that find no room near their point further off, with a leader line, or in lanes below the plot', () => {
    const elements = Array.from({ length: 40 }, (_, i) => ({
      id: `e${String(i).padStart(2, '0')}`,
      kind: 'initiative',
      label: `Tiltak nummer ${i}`,
      horizon: 'H2',
      date: '2025',
    }));
    const layout = layoutOf(elements);
    const leaders = layout.elements.filter((e) => e.leader);
    assert.ok(leaders.length > 0, 'some labels have leaders');
    for (const e of leaders) {
      assert.deepEqual(e.leader![0], { x: e.x, y: e.y }, 'a leader starts at the point');
      const end = e.leader![1]!;
      const box = e.labelBox;
      const onSide = Math.abs(Math.abs(end.x - box.x) - box.width / 2) < 1e-9 && end.y === box.y;
      const onTop = end.x === e.x && Math.abs(end.y - (box.y - box.height / 2)) < 1e-9;
      assert.ok(onSide || onTop, `${e.id}: the leader ends at the middle of a side, or on the top of a lane label`);
    }
    const inLanes = layout.elements.filter((e) => e.labelBox.y > layout.plot.bottom);
    assert.ok(inLanes.length > 0, 'some labels go to lanes below the plot');
    for (const e of inLanes) assert.ok(e.labelBox.y + e.labelBox.height / 2 <= layout.height - 2 * m.laneGap + 1e-9, `${e.id} inside`);
    const lanesBottom = Math.max(...inLanes.map((e) => e.labelBox.y + e.labelBox.height / 2));
    assert.equal(layout.height, Math.ceil(lanesBottom + 2 * m.laneGap));
    for (const e of layout.elements)
      assert.ok(e.labelBox.x - e.labelBox.width / 2 >= 0 && e.labelBox.x + e.labelBox.width / 2 <= 960, `${e.id} within the width`);
  });

  it('orders elements by date, then id', () => {
    const layout = layoutOf([
      { id: 'b', kind: 'factor', label: 'B', horizon: 'H1', date: '2024' },
      { id: 'c', kind: 'factor', label: 'C', horizon: 'H2', date: '2022' },
      { id: 'a', kind: 'factor', label: 'A', horizon: 'H3', date: '2024' },
    ]);
    assert.deepEqual(
      layout.elements.map((e) => e.id),
      ['c', 'a', 'b'],
    );
  });

  it('leaves out elements without a horizon, and lists those on a horizon without a date', () => {
    const layout = layoutOf([
      { id: 'none', kind: 'factor', label: 'None', date: '2024' },
      { id: 'undated', kind: 'factor', label: 'Undated', horizon: 'H1' },
      { id: 'dated', kind: 'factor', label: 'Dated', horizon: 'H1', date: '2024' },
    ]);
    assert.deepEqual(
      layout.elements.map((e) => e.id),
      ['dated'],
    );
    assert.deepEqual(layout.undated, ['undated']);
  });

  it('draws a period from its start to its end along the curve, to now when open, clipped to the axis', () => {
    const layout = layoutOf(
      [
        { id: 'closed', kind: 'initiative', label: 'Closed', horizon: 'H2', period: { start: '2022', end: '2023' } },
        { id: 'open', kind: 'initiative', label: 'Open', horizon: 'H2', period: { start: '2024' } },
        { id: 'long', kind: 'initiative', label: 'Long', horizon: 'H3', period: { start: '2018', end: '2040' } },
        { id: 'dated', kind: 'initiative', label: 'Dated', horizon: 'H3', date: '2021', period: { start: '2021', end: '2025' } },
      ],
      { start: '2020', end: '2030', now: '2026' },
    );
    const { left, right } = layout.plot;
    const xOf = (year: number) => left + ((year - 2020) / 10) * (right - left);
    const closed = element(layout, 'closed');
    assert.equal(closed.year, 2022);
    assertNear(closed.period![0]!.x, xOf(2022), 0.01, 'period start');
    assert.ok(Math.abs(closed.period!.at(-1)!.x - xOf(2024)) <= m.sampleStep, 'a period ending 2023 covers all of 2023');
    assertNear(closed.period![1]!.x - closed.period![0]!.x, m.sampleStep, 0.02, 'period step');
    const curveY = (x: number) => {
      const i = Math.floor((x - left) / m.sampleStep);
      const [a, b] = [layout.curves.H2[i]!, layout.curves.H2[i + 1] ?? layout.curves.H2[i]!];
      return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x || 1);
    };
    for (const p of closed.period!) assertNear(p.y, curveY(p.x), 0.05, `period at ${p.x}`);
    const open = element(layout, 'open');
    assert.ok(Math.abs(open.period!.at(-1)!.x - xOf(2026)) <= m.sampleStep, 'an open period runs to now');
    const long = element(layout, 'long');
    assert.equal(long.outOfRange, 'before');
    assert.equal(long.period![0]!.x, left);
    assertNear(long.period!.at(-1)!.x, right, m.sampleStep, 'long period end');
    assert.equal(element(layout, 'dated').period, undefined, 'a dated element is a point, even with a period');
    const noNow = layoutOf([{ id: 'open', kind: 'initiative', label: 'Open', horizon: 'H2', period: { start: '2024' } }]);
    assert.ok(Math.abs(element(noNow, 'open').period!.at(-1)!.x - right) <= m.sampleStep, 'without now, an open period runs to the end');
  });

  it('draws no period for one that ends where it starts on the axis', () => {
    const layout = layoutOf([{ id: 'after', kind: 'initiative', label: 'After', horizon: 'H2', period: { start: '2031', end: '2032' } }]);
    const after = element(layout, 'after');
    assert.equal(after.outOfRange, 'after');
    assert.equal(after.x, layout.plot.right);
    assert.equal(after.period, undefined);
  });

  it('keeps the shift only on H2, and says whether an element is planned', () => {
    const layout = layoutOf([
      { id: 'h2', kind: 'initiative', label: 'H2', horizon: 'H2', horizonShift: 'toward-h3', date: '2024', planned: true },
      { id: 'h1', kind: 'initiative', label: 'H1', horizon: 'H1', horizonShift: 'toward-h3', date: '2024' },
    ]);
    assert.equal(element(layout, 'h2').shift, 'toward-h3');
    assert.equal(element(layout, 'h2').planned, true);
    assert.equal(element(layout, 'h1').shift, undefined);
    assert.equal(element(layout, 'h1').planned, false);
  });

  it('shows dates outside the axis at its edges and reports them in date order', () => {
    const layout = layoutOf([
      { id: 'late', kind: 'goal', label: 'Late', horizon: 'H3', date: '2031' },
      { id: 'early', kind: 'goal', label: 'Early', horizon: 'H1', date: '2019-12' },
      { id: 'edge', kind: 'goal', label: 'Edge', horizon: 'H1', date: '2030' },
    ]);
    assert.deepEqual(layout.outOfRange, ['early', 'late']);
    assert.equal(element(layout, 'early').outOfRange, 'before');
    assert.equal(element(layout, 'early').x, layout.plot.left);
    assert.equal(element(layout, 'late').outOfRange, 'after');
    assert.equal(element(layout, 'edge').outOfRange, undefined);
    assert.equal(element(layout, 'edge').x, layout.plot.right);
  });
});
