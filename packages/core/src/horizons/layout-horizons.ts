import { decimalYearAtEndOf, decimalYearOf } from '../document/dates.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import { HORIZONS, type Horizon } from '../document/vocabulary.js';
import type { Point } from '../geometry/geometry.js';
import { approximateTextWidth, styledType, wrapText, type TextStyle, type TextWidth } from '../geometry/text-measure.js';
import { placeCurveNames } from './curve-names.js';
import { horizonCurves } from './curves.js';
import { placeLabels } from './place-labels.js';
import { spreadMarkers } from './spread-markers.js';
import { HORIZONS_METRICS, LABELLED_KINDS, type HorizonPlacement, type HorizonsLayout } from './types.js';
import { maxOf } from '../geometry/extremes.js';

export interface HorizonsLayoutOptions {
  /** Width of the drawing (default 960). */
  readonly width?: number;
  /** Height of the plot area (default 420). */
  readonly plotHeight?: number;
  /** Measures label text (with the reader's spacing). */
  readonly textWidth?: TextWidth;
  /** Measures the curve names (bold); defaults to `textWidth`. */
  readonly nameWidth?: TextWidth;
  /** The reader's text size and spacing: labels and names are sized and wrapped for it. */
  readonly textStyle?: TextStyle;
  /** The curves' names, drawn in the column right of the plot (default "H1", "H2", "H3"). */
  readonly curveNames?: Readonly<Record<Horizon, string>>;
  /**
   * A tag ("NY") drawn at the start of these elements' labels, which are then drawn at rest: workshop mode marks
   * what was added since the workshop began, and the placer keeps the tagged labels clear of everything else.
   */
  readonly badge?: { readonly text: string; readonly ids: ReadonlySet<string> };
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
 * falling, H3 rising; author control points allowed) named in a column at their ends, each dated element on its
 * horizon's curve (periods along it; markers of the same date in a column at that date), out-of-range elements
 * at the edge and reported. Goals' and initiatives' labels (and those the author gave `priority: high`, first)
 * are placed in free space, clear of curves, markers, names and each other; the rest, and `priority: low`, are
 * shown on demand. Pure, deterministic.
 */
export function layoutHorizons(model: NormalizedDocument, options: HorizonsLayoutOptions = {}): HorizonsLayout {
  const m = HORIZONS_METRICS;
  const measure = options.textWidth ?? approximateTextWidth;
  const { fontSize, lineHeight } = styledType(m.fontSize, m.lineHeight, options.textStyle);
  const name = styledType(m.nameFontSize, m.nameLineHeight, options.textStyle);
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
  const candidates = model.elements
    .filter((e) => e.horizon !== undefined)
    .map((e) => ({ e, year: decimalYearOf(e.date) ?? decimalYearOf(e.period?.start) }))
    .filter(({ e, year }) => {
      if (year === undefined) undated.push(e.id);
      return year !== undefined;
    })
    .sort((a, b) => a.year! - b.year! || (a.e.id < b.e.id ? -1 : 1));

  const placed = candidates.map(({ e, year }) => {
    const horizon = e.horizon!;
    const clamped = Math.min(end, Math.max(start, year!));
    const edge: 'before' | 'after' | undefined = year! < start ? 'before' : year! > end ? 'after' : undefined;
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
    const lines = wrapText(e.label, m.labelTextWidth * (fontSize / m.fontSize), fontSize, measure);
    const badge = options.badge?.ids.has(e.id)
      ? { text: options.badge.text, width: Math.ceil(measure(options.badge.text, fontSize)) + 2 * m.labelPadding }
      : undefined;
    return {
      id: e.id,
      kind: e.kind,
      label: e.label,
      lines,
      horizon,
      ...(horizon === 'H2' && e.horizonShift ? { shift: e.horizonShift } : {}),
      planned: e.planned,
      priority: e.priority,
      year: year!,
      x,
      y,
      ...(period ? { period } : {}),
      ...(edge ? { outOfRange: edge } : {}),
      ...(badge ? { badge } : {}),
      boxWidth: Math.ceil(maxOf(lines.map((l) => measure(l, fontSize)))) + 2 * m.labelPadding + (badge ? badge.width + m.labelPadding : 0),
      boxHeight: lines.length * lineHeight + 2 * m.labelPadding,
    };
  });

  const marks = spreadMarkers(placed, plot, m.markerRadius, m.markerGap);
  const markerBoxes = marks.map((p) => ({ ...p, width: 2 * m.markerRadius, height: 2 * m.markerRadius }));
  // An H2 element's arrow (H2+ or H2−) stands at its marker's upper right: no label may cover it either.
  const arrowBoxes = placed.flatMap((p, i) => (p.shift ? [{ x: marks[i]!.x + 14, y: marks[i]!.y - 12, width: 14, height: 14 }] : []));
  const curveLabels = placeCurveNames(
    Object.fromEntries(HORIZONS.map((h) => [h, sampled[h].at(-1)!])) as Record<Horizon, Point>,
    options.curveNames ?? { H1: 'H1', H2: 'H2', H3: 'H3' },
    {
      x: plot.right + m.nameGap + 4,
      column: m.nameColumn,
      fontSize: name.fontSize,
      lineHeight: name.lineHeight,
      gap: 6,
      top: 0,
      bottom: plot.bottom,
      measure: options.nameWidth ?? measure,
    },
  );
  const places = placeLabels(
    placed.map((p, i) => ({
      id: p.id,
      mark: marks[i]!,
      width: p.boxWidth,
      height: p.boxHeight,
      atRest: p.badge !== undefined || p.priority === 'high' || (p.priority !== 'low' && LABELLED_KINDS.has(p.kind)),
      first: p.priority === 'high',
    })),
    {
      area: { left: plot.left + 2, top: plot.top, right: plot.right, bottom: plot.bottom - 2 },
      markers: [...markerBoxes, ...arrowBoxes],
      fixed: HORIZONS.map((h) => curveLabels[h].box),
      curves: HORIZONS.map((h) => sampled[h]),
      curveLeft: plot.left,
      step: m.sampleStep,
      clearance: m.curveClearance,
      markerRadius: m.markerRadius,
      lines: placed.flatMap((p, i) => (marks[i]!.y !== p.y ? [[{ x: p.x, y: p.y }, marks[i]!] as const] : [])),
    },
  );
  const elements: HorizonPlacement[] = placed.map(({ boxWidth: _w, boxHeight: _h, priority: _p, ...p }, i) => {
    const place = places.get(p.id)!;
    const box = place.box;
    return {
      ...p,
      mark: marks[i]!,
      labelled: place.atRest,
      labelBox: { x: round(box.x), y: round(box.y), width: box.width, height: box.height },
      ...(place.leader ? { leader: place.leader.map((q) => ({ x: round(q.x), y: round(q.y) })) } : {}),
    };
  });

  return {
    width,
    height: Math.ceil(plot.bottom + m.axisHeight),
    plot,
    fontSize,
    lineHeight,
    nameFontSize: name.fontSize,
    nameLineHeight: name.lineHeight,
    start,
    end,
    ...(nowYear !== undefined && nowYear >= start && nowYear <= end ? { now: { x: round(xOf(nowYear)), year: nowYear } } : {}),
    curves: sampled,
    curveLabels,
    ticks: tickYears(start, end).map((year) => ({ x: round(xOf(year)), year })),
    elements,
    outOfRange,
    undated,
  };
}
