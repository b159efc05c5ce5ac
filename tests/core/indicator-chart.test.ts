import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indicatorProgress, layoutIndicatorChart, normalize } from '../../packages/core/src/index.js';

/** Illustrative values, not from the seeds. */
const progressOf = (series: { date: string; value: number; target?: boolean }[]) =>
  indicatorProgress(
    normalize({ floke: '1.1', title: 't', elements: [], indicators: [{ id: 'i', label: 'Andelen', unit: '%', better: 'down', series }] })
      .indicators[0]!,
    'nb',
  );

describe('layoutIndicatorChart', () => {
  it('places measurements on a line from zero, the target as its own mark, each with its value', () => {
    const layout = layoutIndicatorChart(
      progressOf([
        { date: '2022', value: 9.7 },
        { date: '2024-03', value: 9.1 },
        { date: '2034', value: 7, target: true },
      ]),
    );
    assert.deepEqual(
      layout.measurements.map((m) => [m.x, m.y, m.label]),
      [
        [12, 23.4, '9,7\u00a0%'],
        [59.6, 29.3, '9,1\u00a0%'],
      ],
    );
    assert.deepEqual(
      layout.targets.map((t) => [t.x, t.y, t.label]),
      [[276, 49.7, '7\u00a0%']],
    );
    assert.equal(layout.line, 'M12,23.4L59.6,29.3');
    assert.equal(layout.toTarget, 'M59.6,29.3L276,49.7');
    assert.deepEqual(
      layout.dates.map((d) => d.text),
      ['2022', 'mars 2024', '2034'],
    );
    assert.equal(layout.baseline.y, 118);
    assert.ok(layout.fontSize >= 12);
  });

  it('leaves out labels that would overlap, keeping the latest value and the target first', () => {
    const layout = layoutIndicatorChart(
      progressOf([
        { date: '2022-01', value: 9.7 },
        { date: '2022-02', value: 9.6 },
        { date: '2034', value: 7, target: true },
      ]),
    );
    assert.deepEqual(
      layout.measurements.map((m) => m.label),
      ['', '9,6\u00a0%'],
    );
    assert.deepEqual(
      layout.dates.map((d) => d.text),
      ['februar 2022', '2034'],
    );
  });

  it('draws a lone target without a line, and a lone measurement in the middle', () => {
    const target = layoutIndicatorChart(progressOf([{ date: '2034', value: -25, target: true }]));
    assert.deepEqual([target.line, target.toTarget, target.measurements.length, target.targets[0]!.x], ['', '', 0, 144]);
    const single = layoutIndicatorChart(progressOf([{ date: '2022', value: 9.7 }]));
    assert.deepEqual([single.line, single.measurements[0]!.x, single.measurements[0]!.label], ['', 144, '9,7\u00a0%']);
  });
});
