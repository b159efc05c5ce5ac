import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ICEBERG_METRICS, layoutIceberg, normalize, type IcebergLayout, type TextWidth } from '../../packages/core/src/index.js';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
import { approximateTextWidth } from '../../packages/core/src/geometry/text-measure.js';
import { labelBlockHeight } from '../../packages/core/src/iceberg/layout-iceberg.js';
import { readJson } from './helpers.js';

const telemark = () => normalize(readJson('examples/data/telemark-agder.json'));

/** Half-width of the outline polygon's right side at height y (linear between its points). */
function outlineHalfWidth(layout: IcebergLayout, y: number): number {
  const right = layout.outline.slice(1, (layout.outline.length - 1) / 2 + 1);
  for (let i = 1; i < right.length; i++) {
    const a = right[i - 1]!;
    const b = right[i]!;
    if (y >= a.y && y <= b.y) return a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y || 1) - layout.centerX;
  }
  return right[right.length - 1]!.x - layout.centerX;
}

function assertWellFormed(layout: IcebergLayout, measure: TextWidth = approximateTextWidth) {
  const m = ICEBERG_METRICS;
  for (const chip of layout.chips) {
    const band = layout.bands.find((b) => b.id === chip.layer)!;
    assert.ok(chip.y - chip.height / 2 >= band.top && chip.y + chip.height / 2 <= band.bottom, `${chip.id} inside its layer`);
    for (const y of [chip.y - chip.height / 2, chip.y + chip.height / 2]) {
      assert.ok(Math.abs(chip.x - layout.centerX) + chip.width / 2 <= outlineHalfWidth(layout, y) + 0.5, `${chip.id} inside the outline`);
    }
    const room = chip.width - m.symbolWidth - 2 * m.chipPaddingX - (chip.links ? m.badgeGap + chip.badgeWidth : 0);
    for (const line of chip.lines) assert.ok(measure(line, layout.type.fontSize) <= room + 0.01, `"${line}" fits its chip`);
    assert.ok(chip.lines.length * layout.type.lineHeight + 2 * m.chipPaddingY <= chip.height, `${chip.id}: its lines fit`);
  }
  const overlaps = layout.chips.flatMap((a, i) =>
    layout.chips
      .slice(i + 1)
      .filter((b) => boxesOverlap(a, b))
      .map((b) => `${a.id}/${b.id}`),
  );
  assert.deepEqual(overlaps, [], 'no two chips overlap');
  for (const link of layout.links) {
    const [from, to] = [layout.chips.find((c) => c.id === link.from)!, layout.chips.find((c) => c.id === link.to)!];
    const onEdge = (p: { x: number; y: number }, c: typeof from) =>
      Math.abs(p.x - c.x) <= c.width / 2 && (Math.abs(p.y - (c.y - c.height / 2)) < 0.06 || Math.abs(p.y - (c.y + c.height / 2)) < 0.06);
    assert.ok(onEdge(link.points[0], from) && onEdge(link.points[3], to), `${link.id} runs from edge to edge`);
  }
  for (let i = 1; i < layout.bands.length; i++) assert.equal(layout.bands[i]!.top, layout.bands[i - 1]!.bottom, 'bands stack without gaps');
}

describe('layoutIceberg', () => {
  it('packs every Telemark element with a layer into its layer, inside the outline, without overlaps, links edge to edge', () => {
    const model = telemark();
    const layout = layoutIceberg(model);
    assert.equal(layout.chips.length, model.elements.filter((e) => e.layer).length);
    assert.equal(layout.links.length, model.relations.filter((r) => r.type === 'explains').length);
    assertWellFormed(layout);
  });

  it('widens the outline with depth', () => {
    const layout = layoutIceberg(telemark());
    const widths = layout.bands.map((b) => outlineHalfWidth(layout, b.bottom));
    for (let i = 1; i < widths.length; i++) assert.ok(widths[i]! >= widths[i - 1]!);
    assert.ok(widths.at(-1)! > widths[0]!);
  });

  it('sizes each layer to its content', () => {
    const model = telemark();
    const layout = layoutIceberg(model);
    for (const band of layout.bands) {
      const chips = layout.chips.filter((c) => c.layer === band.id);
      const rowBottoms = new Map<number, number>();
      for (const c of chips) rowBottoms.set(c.row, Math.max(rowBottoms.get(c.row) ?? 0, c.y + c.height / 2));
      const contentBottom = Math.max(...rowBottoms.values());
      const expected = Math.max(
        contentBottom + ICEBERG_METRICS.bandPaddingBottom,
        band.top + ICEBERG_METRICS.minBandHeight,
        band.top + labelBlockHeight(band),
      );
      assert.ok(Math.abs(band.bottom - expected) < 0.01, `${band.id}: bottom ${band.bottom}, content needs ${expected}`);
    }
    // Adding elements to a layer makes it taller, and only that layer.
    const more = readJson<Record<string, any>>('examples/data/telemark-agder.json');
    for (let i = 0; i < 12; i++) more.elements.push({ id: `extra-${i}`, kind: 'insight', label: `Nytt mønster ${i}`, layer: 'patterns' });
    const grown = layoutIceberg(normalize(more));
    const height = (l: IcebergLayout, id: string) => l.bands.find((b) => b.id === id)!.bottom - l.bands.find((b) => b.id === id)!.top;
    assert.ok(height(grown, 'patterns') > height(layout, 'patterns'));
    assert.equal(height(grown, 'events'), height(layout, 'events'));
  });

  it('is an iceberg: the part above the waterline is the smallest of the outline, the mass beneath', () => {
    const dense = readJson<Record<string, any>>('examples/data/minimal.json');
    const layers = ['events', 'patterns', 'structures', 'mental-models'];
    const counts = [8, 14, 20, 10];
    dense.elements = layers.flatMap((layer, l) =>
      Array.from({ length: counts[l]! }, (_, i) => ({
        id: `${layer}-${i}`,
        kind: 'insight',
        label: `${layer} ${'nummer '.repeat(i % 3)}${i}`,
        layer,
      })),
    );
    dense.relations = [];
    for (const [name, layout] of [
      ['Telemark', layoutIceberg(telemark(), { width: 1152 })],
      ['Telemark at 1000 px', layoutIceberg(telemark(), { width: 1000 })],
      ['a dense document', layoutIceberg(normalize(dense), { width: 1152 })],
    ] as const) {
      // Areas inside the outline, band by band (the first with the peak above it), by 1 px strips.
      const areas = layout.bands.map((band) => {
        let area = 0;
        for (let y = band.index === 0 ? ICEBERG_METRICS.margin : band.top; y < band.bottom; y++)
          area += 2 * outlineHalfWidth(layout, y + 0.5);
        return Math.round(area);
      });
      const tip = areas[0]!;
      assert.ok(
        areas.slice(1).every((area) => area > tip),
        `${name}: the tip (${tip} px²) is smaller than every layer under water (${areas.slice(1).join(', ')})`,
      );
      const water = layout.waterline!.y;
      assert.ok(
        outlineHalfWidth(layout, water + ICEBERG_METRICS.shoulder) > outlineHalfWidth(layout, water - 1),
        `${name}: wider under water`,
      );
    }
  });

  it('draws the waterline below the layer the document names', () => {
    const layout = layoutIceberg(telemark());
    assert.equal(layout.waterline?.layer, 'events');
    assert.equal(layout.waterline?.y, layout.bands[0]!.bottom);
    assert.deepEqual(
      layout.bands.map((b) => b.aboveWater),
      [true, false, false, false],
    );
  });

  it('gives identical output for identical input', () => {
    assert.deepEqual(layoutIceberg(telemark()), layoutIceberg(telemark()));
  });

  it('uses the six-conditions preset, keeps empty layers, and wraps long Norwegian words', () => {
    const document = readJson<Record<string, any>>('examples/data/minimal.json');
    document.views = { iceberg: { preset: 'six-conditions' } };
    document.elements = [
      { id: 'a', kind: 'insight', label: 'Tjenesteinnovasjonsprosjektfinansiering', layer: 'resource-flows' },
      { id: 'b', kind: 'insight', label: 'Styring i linja', layer: 'policies' },
      { id: 'c', kind: 'insight', label: 'Vi har alltid gjort det slik', layer: 'mental-models' },
    ];
    document.relations = [{ from: 'c', to: 'b', type: 'explains' }];
    const layout = layoutIceberg(normalize(document));
    assert.deepEqual(
      layout.bands.map((b) => b.id),
      ['policies', 'practices', 'resource-flows', 'relationships', 'power-dynamics', 'mental-models'],
    );
    assert.equal(layout.waterline?.layer, 'resource-flows');
    const empty = layout.bands.find((b) => b.id === 'practices')!;
    assert.ok(empty.bottom - empty.top >= ICEBERG_METRICS.minBandHeight);
    assert.ok(layout.chips.find((c) => c.id === 'a')!.lines.length >= 2);
    assertWellFormed(layout);
  });

  it('handles a layer with 30 elements and dense links, with an injected text measure', () => {
    const document = readJson<Record<string, any>>('examples/data/minimal.json');
    const wide: TextWidth = (text, size) => text.length * size * 0.62;
    document.elements = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      kind: i % 2 ? 'factor' : 'insight',
      label: `Element nummer ${i} med en ${'lang '.repeat(i % 4)}tekst`,
      layer: i < 30 ? 'structures' : i < 35 ? 'events' : 'mental-models',
    }));
    document.relations = Array.from({ length: 30 }, (_, i) => ({ from: `e${35 + (i % 5)}`, to: `e${(i * 7) % 35}`, type: 'explains' }));
    const layout = layoutIceberg(normalize(document), { textWidth: wide, width: 900 });
    assert.equal(layout.chips.filter((c) => c.layer === 'structures').length, 30);
    assertWellFormed(layout, wide);
  });
});
