import { decimalYearAtEndOf, decimalYearOf } from '../document/dates.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import { HORIZONS, type Horizon } from '../document/vocabulary.js';
import { boxesOverlap, type Box, type Point } from '../geometry/geometry.js';
import { approximateTextWidth, wrapText, type TextWidth } from '../geometry/text-measure.js';
import { horizonCurves } from './curves.js';
import { HORIZONS_METRICS, type HorizonPlacement, type HorizonsLayout } from './types.js';

export interface HorizonsLayoutOptions {
  /** Width of the drawing (default 960). */
  readonly width?: number;
  /** Height of the plot area (default 420); label lanes below it add to the drawing's height. */
  readonly plotHeight?: number;
  readonly textWidth?: TextWidth;
}

/** Round years for axis ticks: every 1, 2 or 5 years, so at most ~12 ticks. */
function tickYears(start: number, end: number): number[] {
  const span = end - start;
  const step = span <= 12 ? 1 : span <= 24 ? 2 : span <= 60 ? 5 : 10;
  const years: number[] = [];
  for (let year = Math.ceil(start / step) * step; year <= end + 1e-9; year += step) years.push(year);
  return years;
}

/**
 * Lays out the three horizons: a time axis from `views.horizons`, three curves (H1 falling, H2 rising and
 * falling, H3 rising; author control points allowed), each dated element on its horizon's curve (periods
 * along it), out-of-range elements at the edge and reported, and labels placed without overlap: next to
 * their point where there is room, else in lanes below the plot with a leader line. Pure, deterministic.
 */
export function layoutHorizons(model: NormalizedDocument, options: HorizonsLayoutOptions = {}): HorizonsLayout {
  const m = HORIZONS_METRICS;
  const measure = options.textWidth ?? approximateTextWidth;
  const width = Math.max(options.width ?? 960, 360);
  const plotHeight = options.plotHeight ?? 420;
  const settings = model.views.horizons;
  const start = decimalYearOf(settings.start) ?? 2015;
  const endYear = decimalYearOf(settings.end) ?? 2035;
  const end = endYear > start ? endYear : start + 1;
  const plot = { left: m.marginLeft, top: m.marginTop, right: width - m.marginRight, bottom: m.marginTop + plotHeight };
  const curves = horizonCurves(settings.curves, start, end);
  const nowYear = settings.now ? decimalYearOf(settings.now) : undefined;
  const xOf = (year: number) => plot.left + ((year - start) / (end - start)) * (plot.right - plot.left);
  const yOf = (horizon: Horizon, year: number) => plot.bottom - curves[horizon]((year - start) / (end - start)) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 100) / 100;

  const sampled = Object.fromEntries(
    HORIZONS.map((h) => {
      const points: Point[] = [];
      for (let x = plot.left; x <= plot.right + 1e-9; x += m.sampleStep) {
        const year = start + ((x - plot.left) / (plot.right - plot.left)) * (end - start);
        points.push({ x: round(x), y: round(yOf(h, year)) });
      }
      return [h, points];
    }),
  ) as Record<Horizon, Point[]>;

  const outOfRange: string[] = [];
  const undated: string[] = [];
  const placed: HorizonPlacement[] = [];
  const labels: Box[] = [];
  const markers: Box[] = [];
  const candidates = model.elements
    .filter((e) => e.horizon !== undefined)
    .map((e) => ({ e, year: decimalYearOf(e.date) ?? decimalYearOf(e.period?.start) }))
    .filter(({ e, year }) => {
      if (year === undefined) undated.push(e.id);
      return year !== undefined;
    })
    .sort((a, b) => a.year! - b.year! || (a.e.id < b.e.id ? -1 : 1));

  for (const { e, year } of candidates) {
    const horizon = e.horizon!;
    const clamped = Math.min(end, Math.max(start, year!));
    const edge = year! < start ? 'before' : year! > end ? 'after' : undefined;
    if (edge) outOfRange.push(e.id);
    const x = round(xOf(clamped));
    const y = round(yOf(horizon, clamped));
    let period: Point[] | undefined;
    if (e.period && !e.date) {
      // An open period is ongoing: it runs to "now" when the axis has one.
      const periodEnd = e.period.end ? decimalYearAtEndOf(e.period.end) : (nowYear ?? end);
      const to = Math.min(end, Math.max(start, periodEnd ?? end));
      if (to > clamped) {
        period = [];
        for (let px = x; px <= xOf(to) + 1e-9; px += m.sampleStep) {
          const py = start + ((px - plot.left) / (plot.right - plot.left)) * (end - start);
          period.push({ x: round(px), y: round(yOf(horizon, py)) });
        }
      }
    }
    markers.push({ x, y, width: 2 * m.markerRadius, height: 2 * m.markerRadius });
    const lines = wrapText(e.label, m.labelTextWidth, m.fontSize, measure);
    const boxWidth = Math.ceil(Math.max(...lines.map((l) => measure(l, m.fontSize)))) + 2 * m.labelPadding;
    const boxHeight = lines.length * m.lineHeight + 2 * m.labelPadding;
    placed.push({
      id: e.id,
      kind: e.kind,
      label: e.label,
      lines,
      horizon,
      ...(horizon === 'H2' && e.horizonShift ? { shift: e.horizonShift } : {}),
      planned: e.planned,
      year: year!,
      x,
      y,
      ...(period ? { period } : {}),
      ...(edge ? { outOfRange: edge } : {}),
      labelBox: { x, y, width: boxWidth, height: boxHeight },
    });
  }

  // Labels: beside the point where they fit, clear of other labels and of every marker; else in a lane below.
  const inPlot = (box: Box) =>
    box.x - box.width / 2 >= 0 && box.x + box.width / 2 <= width && box.y - box.height / 2 >= 0 && box.y + box.height / 2 <= plot.bottom;
  const free = (box: Box) =>
    inPlot(box) && !labels.some((other) => boxesOverlap(box, other, 2)) && !markers.some((mk) => boxesOverlap(box, mk, 1));
  const lanesTop = plot.bottom + m.axisHeight;
  let lanesBottom = lanesTop;
  const withLabels = placed.map((p) => {
    const { width: w, height: h } = p.labelBox;
    const gap = m.markerRadius + 4;
    const near: [number, number][] = [
      [w / 2 + gap, -h / 2 - 2],
      [-w / 2 - gap, -h / 2 - 2],
      [w / 2 + gap, h / 2 + 2],
      [-w / 2 - gap, h / 2 + 2],
      [0, -h / 2 - gap],
      [0, h / 2 + gap],
    ];
    for (const [dx, dy] of near) {
      const box = { x: p.x + dx, y: p.y + dy, width: w, height: h };
      if (free(box)) {
        labels.push(box);
        return { ...p, labelBox: box };
      }
    }
    for (let distance = 28; distance <= 160; distance += 18) {
      for (const [dx, dy] of [
        [w / 2 + 8, -distance],
        [-w / 2 - 8, -distance],
        [w / 2 + 8, distance],
        [-w / 2 - 8, distance],
      ] as const) {
        const box = { x: p.x + dx, y: p.y + dy, width: w, height: h };
        if (free(box)) {
          labels.push(box);
          return {
            ...p,
            labelBox: box,
            leader: [
              { x: p.x, y: p.y },
              { x: box.x - Math.sign(dx) * (w / 2), y: box.y },
            ],
          };
        }
      }
    }
    // Lanes below the plot: the first free place at or near the point's x, rows added as needed.
    const x = Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, p.x));
    for (let laneY = lanesTop + h / 2; ; laneY += m.lineHeight + m.laneGap) {
      const box = { x, y: laneY, width: w, height: h };
      if (!labels.some((other) => boxesOverlap(box, other, 2))) {
        labels.push(box);
        lanesBottom = Math.max(lanesBottom, laneY + h / 2);
        return {
          ...p,
          labelBox: box,
          leader: [
            { x: p.x, y: p.y },
            { x: p.x, y: box.y - h / 2 },
          ],
        };
      }
    }
  });

  const curveLabels = Object.fromEntries(
    HORIZONS.map((h) => {
      // H1 is named where it starts (high), H2 at its peak, H3 where it ends (high).
      const year = h === 'H1' ? start + (end - start) * 0.06 : h === 'H2' ? start + (end - start) * 0.38 : start + (end - start) * 0.94;
      return [h, { x: round(xOf(year)), y: round(yOf(h, year) - 10) }];
    }),
  ) as Record<Horizon, Point>;
  return {
    width,
    height: Math.ceil(lanesBottom + m.laneGap * 2),
    plot,
    start,
    end,
    ...(nowYear !== undefined && nowYear >= start && nowYear <= end ? { now: { x: round(xOf(nowYear)), year: nowYear } } : {}),
    curves: sampled,
    curveLabels,
    ticks: tickYears(start, end).map((year) => ({ x: round(xOf(year)), year })),
    elements: withLabels,
    outOfRange,
    undated,
  };
}
