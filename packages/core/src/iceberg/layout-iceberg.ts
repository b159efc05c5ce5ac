import type { NormalizedDocument } from '../document/normalized-types.js';
import { approximateTextWidth, PLAIN_TEXT_STYLE, styledType, wrapText, type TextStyle, type TextWidth } from '../geometry/text-measure.js';
import { routeExplains } from './route-explains.js';
import { halfWidthAt, outlineOf, silhouette, tipHalves } from './silhouette.js';
import { greedyRows, rowWidth, tipRows } from './tip-rows.js';
import { ICEBERG_METRICS, type IcebergBand, type IcebergChip, type IcebergLayout, type IcebergType } from './types.js';
import { maxOf } from '../geometry/extremes.js';

/** The texts the drawing places itself (the layout wraps them and makes room for them). */
export interface IcebergTexts {
  /** The note in a layer with no elements. */
  readonly emptyLayer: string;
  /** The depth scale's top and bottom labels. */
  readonly shallow: string;
  readonly deep: string;
}

export const ICEBERG_TEXTS_EN: IcebergTexts = {
  emptyLayer: 'No elements in this layer yet.',
  shallow: 'Visible: little leverage',
  deep: 'Deep: great leverage',
};

export interface IcebergLayoutOptions {
  /** Width of the whole drawing, layer labels and depth scale included (default 960). */
  readonly width?: number;
  /** Measures the labels (the reader's letter and word spacing included). */
  readonly textWidth?: TextWidth;
  /** Measures the bold layer names (default: `textWidth`). */
  readonly boldTextWidth?: TextWidth;
  /** The reader's font scale: every size and line height grows with it. */
  readonly textStyle?: TextStyle;
  readonly texts?: IcebergTexts;
}

/** One chip's text, size and badge before it is placed. */
interface Sized {
  readonly element: NormalizedDocument['elements'][number];
  readonly lines: string[];
  readonly width: number;
  readonly height: number;
  readonly links: number;
  readonly badgeWidth: number;
}

/**
 * Lays out the iceberg: one band per layer (top: visible; bottom: deepest), elements packed as chips in rows. Above
 * the waterline the rows are kept narrow (at most `tipShare` of the region) and the outline hugs them, so the tip is
 * the smallest part; under it the outline widens to the mass and on with depth. Band heights fit their content.
 * `explains` links are curves between chip edges, drawn one chain at a time. Pure and deterministic.
 */
export function layoutIceberg(model: NormalizedDocument, options: IcebergLayoutOptions = {}): IcebergLayout {
  const m = ICEBERG_METRICS;
  const measure = options.textWidth ?? approximateTextWidth;
  const bold = options.boldTextWidth ?? measure;
  const style = options.textStyle ?? PLAIN_TEXT_STYLE;
  const texts = options.texts ?? ICEBERG_TEXTS_EN;
  const type = typeOf(style);
  const width = Math.max(options.width ?? 960, 420);
  const regionLeft = m.margin + m.labelColumn + m.margin;
  const regionRight = width - m.margin - m.depthScaleWidth;
  const centerX = (regionLeft + regionRight) / 2;
  const maxHalf = (regionRight - regionLeft) / 2;
  const layers = model.views.iceberg.layers;
  const waterIndex = layers.findIndex((layer) => layer.id === model.views.iceberg.waterline);

  const placed = model.elements.filter((e) => e.layer !== undefined && layers.some((layer) => layer.id === e.layer));
  const placedIds = new Set(placed.map((e) => e.id));
  const explains = model.relations.filter((r) => r.type === 'explains' && r.from !== r.to && placedIds.has(r.from) && placedIds.has(r.to));
  const linkCount = new Map<string, number>();
  for (const r of explains) for (const end of [r.from, r.to]) linkCount.set(end, (linkCount.get(end) ?? 0) + 1);

  const sized: Sized[] = placed.map((e) => {
    const lines = wrapText(e.label, m.chipTextWidth * style.fontScale, type.fontSize, measure);
    // A line that goes on in the next one ends with a space (kept in the drawn text, so it reads as words): count it.
    const textWidth = Math.max(
      maxOf(lines.map((line, i) => measure(i < lines.length - 1 && !line.endsWith('-') ? `${line} ` : line, type.fontSize))),
    );
    const links = linkCount.get(e.id) ?? 0;
    const badgeWidth = links ? Math.ceil(measure(`↕${links}`, type.smallFontSize) + 2 * m.badgePaddingX) : 0;
    return {
      element: e,
      lines,
      links,
      badgeWidth,
      width: Math.ceil(m.symbolWidth + m.chipPaddingX + textWidth + (links ? m.badgeGap + badgeWidth : 0) + m.chipPaddingX),
      height: Math.max(lines.length * type.lineHeight, type.smallLineHeight + 4) + 2 * m.chipPaddingY,
    };
  });
  const tipMembers = sized.filter((s) => layers.findIndex((l) => l.id === s.element.layer) <= waterIndex);
  // The tip's rows: never wider than its share of the region, nor narrower than its widest chip.
  const tipRowWidth = Math.max(0, maxOf(tipMembers.map((s) => s.width)), 2 * maxHalf * m.tipShare - 2 * m.sidePadding);

  const top = m.margin + m.tipHeight;
  const bands: IcebergBand[] = [];
  const chips: IcebergChip[] = [];
  const tipExtents: { top: number; width: number }[] = [];
  let shape = silhouette(top, top, m.minTipHalf, m.minTipHalf, maxHalf);
  const shapeTip = (waterY: number) => {
    const { topHalf, waterHalf } = tipHalves(tipExtents.map((r) => ({ top: r.top - top, width: r.width })));
    return silhouette(top, waterY, Math.min(maxHalf, topHalf), Math.min(maxHalf, waterHalf), maxHalf);
  };
  let rowIndex = 0;
  let y = top;
  layers.forEach((layer, index) => {
    const aboveWater = index <= waterIndex;
    if (index === waterIndex + 1) {
      // The tip is laid out: make its outline the narrowest that holds every row, then widen under water.
      shape = shapeTip(y);
    }
    const available = (rowTop: number) => (aboveWater ? tipRowWidth : 2 * (halfWidthAt(shape, rowTop) - m.sidePadding));
    const labelLines = wrapText(layer.label, m.labelColumn, type.labelFontSize, bold);
    const descriptionLines = layer.description ? wrapText(layer.description, m.labelColumn, type.descriptionFontSize, measure) : [];
    const members = sized.filter((s) => s.element.layer === layer.id);
    const bandTop = y;
    const firstRow = rowIndex;
    let rowTop = bandTop + m.bandPaddingTop;
    let emptyLines: string[] = [];
    if (members.length === 0) {
      emptyLines = wrapText(texts.emptyLayer, Math.min(available(rowTop), 240 * style.fontScale), type.fontSize, measure);
      const used = maxOf(emptyLines.map((line) => measure(line, type.fontSize)));
      if (aboveWater) tipExtents.push({ top: rowTop, width: used });
      rowTop += emptyLines.length * type.lineHeight + m.rowGap;
    }
    // Above water: the rows that make the smallest tip; under it: as many chips as fit the row's top.
    const planned = aboveWater ? tipRows(members, tipRowWidth) : undefined;
    let order = 0;
    let cursor = 0;
    while (cursor < members.length) {
      const row = planned ? planned[rowIndex - firstRow]! : greedyRows(members.slice(cursor), available(rowTop))[0]!;
      cursor += row.length;
      const used = rowWidth(row);
      const rowHeight = maxOf(row.map((s) => s.height));
      let x = centerX - used / 2;
      for (const s of row) {
        chips.push({
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
          links: s.links,
          badgeWidth: s.badgeWidth,
        });
        x += s.width + m.chipGap;
      }
      if (aboveWater) tipExtents.push({ top: rowTop, width: used });
      rowIndex++;
      rowTop += rowHeight + m.rowGap;
    }
    const contentBottom = rowTop > bandTop + m.bandPaddingTop ? rowTop - m.rowGap + m.bandPaddingBottom : bandTop;
    const labelBlock = labelBlockHeight({ labelLines, descriptionLines }, type);
    const bandBottom = Math.max(contentBottom, bandTop + m.minBandHeight, bandTop + labelBlock);
    const below = layers.length - 1 - waterIndex;
    bands.push({
      id: layer.id,
      label: layer.label,
      ...(layer.description ? { description: layer.description } : {}),
      index,
      top: bandTop,
      bottom: bandBottom,
      aboveWater: waterIndex >= 0 && aboveWater,
      tint: aboveWater ? 0 : ((1 + Math.floor(((index - waterIndex - 1) * 3) / Math.max(1, below))) as 1 | 2 | 3),
      labelLines,
      descriptionLines,
      emptyLines,
    });
    y = bandBottom;
  });
  const bottom = y;
  if (waterIndex === layers.length - 1) shape = shapeTip(bottom);

  const waterBand = waterIndex >= 0 ? bands[waterIndex] : undefined;
  return {
    width,
    height: Math.ceil(bottom + m.margin),
    bands,
    chips,
    links: routeExplains(explains, chips),
    outline: outlineOf(shape, centerX, m.margin, bottom),
    centerX,
    ...(waterBand ? { waterline: { y: waterBand.bottom, layer: waterBand.id } } : {}),
    regionLeft,
    regionRight,
    depthScale: depthScaleOf(texts, regionRight, top, bottom, type, measure),
    type,
  };
}

function typeOf(style: TextStyle): IcebergType {
  const m = ICEBERG_METRICS;
  const chip = styledType(m.fontSize, m.lineHeight, style);
  const label = styledType(m.labelFontSize, m.labelLineHeight, style);
  const description = styledType(m.descriptionFontSize, m.descriptionLineHeight, style);
  const small = styledType(m.smallFontSize, m.smallLineHeight, style);
  return {
    fontSize: chip.fontSize,
    lineHeight: chip.lineHeight,
    labelFontSize: label.fontSize,
    labelLineHeight: label.lineHeight,
    descriptionFontSize: description.fontSize,
    descriptionLineHeight: description.lineHeight,
    smallFontSize: small.fontSize,
    smallLineHeight: small.lineHeight,
  };
}

/** The depth scale in the right column: the shallow label at the top, the deep one at the bottom, the arrow between. */
function depthScaleOf(texts: IcebergTexts, regionRight: number, top: number, bottom: number, type: IcebergType, measure: TextWidth) {
  const m = ICEBERG_METRICS;
  // A column never narrower than a letter and a hyphen, so that wrapping always moves on.
  const column = Math.max(m.depthScaleWidth - 8, measure('W-', type.smallFontSize));
  const wrap = (text: string) => wrapText(text, column, type.smallFontSize, measure);
  const topLines = wrap(texts.shallow);
  const bottomLines = wrap(texts.deep);
  const lh = type.smallLineHeight;
  return {
    x: regionRight + m.depthScaleWidth / 2,
    topLines,
    topY: top + lh / 2,
    bottomLines,
    bottomY: bottom - bottomLines.length * lh + lh / 2,
    arrowTop: top + topLines.length * lh + 6,
    arrowBottom: bottom - bottomLines.length * lh - 6,
  };
}

/** Height of a layer's label and description in the left column; a layer is never shorter. */
export function labelBlockHeight(
  band: Pick<IcebergBand, 'labelLines' | 'descriptionLines'>,
  type: Pick<IcebergType, 'labelLineHeight' | 'descriptionLineHeight'> = typeOf(PLAIN_TEXT_STYLE),
): number {
  return band.labelLines.length * type.labelLineHeight + band.descriptionLines.length * type.descriptionLineHeight + 2 * 10;
}
