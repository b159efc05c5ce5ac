import { maxOf, minOf } from '../geometry/extremes.js';
import { decimalYearOf } from '../document/dates.js';
import { approximateTextWidth, type TextWidth } from '../geometry/text-measure.js';
import type { IndicatorPoint, IndicatorProgress } from './indicator-progress.js';

/** A point of the chart with its value label, placed so the label stays inside the chart. */
export interface IndicatorChartMark extends IndicatorPoint {
  readonly x: number;
  readonly y: number;
  /** The value with its unit, as the sentence writes it; empty for points that are not labelled. */
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A small line chart of an indicator: measurements as a line with dots, targets as separate marks. */
export interface IndicatorChartLayout {
  readonly width: number;
  readonly height: number;
  /** Baseline of the value axis (zero when it is in view, else the bottom of the plot). */
  readonly baseline: { readonly y: number; readonly x1: number; readonly x2: number };
  /** SVG path of the measured line; empty with fewer than two measurements. */
  readonly line: string;
  /** Dashed path from the latest measurement to the target; empty without both. */
  readonly toTarget: string;
  readonly measurements: readonly IndicatorChartMark[];
  readonly targets: readonly IndicatorChartMark[];
  /** Dates under the axis, thinned so none overlaps the one before. */
  readonly dates: readonly { readonly x: number; readonly text: string; readonly anchor: 'start' | 'middle' | 'end' }[];
  /** Baseline of the date labels. */
  readonly datesY: number;
  readonly fontSize: number;
}

export interface IndicatorChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** Text size in px; never below 12. */
  readonly fontSize?: number;
  /** Measures label widths, so labels that would overlap are left out (the sentence and table still say them). */
  readonly textWidth?: TextWidth;
}

/** Chart geometry in px. Labels are at least 12 px; the chart is meant to be shown at this size, not scaled down. */
export const INDICATOR_CHART_SIZE = { width: 288, height: 144, fontSize: 13 } as const;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out an indicator's chart: time runs left to right over every measurement and target, values bottom to top
 * from zero (or the lowest value, if below zero) with headroom for labels. The first and latest measurement and every
 * target carry their value where it fits (labels never overlap; the sentence and the table say every value). Pure.
 */
export function layoutIndicatorChart(progress: IndicatorProgress, options: IndicatorChartOptions = {}): IndicatorChartLayout {
  const width = options.width ?? INDICATOR_CHART_SIZE.width;
  const height = options.height ?? INDICATOR_CHART_SIZE.height;
  const fontSize = Math.max(12, options.fontSize ?? INDICATOR_CHART_SIZE.fontSize);
  const pad = { left: 12, right: 12, top: fontSize * 1.8, bottom: fontSize * 2 };
  const all = [...progress.measurements, ...progress.targets];
  const years = all.map((p) => decimalYearOf(p.date) ?? 0);
  const [minYear, maxYear] = [minOf(years), maxOf(years)];
  const values = all.map((p) => p.value);
  const [low, high] = [Math.min(0, minOf(values)), Math.max(0, maxOf(values))];
  const span = high - low || 1;
  const xOf = (date: string) =>
    maxYear === minYear
      ? width / 2
      : pad.left + (((decimalYearOf(date) ?? minYear) - minYear) / (maxYear - minYear)) * (width - pad.left - pad.right);
  const yOf = (value: number) => pad.top + ((high - value) / span) * (height - pad.top - pad.bottom);
  const anchorAt = (x: number): 'start' | 'middle' | 'end' => (x < width / 4 ? 'start' : x > (width * 3) / 4 ? 'end' : 'middle');
  const measure = options.textWidth ?? approximateTextWidth;
  /** Left and right edge of a label at `x` with `anchor`. */
  const extent = (x: number, text: string, anchor: 'start' | 'middle' | 'end'): [number, number] => {
    const w = measure(text, fontSize);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return [left, left + w];
  };
  const placed: { box: [number, number, number, number] }[] = [];
  /** Claims room for a label; false when it would overlap one already placed (with a small gap). */
  const claim = (x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end'): boolean => {
    const [left, right] = extent(x, text, anchor);
    const box: [number, number, number, number] = [left - 3, y - fontSize, right + 3, y + fontSize * 0.3];
    if (placed.some(({ box: b }) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) return false;
    placed.push({ box });
    return true;
  };
  const latestY = progress.latest ? yOf(progress.latest.value) : 0;
  const geometry = (p: IndicatorPoint, below: boolean) => {
    const x = round(xOf(p.date));
    const y = round(yOf(p.value));
    const anchor = anchorAt(x);
    const labelX = round(anchor === 'start' ? x - 4 : anchor === 'end' ? x + 4 : x);
    const labelY = round(below ? y + fontSize * 1.35 : y - fontSize * 0.7);
    return { date: p.date, value: p.value, x, y, labelX, labelY, anchor };
  };
  // A measurement's label sits above its dot; a target's below its mark when that is clear of the line.
  const measured = progress.measurements.map((p) => geometry(p, false));
  const targeted = progress.targets.map((p) => geometry(p, yOf(p.value) >= latestY + fontSize * 1.5));
  // Labels by importance: the latest value, the target named in the sentence, the first value, other targets.
  const same = (a: IndicatorPoint | undefined, b: IndicatorPoint) => a !== undefined && a.date === b.date && a.value === b.value;
  const labels = new Map<object, string>();
  const wanted = [
    ...measured.filter((m) => same(progress.latest, m)),
    ...targeted.filter((t) => same(progress.target, t)),
    ...measured.filter((m) => same(progress.first, m) && !same(progress.latest, m)),
    ...targeted.filter((t) => !same(progress.target, t)),
  ];
  for (const m of wanted) {
    const text = progress.format(m.value);
    if (claim(m.labelX, m.labelY, text, m.anchor)) labels.set(m, text);
  }
  const measurements = measured.map((m) => ({ ...m, label: labels.get(m) ?? '' }));
  const targets = targeted.map((t) => ({ ...t, label: labels.get(t) ?? '' }));
  const path = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  const latest = measurements.at(-1);
  const target = progress.target && targets.find((t) => same(progress.target, t));
  const datesY = round(height - fontSize * 0.4);
  const dates: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[] = [];
  const datePoints = [progress.latest, progress.target, progress.first, ...progress.targets].filter(
    (p): p is IndicatorPoint => p !== undefined,
  );
  for (const p of datePoints) {
    const x = round(xOf(p.date));
    const text = progress.formatDate(p.date);
    if (dates.some((d) => d.x === x && d.text === text)) continue;
    const anchor = anchorAt(x);
    if (claim(x, datesY, text, anchor)) dates.push({ x, text, anchor });
  }
  dates.sort((a, b) => a.x - b.x);
  const baselineY = round(yOf(Math.max(low, Math.min(0, high))));
  return {
    width,
    height,
    baseline: { y: baselineY, x1: 0, x2: width },
    line: measurements.length > 1 ? path(measurements) : '',
    toTarget: latest && target && target.x > latest.x ? path([latest, target]) : '',
    measurements,
    targets,
    dates,
    datesY,
    fontSize,
  };
}
