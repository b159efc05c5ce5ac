import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ICEBERG_METRICS, layoutIceberg, normalize, type IcebergLayout } from '../../packages/core/src/index.js';
import { labelBlockHeight } from '../../packages/core/src/iceberg/layout-iceberg.js';
import { tipRows } from '../../packages/core/src/iceberg/tip-rows.js';

const m = ICEBERG_METRICS;
/** 6 px per character at any size, so chip widths are easy to predict. */
const sixPx = (text: string) => text.length * 6;
/** Chip width for a one-line label of `n` characters (and a badge of `badge` characters, when it has links). */
const chipWidth = (n: number, badge = 0) =>
  Math.ceil(6 * n + m.symbolWidth + 2 * m.chipPaddingX + (badge ? m.badgeGap + 6 * badge + 2 * m.badgePaddingX : 0));
/** A one-line chip: the line or the badge, whichever is taller, and the padding. */
const oneLine = Math.max(m.lineHeight, m.smallLineHeight + 4) + 2 * m.chipPaddingY;

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
    // The first line ends with the space drawn between it and the next: that space is part of the chip's width.
    assert.equal(b.width, chipWidth(Math.max(b.lines[0]!.length + 1, b.lines[1]!.length)));
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

  it('starts a new row under water when the next chip would not fit the outline at the row top, and grows the layer', () => {
    const elements = Array.from({ length: 12 }, (_, i) => ({
      id: `e${String(i).padStart(2, '0')}`,
      label: 'Twelve chars',
      layer: 'middle',
    }));
    const layout = layoutOf(elements);
    const rows = [...new Set(layout.chips.map((c) => c.row))];
    assert.ok(rows.length >= 2, `${rows.length} rows`);
    const middle = band(layout, 'middle');
    const available = (rowTop: number) => 2 * (outlineHalfWidth(layout, rowTop) - m.sidePadding);
    for (const row of rows) {
      const members = layout.chips.filter((c) => c.row === row);
      const rowTop = members[0]!.y - members[0]!.height / 2;
      const used = members.length * chipWidth(12) + (members.length - 1) * m.chipGap;
      assert.ok(used <= available(rowTop) + 0.2, `row ${row} fits: ${used} of ${available(rowTop)}`);
      if (row !== rows.at(-1)) assert.ok(used + m.chipGap + chipWidth(12) > available(rowTop) - 0.2, `row ${row} is full`);
      assert.ok(Math.abs(members[0]!.x - members[0]!.width / 2 - (layout.centerX - used / 2)) < 1e-9, `row ${row} is centred`);
    }
    const rowTops = rows.map((row) => Math.min(...layout.chips.filter((c) => c.row === row).map((c) => c.y - c.height / 2)));
    assert.equal(rowTops[0], middle.top + m.bandPaddingTop);
    for (let i = 1; i < rowTops.length; i++) assert.equal(rowTops[i]! - rowTops[i - 1]!, oneLine + m.rowGap);
    assert.equal(middle.bottom, rowTops.at(-1)! + oneLine + m.bandPaddingBottom);
    assert.equal(band(layout, 'deep').top, middle.bottom);
  });

  it('counts each chip’s explains links for its badge, and makes room for the badge', () => {
    const layout = layoutOf(
      [
        { id: 'a', label: 'Aaaa', layer: 'top' },
        { id: 'b', label: 'Bbbb', layer: 'middle' },
        { id: 'c', label: 'Cccc', layer: 'deep' },
      ],
      {
        relations: [
          { from: 'b', to: 'a', type: 'explains' },
          { from: 'c', to: 'b', type: 'explains' },
          { from: 'c', to: 'a', type: 'explains' },
          { from: 'c', to: 'a', type: 'causes', polarity: '+' },
        ],
      },
    );
    assert.deepEqual(
      layout.chips.map((c) => [c.id, c.links, c.badgeWidth, c.width]),
      [
        ['a', 2, 6 * 2 + 2 * m.badgePaddingX, chipWidth(4, 2)],
        ['b', 2, 6 * 2 + 2 * m.badgePaddingX, chipWidth(4, 2)],
        ['c', 2, 6 * 2 + 2 * m.badgePaddingX, chipWidth(4, 2)],
      ],
    );
    const alone = chip(layoutOf([{ id: 'd', label: 'Dddd', layer: 'top' }]), 'd');
    assert.deepEqual([alone.links, alone.badgeWidth, alone.width], [0, 0, chipWidth(4)], 'no links, no badge');
  });

  it('scales every size with the reader’s font scale, and never draws text under 12 px', () => {
    const plain = layoutOf([{ id: 'a', label: 'Frafall', layer: 'top' }]);
    assert.deepEqual(plain.type, {
      fontSize: 13,
      lineHeight: 17,
      labelFontSize: 15,
      labelLineHeight: 20,
      descriptionFontSize: 13,
      descriptionLineHeight: 17,
      smallFontSize: 12,
      smallLineHeight: 16,
    });
    const model = normalize({ floke: '1.0', title: 't', elements: [{ id: 'a', kind: 'factor', label: 'Frafall', layer: 'events' }] });
    const large = layoutIceberg(model, { textWidth: sixPx, textStyle: { fontScale: 1.5, letterSpacing: 0, wordSpacing: 0 } });
    assert.deepEqual(
      Object.values(large.type),
      Object.values(plain.type).map((v) => v * 1.5),
    );
    assert.equal(chip(large, 'a').height, Math.max(17 * 1.5, 16 * 1.5 + 4) + 2 * m.chipPaddingY);
  });

  it('re-wraps a label when the measure widens it (letter and word spacing)', () => {
    const label = 'Foreldre til et alvorlig sykt barn koordinerer';
    const model = normalize({ floke: '1.0', title: 't', elements: [{ id: 'a', kind: 'factor', label, layer: 'events' }] });
    const plain = chip(layoutIceberg(model, { textWidth: sixPx }), 'a');
    const spaced = chip(layoutIceberg(model, { textWidth: (text) => text.length * 8 }), 'a');
    assert.ok(spaced.lines.length > plain.lines.length, `${plain.lines.length} → ${spaced.lines.length} lines`);
    for (const line of spaced.lines) assert.ok(line.length * 8 <= m.chipTextWidth, `"${line}" fits`);
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

/** Half-width of the outline's right side at depth y (linear between its points). */
function outlineHalfWidth(layout: IcebergLayout, y: number): number {
  const right = layout.outline.slice(1, (layout.outline.length - 1) / 2 + 1);
  for (let i = 1; i < right.length; i++) {
    const [a, b] = [right[i - 1]!, right[i]!];
    if (y >= a.y && y <= b.y) return a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y || 1) - layout.centerX;
  }
  return right[right.length - 1]!.x - layout.centerX;
}

describe('layoutIceberg outline', () => {
  const elements = [
    { id: 'a', label: 'Short', layer: 'top' },
    { id: 'b', label: 'Somewhat longer', layer: 'top' },
    { id: 'c', label: 'Third of the tip', layer: 'top' },
    { id: 'd', label: 'Deep', layer: 'deep' },
  ];

  it('is a closed shape from the peak down the right side and back up the left, symmetric about the centre', () => {
    const layout = layoutOf(elements);
    const { outline, centerX } = layout;
    assert.deepEqual(outline[0], { x: centerX, y: m.margin });
    const half = (outline.length - 1) / 2;
    const [right, left] = [outline.slice(1, half + 1), outline.slice(half + 1)];
    assert.deepEqual(
      right.map((p) => p.y),
      [...left].reverse().map((p) => p.y),
    );
    right.forEach((p, i) => assert.ok(Math.abs(p.x - centerX - (centerX - left[half - 1 - i]!.x)) <= 0.1, `symmetric at ${p.y}`));
    for (let i = 1; i < right.length; i++) assert.ok(right[i]!.y > right[i - 1]!.y, 'down the right side');
    assert.equal(right[0]!.y, m.margin + m.tipHeight);
    assert.equal(right.at(-1)!.y, layout.bands.at(-1)!.bottom);
  });

  it('holds the tip’s rows in the narrowest tip: widening by the tip slope up to its widest row', () => {
    const layout = layoutOf(elements);
    const water = layout.waterline!.y;
    const tip = layout.chips.filter((c) => c.layer === 'top');
    const rows = [...new Set(tip.map((c) => c.row))].map((row) => tip.filter((c) => c.row === row));
    const needs = rows.map((row) => {
      const top = Math.min(...row.map((c) => c.y - c.height / 2));
      const width = Math.max(...row.map((c) => c.x + c.width / 2)) - Math.min(...row.map((c) => c.x - c.width / 2));
      return { top, need: width / 2 + m.sidePadding };
    });
    for (const { top, need } of needs) assert.ok(outlineHalfWidth(layout, top) >= need - 0.1, `a row at ${top} fits`);
    const widest = Math.max(...needs.map((n) => n.need));
    assert.ok(Math.abs(outlineHalfWidth(layout, water) - widest) <= 0.1, 'as wide as its widest row at the waterline');
    const topHalf = outlineHalfWidth(layout, m.margin + m.tipHeight);
    assert.ok(
      needs.some(({ top, need }) => Math.abs(Math.min(widest, topHalf + m.tipSlope * (top - m.margin - m.tipHeight)) - need) <= 0.1),
      'touches a row: no narrower tip holds them',
    );
    assert.ok(widest * 2 <= (layout.regionRight - layout.regionLeft) * m.tipShare + 0.1, 'the tip is at most its share of the region');
  });

  it('widens under the waterline to the mass, then with depth up to the region', () => {
    const layout = layoutOf(elements);
    const water = layout.waterline!.y;
    const maxHalf = (layout.regionRight - layout.regionLeft) / 2;
    const mass = outlineHalfWidth(layout, water + m.shoulder);
    assert.ok(mass >= maxHalf * m.massShare - 0.1 && mass >= outlineHalfWidth(layout, water) + 2 * m.sidePadding - 0.1, `mass ${mass}`);
    let previous = 0;
    for (let y = m.margin + m.tipHeight; y <= layout.bands.at(-1)!.bottom; y += 5) {
      const half = outlineHalfWidth(layout, y);
      assert.ok(half >= previous - 1e-9 && half <= maxHalf + 0.1, `never narrower with depth, never wider than the region (${y})`);
      previous = half;
    }
  });

  it('packs the tip in document order into as few rows as greedy packing, short rows on top', () => {
    const box = (width: number) => ({ width, height: 30 });
    const boxes = [box(140), box(160), box(200), box(210), box(200)];
    const rows = tipRows(boxes, 430);
    assert.deepEqual(
      rows.map((row) => row.map((b) => b.width)),
      [[140], [160, 200], [210, 200]],
    );
    assert.deepEqual(
      tipRows([box(500)], 430).map((row) => row.length),
      [1],
      'a chip wider than the room gets a row of its own',
    );
  });

  it('makes the tip wide enough for the widest chip', () => {
    // 140 px per character: "AB" cannot be split further than "A-" (280 px), wider than any tip.
    const model = normalize({ floke: '1.0', title: 't', elements: [{ id: 'a', kind: 'factor', label: 'AB', layer: 'events' }] });
    const layout = layoutIceberg(model, { textWidth: (text) => text.length * 140 });
    const a = chip(layout, 'a');
    assert.equal(a.width, 280 + m.symbolWidth + 2 * m.chipPaddingX);
    const half = outlineHalfWidth(layout, a.y - a.height / 2);
    assert.ok(Math.abs(half - (a.width / 2 + m.sidePadding)) <= 0.1, `${half} for a chip ${a.width} wide`);
  });
});

describe('layoutIceberg depth scale and tints', () => {
  it('labels the depth scale at both ends, wrapped to its column, the arrow between', () => {
    const layout = layoutOf([{ id: 'a', label: 'A', layer: 'deep' }]);
    const scale = layout.depthScale;
    assert.equal(scale.x, layout.regionRight + m.depthScaleWidth / 2);
    assert.deepEqual(
      [scale.topLines, scale.bottomLines],
      [
        ['Visible: little', 'leverage'],
        ['Deep: great', 'leverage'],
      ],
    );
    const top = layout.bands[0]!.top;
    const bottom = layout.bands.at(-1)!.bottom;
    assert.deepEqual(
      [scale.topY, scale.arrowTop, scale.arrowBottom, scale.bottomY],
      [top + 8, top + 2 * 16 + 6, bottom - 2 * 16 - 6, bottom - 2 * 16 + 8],
    );
    for (const line of [...scale.topLines, ...scale.bottomLines]) assert.ok(sixPx(line) <= m.depthScaleWidth - 8);
  });

  it('tints the tip 0 and the layers under water 1 to 3 by depth', () => {
    const model = normalize({ floke: '1.0', title: 't', elements: [], views: { iceberg: { preset: 'six-conditions' } } });
    const layout = layoutIceberg(model, { textWidth: sixPx });
    assert.deepEqual(
      layout.bands.map((b) => [b.id, b.aboveWater, b.tint]),
      [
        ['policies', true, 0],
        ['practices', true, 0],
        ['resource-flows', true, 0],
        ['relationships', false, 1],
        ['power-dynamics', false, 2],
        ['mental-models', false, 3],
      ],
    );
    assert.deepEqual(
      layoutOf([]).bands.map((b) => b.tint),
      [0, 1, 2],
    );
  });

  it('wraps the empty-layer note in the layer and gives it room', () => {
    const layout = layoutOf([], { width: 960 });
    const top = band(layout, 'top');
    assert.deepEqual(top.emptyLines, ['No elements in this layer yet.']);
    assert.ok(top.bottom - top.top >= m.bandPaddingTop + m.lineHeight + m.bandPaddingBottom);
  });
});

describe('layoutIceberg explains links', () => {
  const elements = [
    { id: 'event', label: 'Event', layer: 'top' },
    { id: 'other', label: 'Other event', layer: 'top' },
    { id: 'pattern', label: 'Pattern', layer: 'middle' },
    { id: 'model', label: 'Model', layer: 'deep' },
  ];

  it('curves up from the top of the explaining chip to the bottom of the explained one, leaving and arriving vertically', () => {
    const layout = layoutOf(elements, { relations: [{ id: 'x', from: 'pattern', to: 'event', type: 'explains' }] });
    const [link] = layout.links;
    const [event, pattern] = [chip(layout, 'event'), chip(layout, 'pattern')];
    assert.deepEqual([link!.id, link!.from, link!.to], ['x', 'pattern', 'event']);
    const start = { x: pattern.x, y: pattern.y - pattern.height / 2 };
    const end = { x: event.x, y: event.y + event.height / 2 };
    const bend = Math.max(24, (start.y - end.y) / 2);
    assert.deepEqual(link!.points, [start, { x: start.x, y: start.y - bend }, { x: end.x, y: end.y + bend }, end]);
  });

  it('dips below a row to join two chips of it', () => {
    const layout = layoutOf(elements, { relations: [{ id: 'x', from: 'event', to: 'other', type: 'explains' }] });
    const [event, other] = [chip(layout, 'event'), chip(layout, 'other')];
    const [a, b, c, d] = layout.links[0]!.points;
    assert.deepEqual(
      [a, d],
      [
        { x: event.x, y: event.y + event.height / 2 },
        { x: other.x, y: other.y + other.height / 2 },
      ],
    );
    assert.deepEqual([b.y, c.y], [a.y + 36, d.y + 36]);
  });

  it('spreads the links that share a chip’s edge along it, in the order of their other ends', () => {
    const layout = layoutOf(elements, {
      relations: [
        { id: 'right', from: 'pattern', to: 'other', type: 'explains' },
        { id: 'left', from: 'pattern', to: 'event', type: 'explains' },
      ],
    });
    const pattern = chip(layout, 'pattern');
    const [right, left] = layout.links;
    assert.deepEqual(
      [left!.points[0], right!.points[0]],
      [
        { x: pattern.x - 12, y: pattern.y - pattern.height / 2 },
        { x: pattern.x + 12, y: pattern.y - pattern.height / 2 },
      ],
    );
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
    assert.ok(layout.chips.every((c) => c.links === 0));
  });
});
