import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_CURVES,
  HORIZONS_METRICS,
  segmentHitsBox,
  layoutHorizons,
  monotoneCurve,
  normalize,
  type HorizonsLayout,
} from '../../packages/core/src/index.js';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
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
    assert.equal(layout.height, Math.ceil(layout.plot.bottom + m.axisHeight));
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

  it('samples each curve every 2 px across the plot', () => {
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
  });

  it('names each curve in the right-hand column, level with its end, wrapped to the column', () => {
    const names = { H1: 'H1 Dagens system', H2: 'H2 Innovasjon og overgang', H3: 'H3 Ønsket framtid' };
    const layout = layoutHorizons(documentWith([]), { width: 960, textWidth: sixPx, curveNames: names });
    const { right } = layout.plot;
    // 6 px a character: 132 px holds 22 characters.
    assert.deepEqual(
      (['H1', 'H2', 'H3'] as const).map((h) => layout.curveLabels[h].lines),
      [['H1 Dagens system'], ['H2 Innovasjon og', 'overgang'], ['H3 Ønsket framtid']],
    );
    for (const h of ['H1', 'H2', 'H3'] as const) {
      const name = layout.curveLabels[h];
      assert.equal(name.x, right + m.nameGap + 4, `${h} in the column`);
      assert.deepEqual(name.end, layout.curves[h].at(-1), `${h} ends where its curve ends`);
      assert.ok(name.box.x + name.box.width / 2 <= layout.width, `${h} within the drawing`);
    }
    // H3 ends high and alone: its name stands level with its end.
    assert.equal(layout.curveLabels.H3.y, layout.curveLabels.H3.end.y);
    // H1 and H2 end 21 px apart: the lower is pushed down until the two names are 6 px apart.
    const [h1, h2] = [layout.curveLabels.H1, layout.curveLabels.H2];
    assert.equal(h1.y, h1.end.y);
    assertNear(h2.box.y - h2.box.height / 2, h1.box.y + h1.box.height / 2 + 6, 0.01, 'H2 below H1');
    assert.equal(layout.nameFontSize, m.nameFontSize);
  });

  it("sizes labels and names for the reader's text style: larger type, wider spacing, re-wrapped lines", () => {
    const elements = [{ id: 'a', kind: 'goal', label: 'Barn og unge opplever god livskvalitet', horizon: 'H3', date: '2025' }];
    const plain = layoutOf(elements);
    const styled = layoutHorizons(documentWith(elements), {
      width: 960,
      textWidth: (text) => text.length * 9,
      textStyle: { fontScale: 1.5, letterSpacing: 0, wordSpacing: 0 },
    });
    assert.deepEqual([styled.fontSize, styled.lineHeight, styled.nameFontSize], [18, 22.5, 19.5]);
    assert.deepEqual(element(plain, 'a').lines, ['Barn og unge opplever god', 'livskvalitet']);
    // 9 px a character in a 225 px column (the text width grows with the type): the same 25 characters a line.
    assert.deepEqual(element(styled, 'a').lines, ['Barn og unge opplever god', 'livskvalitet']);
    assert.equal(element(styled, 'a').labelBox.height, 2 * 22.5 + 2 * m.labelPadding);
    // Wider letters (spacing) at the same size: 8 px a character, 18 to the 150 px line.
    const spaced = layoutHorizons(documentWith(elements), { width: 960, textWidth: (text) => text.length * 8 });
    assert.deepEqual(element(spaced, 'a').lines, ['Barn og unge', 'opplever god', 'livskvalitet']);
  });
});

describe('segmentHitsBox', () => {
  it('tells a segment through a box, or near it by the padding, from one that passes by', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    assert.equal(segmentHitsBox({ x: -20, y: 0 }, { x: 20, y: 0 }, box), true, 'straight through');
    assert.equal(segmentHitsBox({ x: -20, y: -20 }, { x: 20, y: 20 }, box), true, 'diagonally');
    assert.equal(segmentHitsBox({ x: -20, y: 7 }, { x: 20, y: 7 }, box), false, 'passes below');
    assert.equal(segmentHitsBox({ x: -20, y: 7 }, { x: 20, y: 7 }, box, 3), true, 'within the padding');
    assert.equal(segmentHitsBox({ x: -20, y: 0 }, { x: -6, y: 0 }, box), false, 'stops short');
    assert.equal(segmentHitsBox({ x: 6, y: 20 }, { x: 6, y: -20 }, box), false, 'vertical, beside');
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

  it('labels a goal or an initiative beside its marker, up and to the right where that is free', () => {
    // H1 is still flat in 2021.
    const layout = layoutOf([{ id: 'a', kind: 'goal', label: 'Frafall', horizon: 'H1', date: '2021' }]);
    const a = element(layout, 'a');
    const { width, height } = a.labelBox;
    assert.equal(a.labelled, true);
    assert.deepEqual(a.mark, { x: a.x, y: a.y });
    assert.deepEqual(a.labelBox, { x: a.x + width / 2 + m.markerRadius + 3, y: a.y - height / 2 - 5, width, height });
    assert.equal(a.leader, undefined);
  });

  it('leaves other kinds unlabelled at rest, with a place for their label when shown on demand', () => {
    const layout = layoutOf([{ id: 'a', kind: 'insight', label: 'Frafall', horizon: 'H1', date: '2021' }]);
    const a = element(layout, 'a');
    const { width, height } = a.labelBox;
    assert.equal(a.labelled, false);
    assert.deepEqual(a.labelBox, { x: a.x + width / 2 + m.markerRadius + 3, y: a.y - height / 2 - 5, width, height });
  });

  it('tries beside the marker up right, up left, then down right: a label keeps off every curve', () => {
    // In 2027 H3 rises through the upper right of the point and H2 falls through its upper left.
    const layout = layoutOf([{ id: 'a', kind: 'goal', label: 'Frafall blant unge', horizon: 'H3', date: '2027' }]);
    const a = element(layout, 'a');
    const { width, height } = a.labelBox;
    assert.deepEqual(a.labelBox, { x: a.x + width / 2 + m.markerRadius + 3, y: a.y + height / 2 + 5, width, height });
  });

  it('puts markers of the same date in a column at that date, below then above the curve point, never overlapping', () => {
    const layout = layoutOf(['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'insight', label: id, horizon: 'H2', date: '2025' })));
    const step = 2 * m.markerRadius + m.markerGap;
    const [a, b, c, d] = layout.elements.map((e) => e.mark);
    const { x, y } = element(layout, 'a');
    assert.deepEqual(
      [a, b, c, d].map((p) => [p!.x - x, Math.round((p!.y - y) * 100) / 100]),
      [
        [0, 0],
        [0, step],
        [0, -step],
        [0, 2 * step],
      ],
    );
  });

  it("follows the author's priority: high is labelled (first), low only on demand", () => {
    const layout = layoutOf([
      { id: 'insight', kind: 'insight', label: 'Frafall', horizon: 'H1', date: '2021', priority: 'high' },
      { id: 'goal', kind: 'goal', label: 'Frafall', horizon: 'H1', date: '2023', priority: 'low' },
      { id: 'plain', kind: 'insight', label: 'Frafall', horizon: 'H1', date: '2025' },
    ]);
    assert.deepEqual(
      layout.elements.map((e) => [e.id, e.labelled]),
      [
        ['insight', true],
        ['goal', false],
        ['plain', false],
      ],
    );
    // Where only some labels fit, the high one is placed first: here the last by date of eight on one day.
    const crowded = layoutOf(
      Array.from({ length: 8 }, (_, i) => ({
        id: `g${i}`,
        kind: 'goal',
        label: 'Et langt mål som tar mye plass i tegningen, over flere linjer',
        horizon: 'H3',
        date: '2030',
        ...(i === 7 ? { priority: 'high' } : {}),
      })),
    );
    assert.equal(element(crowded, 'g7').labelled, true);
    assert.ok(
      crowded.elements.some((e) => !e.labelled),
      'not all fit',
    );
  });

  it('places a label shown on demand clear of the markers and of the labels at rest when there is room', () => {
    const layout = layoutOf([
      { id: 'goal', kind: 'goal', label: 'Frafall', horizon: 'H1', date: '2021' },
      { id: 'insight', kind: 'insight', label: 'Frafall', horizon: 'H1', date: '2021' },
    ]);
    const [goal, insight] = [element(layout, 'goal'), element(layout, 'insight')];
    assert.deepEqual([goal.labelled, insight.labelled], [true, false]);
    assert.ok(!boxesOverlap(insight.labelBox, goal.labelBox), 'apart from the label at rest');
    for (const e of [goal, insight])
      assert.ok(!boxesOverlap(insight.labelBox, { ...e.mark, width: 2 * m.markerRadius, height: 2 * m.markerRadius }), `clear of ${e.id}`);
  });

  it('keeps a marker inside the plot when its curve point lies near the edge', () => {
    // With these control points H1 runs along the plot's top edge.
    const layout = layoutOf([{ id: 'a', kind: 'goal', label: 'A', horizon: 'H1', date: '2025' }], {
      start: '2020',
      end: '2030',
      curves: {
        H1: [
          ['2020', 1],
          ['2030', 1],
        ],
      },
    });
    const a = element(layout, 'a');
    assert.equal(a.y, layout.plot.top);
    assert.deepEqual(a.mark, { x: a.x, y: layout.plot.top + m.markerRadius });
  });

  it('keeps markers inside the plot and labels clear of curves, markers, names and each other on a crowded date', () => {
    const elements = Array.from({ length: 20 }, (_, i) => ({
      id: `e${String(i).padStart(2, '0')}`,
      kind: 'initiative',
      label: `Tiltak nummer ${i}`,
      horizon: ['H1', 'H2', 'H3'][i % 3],
      date: '2025',
    }));
    const layout = layoutOf(elements, undefined, 960);
    const { top, bottom, left, right } = layout.plot;
    const marks = layout.elements.map((e) => ({ ...e.mark, width: 2 * m.markerRadius, height: 2 * m.markerRadius }));
    marks.forEach((a, i) => {
      assert.ok(a.y - m.markerRadius >= top - 1e-9 && a.y + m.markerRadius <= bottom + 1e-9, 'marker inside the plot');
      for (const b of marks.slice(i + 1)) assert.ok(!boxesOverlap(a, b), 'markers apart');
    });
    const labelled = layout.elements.filter((e) => e.labelled);
    assert.equal(labelled.length, 18, 'eighteen of twenty labels find room; two are shown on demand');
    for (const e of labelled) {
      const box = e.labelBox;
      assert.ok(box.x - box.width / 2 >= left && box.x + box.width / 2 <= right, `${e.id} within the plot`);
      assert.ok(!marks.some((mk) => boxesOverlap(box, mk)), `${e.id} covers no marker`);
      assert.ok(!(['H1', 'H2', 'H3'] as const).some((h) => boxesOverlap(box, layout.curveLabels[h].box)), `${e.id} covers no name`);
      for (const h of ['H1', 'H2', 'H3'] as const) {
        const points = layout.curves[h];
        for (let i = 1; i < points.length; i++)
          assert.ok(!segmentHitsBox(points[i - 1]!, points[i]!, box, m.curveClearance - 1), `${e.id} clear of ${h}`);
      }
      for (const other of labelled) if (other !== e) assert.ok(!boxesOverlap(box, other.labelBox), `${e.id} apart from ${other.id}`);
      for (const other of layout.elements)
        assert.ok(!segmentHitsBox({ x: other.x, y: other.y }, other.mark, box), `${e.id} covers no stem (${other.id})`);
      if (e.leader) {
        assert.deepEqual(e.leader[0], e.mark, 'a leader starts at the marker');
        for (const other of labelled)
          if (other !== e) assert.ok(!segmentHitsBox(e.leader[0]!, e.leader[1]!, other.labelBox), `${e.id}'s leader misses ${other.id}`);
      }
    }
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
