import type { NormalizedDocument } from '../document/normalized-types.js';
import type { Point } from '../geometry/geometry.js';
import { approximateTextWidth, wrapText, type TextWidth } from '../geometry/text-measure.js';
import { routeExplains, type Row } from './route-explains.js';
import { ICEBERG_METRICS, type IcebergBand, type IcebergChip, type IcebergLayout } from './types.js';

export interface IcebergLayoutOptions {
  /** Width of the whole drawing, layer labels and depth scale included (default 960). */
  readonly width?: number;
  readonly textWidth?: TextWidth;
}

/**
 * Lays out the iceberg: one band per layer (top: visible; bottom: deepest), elements packed as chips in rows
 * inside an outline that widens with depth, band heights sized to their content, the waterline below its
 * layer, and `explains` links routed through the gaps between chips so that they never cross one.
 * Pure and deterministic.
 */
export function layoutIceberg(model: NormalizedDocument, options: IcebergLayoutOptions = {}): IcebergLayout {
  const m = ICEBERG_METRICS;
  const measure = options.textWidth ?? approximateTextWidth;
  const width = Math.max(options.width ?? 960, 420);
  const regionLeft = m.margin + m.labelColumn + m.margin;
  const regionRight = width - m.margin - m.depthScaleWidth;
  const centerX = (regionLeft + regionRight) / 2;
  const maxHalf = (regionRight - regionLeft) / 2;
  const layers = model.views.iceberg.layers;
  const waterlineLayer = model.views.iceberg.waterline;
  const waterIndex = layers.findIndex((layer) => layer.id === waterlineLayer);

  // Chip sizes first: the outline's top width must fit the widest chip.
  const sized = model.elements
    .filter((e) => e.layer !== undefined && layers.some((layer) => layer.id === e.layer))
    .map((e) => {
      const lines = wrapText(e.label, m.chipTextWidth, m.fontSize, measure);
      const textWidth = Math.max(...lines.map((line) => measure(line, m.fontSize)));
      return {
        element: e,
        lines,
        width: Math.ceil(textWidth + m.symbolWidth + 2 * m.chipPaddingX),
        height: lines.length * m.lineHeight + 2 * m.chipPaddingY,
      };
    });
  const widest = Math.max(0, ...sized.map((s) => s.width));
  // The tip is at least a third of the full width, so the visible layer reads as a tip, not a spire.
  const topHalf = Math.min(maxHalf, Math.max(110, maxHalf * 0.34, widest / 2 + m.sidePadding));
  const top = m.margin + m.tipHeight;
  const halfWidthAt = (y: number) => Math.min(maxHalf, topHalf + m.slope * Math.max(0, y - top));

  const bands: IcebergBand[] = [];
  const chips: IcebergChip[] = [];
  const rows: Row[] = [];
  let y = top;
  layers.forEach((layer, index) => {
    const labelLines = wrapText(layer.label, m.labelColumn, m.labelFontSize, measure);
    const descriptionLines = layer.description ? wrapText(layer.description, m.labelColumn, m.descriptionFontSize, measure) : [];
    const labelBlock = labelBlockHeight({ labelLines, descriptionLines });
    const members = sized.filter((s) => s.element.layer === layer.id);
    const bandTop = y;
    let rowTop = bandTop + m.bandPaddingTop;
    let order = 0;
    let cursor = 0;
    while (cursor < members.length) {
      // Pack as many chips as fit the outline's width at the row's top (its narrowest point).
      const available = 2 * (halfWidthAt(rowTop) - m.sidePadding);
      const row: typeof members = [];
      let used = 0;
      while (cursor < members.length) {
        const next = members[cursor]!;
        const needed = used === 0 ? next.width : used + m.chipGap + next.width;
        if (row.length > 0 && needed > available) break;
        row.push(next);
        used = needed;
        cursor++;
      }
      const rowHeight = Math.max(...row.map((s) => s.height));
      let x = centerX - used / 2;
      const rowIndex = rows.length;
      const rowChips: IcebergChip[] = row.map((s) => {
        const chip: IcebergChip = {
          id: s.element.id,
          kind: s.element.kind,
          label: s.element.label,
          lines: s.lines,
          layer: layer.id,
          order: order++,
          row: rowIndex,
          x: x + s.width / 2,
          y: rowTop + rowHeight / 2,
          width: s.width,
          height: s.height,
        };
        x += s.width + m.chipGap;
        return chip;
      });
      chips.push(...rowChips);
      const halfAtTop = halfWidthAt(rowTop);
      rows.push({
        index: rowIndex,
        top: rowTop,
        bottom: rowTop + rowHeight,
        left: centerX - halfAtTop,
        right: centerX + halfAtTop,
        chips: rowChips,
      });
      rowTop += rowHeight + m.rowGap;
    }
    const contentBottom = members.length ? rowTop - m.rowGap + m.bandPaddingBottom : bandTop;
    const bandBottom = Math.max(contentBottom, bandTop + m.minBandHeight, bandTop + labelBlock);
    bands.push({
      id: layer.id,
      label: layer.label,
      ...(layer.description ? { description: layer.description } : {}),
      index,
      top: bandTop,
      bottom: bandBottom,
      aboveWater: waterIndex >= 0 && index <= waterIndex,
      labelLines,
      descriptionLines,
    });
    y = bandBottom;
  });
  const bottom = y;

  // The outline: a tip above the first band, then sides that widen with depth to the bottom.
  const outline: Point[] = [{ x: centerX, y: m.margin }];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const yy = top + ((bottom - top) * i) / steps;
    outline.push({ x: round(centerX + halfWidthAt(yy)), y: round(yy) });
  }
  for (let i = steps; i >= 0; i--) {
    const yy = top + ((bottom - top) * i) / steps;
    outline.push({ x: round(centerX - halfWidthAt(yy)), y: round(yy) });
  }

  const waterBand = waterIndex >= 0 ? bands[waterIndex] : undefined;
  const links = routeExplains(
    model.relations.filter((r) => r.type === 'explains'),
    chips,
    rows,
    bands,
  );
  return {
    width,
    height: Math.ceil(bottom + m.margin),
    bands,
    chips,
    links,
    outline,
    centerX,
    ...(waterBand ? { waterline: { y: waterBand.bottom, layer: waterBand.id } } : {}),
    regionLeft,
    regionRight,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Height of a layer's label and description in the left column; a layer is never shorter. */
export function labelBlockHeight(band: Pick<IcebergBand, 'labelLines' | 'descriptionLines'>): number {
  return band.labelLines.length * 20 + band.descriptionLines.length * 17 + 2 * 10;
}
