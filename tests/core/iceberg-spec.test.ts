import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ICEBERG_METRICS, layoutIceberg, normalize, type IcebergLayout } from '../../packages/core/src/index.js';
import { labelBlockHeight } from '../../packages/core/src/iceberg/layout-iceberg.js';

const m = ICEBERG_METRICS;
/** 6 px per character at any size, so chip widths are easy to predict. */
const sixPx = (text: string) => text.length * 6;
/** Chip width for a one-line label of `n` characters. */
const chipWidth = (n: number) => Math.ceil(6 * n + m.symbolWidth + 2 * m.chipPaddingX);
const oneLine = m.lineHeight + 2 * m.chipPaddingY;

function layoutOf(
  elements: { id: string; label: string; layer: string }[],
  options: { relations?: unknown[]; waterline?: string; width?: number } = {},
): IcebergLayout {
  const model = normalize({
    floke: '1.0',
    title: 't',
    elements: elements.map((e) => ({ kind: 'factor', ...e })),
    relations: options.relations ?? [],
    views: {
      iceberg: {
        layers: [
          { id: 'top', label: 'Top' },
          { id: 'middle', label: 'Middle', description: 'What lies between' },
          { id: 'deep', label: 'Deep' },
        ],
        ...(options.waterline ? { waterline: options.waterline } : {}),
      },
    },
  });
  return layoutIceberg(model, { width: options.width ?? 960, textWidth: sixPx });
}
const chip = (layout: IcebergLayout, id: string) => layout.chips.find((c) => c.id === id)!;
const band = (layout: IcebergLayout, id: string) => layout.bands.find((b) => b.id === id)!;

describe('layoutIceberg regions and bands', () => {
  it('keeps the label column and depth scale beside the iceberg, centred between them', () => {
    const layout = layoutOf([]);
    assert.equal(layout.width, 960);
    assert.equal(layout.regionLeft, m.margin + m.labelColumn + m.margin);
    assert.equal(layout.regionRight, 960 - m.margin - m.depthScaleWidth);
    assert.equal(layout.centerX, (layout.regionLeft + layout.regionRight) / 2);
    assert.equal(layoutOf([], { width: 300 }).width, 420, 'never narrower than 420 px');
    assert.equal(layoutOf([], { width: 421 }).width, 421);
  });

  it('stacks the layers top to bottom below the tip, each at least its minimum height and its label block', () => {
    const layout = layoutOf([]);
    assert.deepEqual(
      layout.bands.map((b) => [b.id, b.index, b.top, b.bottom]),
      [
        ['top', 0, m.margin + m.tipHeight, m.margin + m.tipHeight + m.minBandHeight],
        ['middle', 1, m.margin + m.tipHeight + m.minBandHeight, m.margin + m.tipHeight + 2 * m.minBandHeight],
        ['deep', 2, m.margin + m.tipHeight + 2 * m.minBandHeight, m.margin + m.tipHeight + 3 * m.minBandHeight],
      ],
    );
    assert.equal(layout.height, Math.ceil(m.margin + m.tipHeight + 3 * m.minBandHeight + m.margin));
    const middle = band(layout, 'middle');
    assert.deepEqual(
      [middle.label, middle.description, middle.labelLines, middle.descriptionLines],
      ['Middle', 'What lies between', ['Middle'], ['What lies between']],
    );
    assert.equal('description' in band(layout, 'top'), false);
  });

  it('makes a layer tall enough for a long label and description', () => {
    const long = 'word '.repeat(60).trim();
    const model = normalize({
      floke: '1.0',
      title: 't',
      elements: [],
      views: { iceberg: { layers: [{ id: 'only', label: 'Only', description: long }] } },
    });
    const layout = layoutIceberg(model, { textWidth: sixPx });
    const only = layout.bands[0]!;
    assert.ok(only.descriptionLines.length > 3, 'the description wraps');
    assert.equal(only.bottom - only.top, labelBlockHeight(only));
  });

  it('measures a label block as 20 px per label line, 17 per description line and 10 above and below', () => {
    assert.equal(labelBlockHeight({ labelLines: ['a'], descriptionLines: [] }), 40);
    assert.equal(labelBlockHeight({ labelLines: ['a', 'b'], descriptionLines: ['c', 'd', 'e'] }), 111);
  });

  it('puts the waterline below the layer it names, and marks that layer and those above as above water', () => {
    const layout = layoutOf([], { waterline: 'middle' });
    assert.deepEqual(layout.waterline, { y: band(layout, 'middle').bottom, layer: 'middle' });
    assert.deepEqual(
      layout.bands.map((b) => b.aboveWater),
      [true, true, false],
    );
    const first = layoutOf([]);
    assert.deepEqual(first.waterline, { y: band(first, 'top').bottom, layer: 'top' }, 'by default the first layer');
    assert.deepEqual(
      first.bands.map((b) => b.aboveWater),
      [true, false, false],
    );
  });
});

describe('layoutIceberg chips', () => {
  it('sizes a chip from its label, its symbol and its padding', () => {
    const layout = layoutOf([{ id: 'a', label: 'Frafall', layer: 'top' }]);
    const a = chip(layout, 'a');
    assert.deepEqual(
      [a.width, a.height, a.lines, a.kind, a.label, a.layer],
      [chipWidth(7), oneLine, ['Frafall'], 'factor', 'Frafall', 'top'],
    );
    const long = layoutOf([{ id: 'b', label: 'A label that is much too long for one line', layer: 'top' }]);
    const b = chip(long, 'b');
    assert.ok(b.lines.length === 2, `wrapped at ${m.chipTextWidth} px: ${JSON.stringify(b.lines)}`);
    assert.equal(b.height, 2 * m.lineHeight + 2 * m.chipPaddingY);
    assert.equal(b.width, chipWidth(Math.max(...b.lines.map((l) => l.length))));
  });

  it('centres a row of chips in the iceberg, in document order, with the chip gap between them', () => {
    const layout = layoutOf([
      { id: 'a', label: 'Aaaa', layer: 'middle' },
      { id: 'b', label: 'Bbbbbbbb', layer: 'middle' },
      { id: 'c', label: 'C', layer: 'top' },
    ]);
    const [a, b] = [chip(layout, 'a'), chip(layout, 'b')];
    const used = chipWidth(4) + m.chipGap + chipWidth(8);
    assert.equal(a.x, layout.centerX - used / 2 + chipWidth(4) / 2);
    assert.equal(b.x, a.x + chipWidth(4) / 2 + m.chipGap + chipWidth(8) / 2);
    const middle = band(layout, 'middle');
    assert.equal(a.y, middle.top + m.bandPaddingTop + oneLine / 2);
    assert.deepEqual([a.order, b.order, a.row, b.row, chip(layout, 'c').row], [0, 1, 1, 1, 0], 'rows are numbered down the whole iceberg');
  });

  it('starts a new row when the next chip would not fit the outline at the row top, and grows the layer', () => {
    const elements = Array.from({ length: 12 }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, label: 'Twelve chars', layer: 'top' }));
    const layout = layoutOf(elements);
    const rows = [...new Set(layout.chips.map((c) => c.row))];
    assert.ok(rows.length >= 2, `${rows.length} rows`);
    const top = band(layout, 'top');
    const maxHalf = (layout.regionRight - layout.regionLeft) / 2;
    const topHalf = Math.max(110, maxHalf * 0.34, chipWidth(12) / 2 + m.sidePadding);
    const available = (rowTop: number) => 2 * (Math.min(maxHalf, topHalf + m.slope * (rowTop - m.margin - m.tipHeight)) - m.sidePadding);
    for (const row of rows) {
      const members = layout.chips.filter((c) => c.row === row);
      const rowTop = members[0]!.y - members[0]!.height / 2;
      const used = members.length * chipWidth(12) + (members.length - 1) * m.chipGap;
      assert.ok(used <= available(rowTop), `row ${row} fits: ${used} of ${available(rowTop)}`);
      if (row !== rows.at(-1)) assert.ok(used + m.chipGap + chipWidth(12) > available(rowTop), `row ${row} is full`);
      assert.ok(Math.abs(members[0]!.x - members[0]!.width / 2 - (layout.centerX - used / 2)) < 1e-9, `row ${row} is centred`);
    }
    const rowTops = rows.map((row) => Math.min(...layout.chips.filter((c) => c.row === row).map((c) => c.y - c.height / 2)));
    assert.equal(rowTops[0], top.top + m.bandPaddingTop);
    for (let i = 1; i < rowTops.length; i++) assert.equal(rowTops[i]! - rowTops[i - 1]!, oneLine + m.rowGap);
    assert.equal(top.bottom, rowTops.at(-1)! + oneLine + m.bandPaddingBottom);
    assert.equal(band(layout, 'middle').top, top.bottom);
  });

  it('leaves out elements without a layer or with an unknown one', () => {
    const layout = layoutOf([
      { id: 'a', label: 'A', layer: 'top' },
      { id: 'b', label: 'B', layer: 'nowhere' },
    ]);
    assert.deepEqual(
      layout.chips.map((c) => c.id),
      ['a'],
    );
  });
});

describe('layoutIceberg outline', () => {
  it('is a closed shape from the tip down the right side and back up the left, symmetric about the centre', () => {
    const layout = layoutOf([{ id: 'a', label: 'A', layer: 'deep' }]);
    const { outline, centerX } = layout;
    assert.deepEqual(outline[0], { x: centerX, y: m.margin });
    assert.equal(outline.length, 1 + 2 * 25);
    const right = outline.slice(1, 26);
    const left = outline.slice(26);
    assert.deepEqual(
      right.map((p) => p.y),
      [...left].reverse().map((p) => p.y),
    );
    right.forEach((p, i) => assert.ok(Math.abs(p.x - centerX - (centerX - left[24 - i]!.x)) <= 0.1, `symmetric at ${p.y}`));
    assert.equal(right[0]!.y, m.margin + m.tipHeight);
    assert.equal(right[24]!.y, layout.bands.at(-1)!.bottom);
  });

  it('starts at a third of the region and widens by the slope with depth, up to the region', () => {
    const layout = layoutOf([{ id: 'a', label: 'A', layer: 'deep' }]);
    const maxHalf = (layout.regionRight - layout.regionLeft) / 2;
    const topHalf = Math.max(110, maxHalf * 0.34);
    const right = layout.outline.slice(1, 26);
    assert.ok(Math.abs(right[0]!.x - layout.centerX - topHalf) <= 0.1, `top half width ${right[0]!.x - layout.centerX}`);
    for (const p of right) {
      const expected = Math.min(maxHalf, topHalf + m.slope * (p.y - right[0]!.y));
      assert.ok(Math.abs(p.x - layout.centerX - expected) <= 0.1, `half width at ${p.y}: ${p.x - layout.centerX} vs ${expected}`);
    }
    const narrow = layoutOf([{ id: 'a', label: 'A', layer: 'deep' }], { width: 420 });
    const narrowHalf = (narrow.regionRight - narrow.regionLeft) / 2;
    assert.ok(Math.abs(narrow.outline[1]!.x - narrow.centerX - narrowHalf) <= 0.1, 'capped at the region');
  });

  it('makes the tip wide enough for the widest chip', () => {
    // 140 px per character: "AB" cannot be split further than "A-" (280 px), wider than any tip.
    const model = normalize({ floke: '1.0', title: 't', elements: [{ id: 'a', kind: 'factor', label: 'AB', layer: 'events' }] });
    const layout = layoutIceberg(model, { textWidth: (text) => text.length * 140 });
    const a = chip(layout, 'a');
    assert.equal(a.width, 280 + m.symbolWidth + 2 * m.chipPaddingX);
    const half = layout.outline[1]!.x - layout.centerX;
    assert.ok(Math.abs(half - (a.width / 2 + m.sidePadding)) <= 0.1, `${half} for a chip ${a.width} wide`);
  });
});

describe('layoutIceberg explains links', () => {
  const elements = [
    { id: 'event', label: 'Event', layer: 'top' },
    { id: 'other', label: 'Other event', layer: 'top' },
    { id: 'pattern', label: 'Pattern', layer: 'middle' },
    { id: 'model', label: 'Model', layer: 'deep' },
  ];

  it('routes down from the explaining chip to the explained one, ending at its edge', () => {
    const layout = layoutOf(elements, { relations: [{ id: 'x', from: 'pattern', to: 'event', type: 'explains' }] });
    const [link] = layout.links;
    const [event, pattern] = [chip(layout, 'event'), chip(layout, 'pattern')];
    assert.deepEqual([link!.id, link!.from, link!.to], ['x', 'pattern', 'event']);
    const points = link!.points;
    // The first link of a document is offset 4 px to the left (links 0–4 spread from -4 to +4 px).
    assert.deepEqual(points[0], { x: pattern.x - 4, y: pattern.y - pattern.height / 2 }, 'starts on top of the explaining chip');
    assert.deepEqual(points.at(-1), { x: event.x - 4, y: event.y + event.height / 2 }, 'ends under the explained chip');
    assert.equal(points.length, 4);
    assert.equal(points[1]!.y, (event.y + event.height / 2 + pattern.y - pattern.height / 2) / 2 - 4, 'crosses in the middle of the gap');
    for (let i = 1; i < points.length; i++)
      assert.ok(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y, 'orthogonal segments');
  });

  it('routes between two chips of one row through the lane below it', () => {
    const layout = layoutOf(elements, { relations: [{ id: 'x', from: 'event', to: 'other', type: 'explains' }] });
    const points = layout.links[0]!.points;
    const [event, other] = [chip(layout, 'event'), chip(layout, 'other')];
    assert.equal(points.length, 4);
    assert.equal(points[0]!.y, event.y + event.height / 2);
    assert.equal(points[3]!.y, other.y + other.height / 2);
    assert.ok(points[1]!.y > event.y + event.height / 2 && points[1]!.y === points[2]!.y, 'a lane below the row');
  });

  it('passes through the gaps of the rows between, never through a chip', () => {
    const layout = layoutOf(elements, { relations: [{ id: 'x', from: 'model', to: 'other', type: 'explains' }] });
    const points = layout.links[0]!.points;
    const pattern = chip(layout, 'pattern');
    assert.equal(points.length, 6, 'down, across to a gap, down through it, across, down');
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      const [x0, x1, y0, y1] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
      const hits = x0 < pattern.x + pattern.width / 2 && x1 > pattern.x - pattern.width / 2;
      assert.ok(!(hits && y0 < pattern.y + pattern.height / 2 && y1 > pattern.y - pattern.height / 2), `segment ${i} clear of the chip`);
    }
    assert.ok(points[2]!.x < pattern.x - pattern.width / 2, `through the gap left of the chip the path is nearer: ${points[2]!.x}`);
  });

  it('draws nothing for an explains relation between elements that are not chips, or to itself', () => {
    const layout = layoutOf(elements, {
      relations: [
        { id: 'x', from: 'pattern', to: 'nowhere', type: 'explains' },
        { id: 'y', from: 'pattern', to: 'pattern', type: 'explains' },
        { id: 'z', from: 'model', to: 'pattern', type: 'causes', polarity: '+' },
      ],
    });
    assert.deepEqual(layout.links, []);
  });

  it('offsets the paths of successive links so they do not share a lane', () => {
    const layout = layoutOf(elements, {
      relations: [
        { id: 'a', from: 'pattern', to: 'event', type: 'explains' },
        { id: 'b', from: 'pattern', to: 'event', type: 'explains' },
      ],
    });
    const [a, b] = layout.links;
    assert.equal(b!.points[0]!.x - a!.points[0]!.x, 2);
    assert.notEqual(a!.points[1]!.y, b!.points[1]!.y);
  });
});
