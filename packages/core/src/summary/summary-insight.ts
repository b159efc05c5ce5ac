import { causalGraphOf } from '../causal-loops/causal-graph.js';
import { findLoops, loopCodes } from '../causal-loops/find-loops.js';
import { rankLoops } from '../causal-loops/loop-ranking.js';
import { whereToAct, outcomesOf } from '../causal-loops/where-to-act.js';
import type { MicmacRole } from '../causal-loops/micmac.js';
import type { UiLanguage } from '../document/i18n/languages.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import { indicatorProgress, type IndicatorProgress } from './indicator-progress.js';

/** As `<floke-causal-loops>` searches by default, so codes match the loop view. */
const VIEW_LOOP_LIMIT = 2000;

/** A headline figure: an indicator's progress and the element that carries it (to link to), if any. */
export interface HeadlineFigure {
  readonly progress: IndicatorProgress;
  /** The first element that lists the indicator. */
  readonly element?: string;
}

/** One of the loops a reader should meet first. */
export interface InsightLoop {
  readonly id: string;
  /** R1, B2 … as the loop view names it. */
  readonly code: string;
  readonly polarity: 'R' | 'B';
  /** The author's name, or undefined for an unnamed loop. */
  readonly name?: string;
  /** Member labels in loop order. */
  readonly members: readonly string[];
  /** Whether it rests on an inferred link. */
  readonly hypothesised: boolean;
}

/** One of the factors "where to act" ranks first. */
export interface InsightLever {
  readonly id: string;
  readonly label: string;
  readonly role: MicmacRole;
  /** Codes of the loops it is in. */
  readonly loops: readonly string[];
}

/** What an overview card shows first: headline figures with their trend, the loops to read first and where to act. */
export interface SummaryInsight {
  readonly headlines: readonly HeadlineFigure[];
  readonly loops: readonly InsightLoop[];
  /** How many loops were found in all (and whether the search was complete). */
  readonly loopCount: number;
  readonly loopsComplete: boolean;
  readonly levers: readonly InsightLever[];
}

export interface SummaryInsightOptions {
  /** Headline figures (default 3). */
  readonly headlines?: number;
  /** Loops (default 3). */
  readonly loops?: number;
  /** Levers (default 3). */
  readonly levers?: number;
}

/**
 * The insight an overview leads with. Headlines: the first indicators (in document order) that have a measurement,
 * each with its progress in `lang`. Loops: ranked as the loop view ranks them (named first, then short and well
 * evidenced), with the codes it gives them. Levers: the first of `whereToAct`, drivers before relays. Pure.
 */
export function summaryInsight(model: NormalizedDocument, lang: UiLanguage, options: SummaryInsightOptions = {}): SummaryInsight {
  const label = new Map(model.elements.map((e) => [e.id, e.label]));
  const carrier = (indicator: string) => model.elements.find((e) => e.indicators.includes(indicator))?.id;
  const headlines = model.indicators
    .filter((indicator) => indicator.series.some((point) => !point.target))
    .slice(0, options.headlines ?? 3)
    .map((indicator) => {
      const element = carrier(indicator.id);
      return { progress: indicatorProgress(indicator, lang), ...(element ? { element } : {}) };
    });
  const graph = causalGraphOf(model);
  const found = findLoops(graph, { named: model.views.loops.named, limit: VIEW_LOOP_LIMIT });
  const codes = loopCodes(found.loops);
  const loops = rankLoops(found.loops, { codes })
    .slice(0, options.loops ?? 3)
    .map((loop) => ({
      id: loop.id,
      code: codes.get(loop.id)!,
      polarity: loop.polarity,
      ...(loop.name ? { name: loop.name } : {}),
      members: loop.members.map((id) => label.get(id) ?? id),
      hypothesised: loop.hypothesised,
    }));
  const levers = whereToAct(graph, found.loops, { outcomes: outcomesOf(model) })
    .levers.slice(0, options.levers ?? 3)
    .map((item) => ({
      id: item.id,
      label: label.get(item.id) ?? item.id,
      role: item.role,
      loops: item.inLoops.map((id) => codes.get(id)!).filter(Boolean),
    }));
  return { headlines, loops, loopCount: found.loops.length, loopsComplete: found.complete, levers };
}
