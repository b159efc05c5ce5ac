/**
 * Dates and horizons under the pointer (`@floke/core/horizons`): what workshop mode reads from a click, a drag or
 * Alt+arrow, and the "NY" tag the layout makes room for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  curveYAt,
  layoutHorizons,
  nearestMonth,
  normalize,
  shiftDate,
  spotAt,
  spotOf,
  xAtYear,
  yearAtX,
  type HorizonsLayout,
} from '../../packages/core/src/index.js';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
import { applyEdit } from '../../packages/core/src/edit/index.js';
import type { FlokeDocument } from '../../packages/core/src/index.js';

const sixPx = (text: string) => text.length * 6;
const layoutOf = (elements: unknown[] = [], options: Parameters<typeof layoutHorizons>[1] = {}) =>
  layoutHorizons(normalize({ floke: '1.0', title: 't', elements, views: { horizons: { start: '2020', end: '2030' } } }), {
    width: 960,
    textWidth: sixPx,
    ...options,
  });

describe('yearAtX and xAtYear', () => {
  const layout = layoutOf();
  it('read the axis both ways: the plot edges are its start and end, its middle the middle year', () => {
    const { left, right } = layout.plot;
    assert.deepEqual([yearAtX(layout, left), yearAtX(layout, (left + right) / 2), yearAtX(layout, right)], [2020, 2025, 2030]);
    assert.equal(xAtYear(layout, 2025), (left + right) / 2);
  });
  it('clamps a point beyond the plot to the axis', () => {
    assert.deepEqual([yearAtX(layout, 0), yearAtX(layout, 5000)], [2020, 2030]);
  });
});

describe('nearestMonth', () => {
  it('snaps a decimal year to the month whose start is nearest', () => {
    assert.deepEqual(
      [nearestMonth(2026), nearestMonth(2026.5), nearestMonth(2026.04), nearestMonth(2026.99)],
      ['2026-01', '2026-07', '2026-01', '2027-01'],
    );
  });
  it('gives back the month of a month start (round trip)', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
    const starts = months.map((m) => 2024 + (Date.UTC(2024, Number(m.slice(5)) - 1, 1) - Date.UTC(2024, 0, 1)) / (366 * 864e5));
    assert.deepEqual(starts.map(nearestMonth), months);
  });
});

describe('shiftDate', () => {
  it('moves a month date by months across a year end, both ways', () => {
    assert.deepEqual([shiftDate('2026-12', 1), shiftDate('2026-01', -1), shiftDate('2026-03', 12)], ['2027-01', '2025-12', '2027-03']);
  });
  it('keeps a year a year when moved by whole years, and makes it a month otherwise', () => {
    assert.deepEqual(
      [shiftDate('2026', 12), shiftDate('2026', -24), shiftDate('2026', 1), shiftDate('2026', -1)],
      ['2027', '2024', '2026-02', '2025-12'],
    );
  });
  it('keeps a day, within the new month', () => {
    assert.deepEqual(
      [shiftDate('2024-01-31', 1), shiftDate('2024-02-29', 12), shiftDate('2024-03-04', -1)],
      ['2024-02-29', '2025-02-28', '2024-02-04'],
    );
  });
  it('gives undefined for text that is not a date', () => {
    assert.equal(shiftDate('mars', 1), undefined);
  });
});

describe('spotAt', () => {
  const layout = layoutOf();
  const x = xAtYear(layout, 2024.5);
  it('names the curve under a point and the month at its x', () => {
    const y = curveYAt(layout, 'H1', x);
    assert.deepEqual(spotAt(layout, { x, y: y + 10 }), spotOf(layout, 'H1', '2024-07'));
    assert.equal(spotOf(layout, 'H1', '2024-07').horizon, 'H1');
  });
  it('takes the nearest curve when two are within reach', () => {
    // Where H1 and H2 run 20 px or less apart, a point a third of the way from H2 toward H1 is H2's.
    const both = layout.curves.H1.find((p) => Math.abs(p.y - curveYAt(layout, 'H2', p.x)) < 20)!;
    const h2 = curveYAt(layout, 'H2', both.x);
    assert.equal(spotAt(layout, { x: both.x, y: h2 + (both.y - h2) / 3 })?.horizon, 'H2');
  });
  it('is undefined far from every curve and outside the plot', () => {
    const ys = (['H1', 'H2', 'H3'] as const).map((h) => curveYAt(layout, h, x));
    const far = layout.plot.top + 1;
    assert.ok(
      ys.every((y) => Math.abs(y - far) > 28),
      'the test point is far from every curve',
    );
    assert.equal(spotAt(layout, { x, y: far }), undefined);
    assert.equal(spotAt(layout, { x: layout.plot.left - 5, y: ys[0]! }), undefined);
  });
});

describe('spotOf', () => {
  it('stands on the curve at the date, clamped to the axis', () => {
    const layout = layoutOf();
    const spot = spotOf(layout, 'H3', '2040');
    assert.equal(spot.x, layout.plot.right);
    assert.equal(spot.y, Math.round(curveYAt(layout, 'H3', layout.plot.right) * 100) / 100);
  });
});

describe('layoutHorizons with a badge (workshop mode)', () => {
  const elements = [
    { id: 'a', kind: 'factor', label: 'Alpha', horizon: 'H1', date: '2024' },
    { id: 'b', kind: 'factor', label: 'Beta', horizon: 'H1', date: '2024' },
    { id: 'c', kind: 'initiative', label: 'Gamma', horizon: 'H1', date: '2024' },
  ];
  const tagged = layoutOf(elements, { badge: { text: 'NY', ids: new Set(['a', 'b']) } });
  const byId = (layout: HorizonsLayout, id: string) => layout.elements.find((e) => e.id === id)!;

  it('draws a tagged label at rest even for a kind that shows its label on demand', () => {
    assert.deepEqual(
      tagged.elements.map((e) => [e.id, e.labelled]),
      [
        ['a', true],
        ['b', true],
        ['c', true],
      ],
    );
    assert.equal(byId(layoutOf(elements), 'a').labelled, false);
  });
  it('widens the label box by the tag and a gap, and says how wide the tag is', () => {
    // "NY" at 6 px a character, padded 4 px each side: 20 px; the label grows by it and a 4 px gap.
    assert.deepEqual(byId(tagged, 'a').badge, { text: 'NY', width: 20 });
    assert.equal(byId(tagged, 'a').labelBox.width, byId(layoutOf(elements), 'a').labelBox.width + 24);
    assert.equal(byId(tagged, 'c').badge, undefined);
  });
  it('keeps the tagged labels clear of each other and of every marker', () => {
    const atRest = tagged.elements.filter((e) => e.labelled);
    const pairs = atRest.flatMap((p, i) => atRest.slice(i + 1).filter((q) => boxesOverlap(p.labelBox, q.labelBox)));
    const marks = tagged.elements.map((e) => ({ ...e.mark, width: 16, height: 16 }));
    assert.deepEqual(pairs, []);
    assert.deepEqual(
      atRest.filter((p) => marks.some((m) => boxesOverlap(p.labelBox, m))),
      [],
    );
  });
});

describe('applyEdit on a period (what a drag of a period makes)', () => {
  const document = () =>
    ({
      floke: '1.0',
      title: 't',
      elements: [{ id: 'p', kind: 'initiative', label: 'Pilot', horizon: 'H2', period: { start: '2021-01', end: '2022-06' } }],
    }) as FlokeDocument;

  it('replaces the whole period, undone by its inverse', () => {
    const result = applyEdit(document(), { type: 'update-element', id: 'p', changes: { period: { start: '2020-12', end: '2022-05' } } });
    assert.ok(result.ok);
    assert.deepEqual(result.patch, [{ op: 'replace', path: '/elements/0/period', value: { start: '2020-12', end: '2022-05' } }]);
    assert.deepEqual(result.inverse, [{ op: 'replace', path: '/elements/0/period', value: { start: '2021-01', end: '2022-06' } }]);
  });

  it('refuses a period that ends before it starts, with the pointer', () => {
    const result = applyEdit(document(), { type: 'update-element', id: 'p', changes: { period: { start: '2023', end: '2022' } } });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.pointer),
      ['/elements/0/period'],
    );
  });
});
