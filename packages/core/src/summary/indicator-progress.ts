import { parsePartialDate } from '../document/dates.js';
import type { UiLanguage } from '../document/i18n/languages.js';
import type { NormalizedIndicator } from '../document/normalized-types.js';

/** One dated value of an indicator. */
export interface IndicatorPoint {
  readonly date: string;
  readonly value: number;
}

/**
 * Where an indicator is heading, from its first measurement to its latest, judged by its `better` direction (or,
 * without one, by where its target lies): `toward-target` it moved the better way; `wrong-way` the worse way; `unchanged` no change;
 * `too-few` fewer than two measurements; `no-direction` neither `better` nor a target says which way is better.
 */
export const INDICATOR_TRENDS = ['toward-target', 'wrong-way', 'unchanged', 'too-few', 'no-direction'] as const;
export type IndicatorTrend = (typeof INDICATOR_TRENDS)[number];

/** An indicator's progress: measurements and targets kept apart, the trend, and the same in words. */
export interface IndicatorProgress {
  readonly indicator: NormalizedIndicator;
  /** Measured points (not targets), oldest first. */
  readonly measurements: readonly IndicatorPoint[];
  /** Target points (`target: true`), oldest first. */
  readonly targets: readonly IndicatorPoint[];
  /** The first measurement (the baseline of the sentence). */
  readonly first?: IndicatorPoint;
  /** The latest measurement. */
  readonly latest?: IndicatorPoint;
  /** The target the sentence names: the first dated after the latest measurement, else the last one. */
  readonly target?: IndicatorPoint;
  /** The direction that is better: the indicator's `better`, else toward the target from the latest measurement. */
  readonly better?: 'up' | 'down';
  readonly trend: IndicatorTrend;
  /** The trend in words ("på vei mot målet", "går feil vei", "for få målinger til å si noe"). */
  readonly trendText: string;
  /** The better direction in words ("lavere er bedre"), when it is known. */
  readonly betterText?: string;
  /** One or two sentences: from the first to the latest measurement, and the target. */
  readonly sentence: string;
  /** A value with its unit, formatted for `lang` (shared so that a chart labels points as the sentence does). */
  readonly format: (value: number) => string;
  /** A partial date formatted for `lang`. */
  readonly formatDate: (date: string) => string;
}

interface ProgressWords {
  trend: Record<IndicatorTrend, string>;
  better: Record<'up' | 'down', string>;
  rose: (label: string, from: string, to: string) => string;
  fell: (label: string, from: string, to: string) => string;
  same: (label: string, value: string, from: string, to: string) => string;
  single: (label: string, value: string) => string;
  none: (label: string) => string;
  target: (when: string, value: string) => string;
  at: (value: string, date: string) => string;
}

const WORDS: Record<UiLanguage, ProgressWords> = {
  nb: {
    trend: {
      'toward-target': 'på vei mot målet',
      'wrong-way': 'går feil vei',
      unchanged: 'uendret',
      'too-few': 'for få målinger til å si noe',
      'no-direction': 'ukjent hvilken retning som er bedre',
    },
    better: { up: 'høyere er bedre', down: 'lavere er bedre' },
    rose: (label, from, to) => `${label} gikk opp fra ${from} til ${to}`,
    fell: (label, from, to) => `${label} gikk ned fra ${from} til ${to}`,
    same: (label, value, from, to) => `${label} var uendret på ${value} fra ${from} til ${to}`,
    single: (label, value) => `${label} var ${value}`,
    none: (label) => `${label} er ikke målt ennå`,
    target: (when, value) => `målet for ${when} er ${value}`,
    at: (value, date) => `${value} i ${date}`,
  },
  nn: {
    trend: {
      'toward-target': 'på veg mot målet',
      'wrong-way': 'går feil veg',
      unchanged: 'uendra',
      'too-few': 'for få målingar til å seie noko',
      'no-direction': 'ukjent kva retning som er betre',
    },
    better: { up: 'høgare er betre', down: 'lågare er betre' },
    rose: (label, from, to) => `${label} gjekk opp frå ${from} til ${to}`,
    fell: (label, from, to) => `${label} gjekk ned frå ${from} til ${to}`,
    same: (label, value, from, to) => `${label} var uendra på ${value} frå ${from} til ${to}`,
    single: (label, value) => `${label} var ${value}`,
    none: (label) => `${label} er ikkje målt enno`,
    target: (when, value) => `målet for ${when} er ${value}`,
    at: (value, date) => `${value} i ${date}`,
  },
  en: {
    trend: {
      'toward-target': 'heading for the target',
      'wrong-way': 'going the wrong way',
      unchanged: 'unchanged',
      'too-few': 'too few measurements to tell',
      'no-direction': 'not known which way is better',
    },
    better: { up: 'higher is better', down: 'lower is better' },
    rose: (label, from, to) => `${label} rose from ${from} to ${to}`,
    fell: (label, from, to) => `${label} fell from ${from} to ${to}`,
    same: (label, value, from, to) => `${label} stayed at ${value} from ${from} to ${to}`,
    single: (label, value) => `${label} was ${value}`,
    none: (label) => `${label} has not been measured yet`,
    target: (when, value) => `the target for ${when} is ${value}`,
    at: (value, date) => `${value} in ${date}`,
  },
};

/** Locales for `Intl`, Norwegian falling back to Norwegian where a runtime lacks Nynorsk data. */
const LOCALES: Record<UiLanguage, string[]> = { nb: ['nb', 'no'], nn: ['nn', 'no', 'nb'], en: ['en-GB'] };

export function valueFormatter(unit: string | undefined, lang: UiLanguage): (value: number) => string {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
  // Norwegian writes a space before %, English does not; other units always follow after a space.
  if (unit === '%') return (value) => `${number.format(value)}${lang === 'en' ? '%' : '\u00a0%'}`;
  return unit ? (value) => `${number.format(value)}\u00a0${unit}` : (value) => number.format(value);
}

export function dateFormatter(lang: UiLanguage): (date: string) => string {
  return (date) => {
    const parts = parsePartialDate(date);
    if (!parts) return date;
    const { year, month, day } = parts;
    if (month === undefined) return String(year);
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
    return new Intl.DateTimeFormat(LOCALES[lang], options).format(Date.UTC(year, month - 1, day ?? 1));
  };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * How an indicator is doing: its latest measurement and its target kept apart (series points with `target: true`
 * are targets, never "the latest value"), the trend from the first to the latest measurement against the better direction, and a sentence
 * in `lang` ("Andel … gikk ned fra 9,7 % i 2022 til 9,1 % i 2024; målet for 2034 er 7 %."), numbers and dates
 * formatted for that language. Pure.
 */
export function indicatorProgress(indicator: NormalizedIndicator, lang: UiLanguage): IndicatorProgress {
  const words = WORDS[lang];
  const format = valueFormatter(indicator.unit, lang);
  const formatDate = dateFormatter(lang);
  const point = ({ date, value }: IndicatorPoint): IndicatorPoint => ({ date, value });
  const measurements = indicator.series.filter((p) => !p.target).map(point);
  const targets = indicator.series.filter((p) => p.target).map(point);
  const first = measurements[0];
  const latest = measurements.at(-1);
  const target = (latest && targets.find((t) => t.date > latest.date)) ?? targets.at(-1);
  const towardTarget = latest && target && target.value !== latest.value ? (target.value > latest.value ? 'up' : 'down') : undefined;
  const better = indicator.better ?? towardTarget;
  // Judged from the first measurement to the latest, as the sentence tells it.
  const trend: IndicatorTrend =
    !first || !latest || first === latest
      ? 'too-few'
      : latest.value === first.value
        ? 'unchanged'
        : !better
          ? 'no-direction'
          : latest.value > first.value === (better === 'up')
            ? 'toward-target'
            : 'wrong-way';
  const label = indicator.label;
  const at = (p: IndicatorPoint) => words.at(format(p.value), formatDate(p.date));
  const history =
    !first || !latest
      ? words.none(label)
      : first === latest
        ? words.single(label, at(latest))
        : latest.value > first.value
          ? words.rose(label, at(first), at(latest))
          : latest.value < first.value
            ? words.fell(label, at(first), at(latest))
            : words.same(label, format(latest.value), formatDate(first.date), formatDate(latest.date));
  const goal = target ? `; ${words.target(formatDate(target.date), format(target.value))}` : '';
  const tooFew = trend === 'too-few' && latest ? ` ${capitalise(words.trend['too-few'])}.` : '';
  return {
    indicator,
    measurements,
    targets,
    ...(first ? { first } : {}),
    ...(latest ? { latest } : {}),
    ...(target ? { target } : {}),
    ...(better ? { better, betterText: words.better[better] } : {}),
    trend,
    trendText: words.trend[trend],
    sentence: `${capitalise(history)}${goal}.${tooFew}`,
    format,
    formatDate,
  };
}
