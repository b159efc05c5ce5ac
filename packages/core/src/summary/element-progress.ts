import type { UiLanguage } from '../document/i18n/languages.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import { indicatorProgress, type IndicatorProgress, type IndicatorTrend } from './indicator-progress.js';

/**
 * The progress badge of an element with indicators: its indicators' trend, or `mixed` when one heads for its target
 * and another goes the wrong way (the badge must not hide either).
 */
export const PROGRESS_MARKS = ['toward-target', 'wrong-way', 'unchanged', 'too-few', 'no-direction', 'mixed'] as const;
export type ProgressMark = (typeof PROGRESS_MARKS)[number];

/** What an element's badge and its details say of its indicators. */
export interface ElementProgress {
  readonly mark: ProgressMark;
  /** Each indicator the element names (unknown ids left out: validation reports them), in the element's order. */
  readonly indicators: readonly IndicatorProgress[];
  /** The mark in words ("på vei mot målet"), for accessible names and legends. */
  readonly markText: string;
}

const MIXED: Record<UiLanguage, string> = {
  nb: 'blandet: noe på vei mot målet, noe går feil vei',
  nn: 'blanda: noko på veg mot målet, noko går feil veg',
  en: 'mixed: some heading for the target, some going the wrong way',
};

/** One mark for several trends: a conflict shows as `mixed`; otherwise the most telling trend wins. */
export function combineTrends(trends: readonly IndicatorTrend[]): ProgressMark | undefined {
  const has = (t: IndicatorTrend) => trends.includes(t);
  if (has('toward-target') && has('wrong-way')) return 'mixed';
  const order: readonly IndicatorTrend[] = ['wrong-way', 'toward-target', 'unchanged', 'no-direction', 'too-few'];
  return order.find(has);
}

/** The progress of the element `id`'s indicators (undefined when it names none the document has). Pure. */
export function elementProgress(model: NormalizedDocument, id: string, lang: UiLanguage): ElementProgress | undefined {
  const element = model.elements.find((e) => e.id === id);
  if (!element?.indicators.length) return undefined;
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const indicators = element.indicators.flatMap((ref) => {
    const indicator = byId.get(ref);
    return indicator ? [indicatorProgress(indicator, lang)] : [];
  });
  const mark = combineTrends(indicators.map((p) => p.trend));
  if (!mark) return undefined;
  return { mark, indicators, markText: mark === 'mixed' ? MIXED[lang] : indicators.find((p) => p.trend === mark)!.trendText };
}

/** Every element's progress mark, by id: what the views badge. */
export function progressMarks(model: NormalizedDocument): ReadonlyMap<string, ProgressMark> {
  const marks = new Map<string, ProgressMark>();
  for (const element of model.elements) {
    const mark = element.indicators.length ? elementProgress(model, element.id, 'en')?.mark : undefined;
    if (mark) marks.set(element.id, mark);
  }
  return marks;
}
