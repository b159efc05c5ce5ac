import { makeProblem } from '../document/i18n/problem-messages.js';
import type { Problem } from '../document/problems.js';
import type { CausalGraph } from './causal-graph.js';
import { capCausalGraph, CAUSAL_DIAGRAM_LIMITS, type CausalDiagramScope } from './cap-graph.js';
import {
  DEFAULT_LOOP_SEARCH_STEPS,
  findLoops,
  forEachLoop,
  loopCodes,
  materializeLoop,
  type FindLoopsOptions,
  type Loop,
} from './find-loops.js';
import type { TextStyle, TextWidth } from '../geometry/text-measure.js';
import { layoutCausalLoops, type CausalLoopLayoutOptions } from './layout-causal-loops.js';
import type { CldLayout } from './types.js';
import { whereToAct, type OutcomeReason, type WhereToAct } from './where-to-act.js';

/** Everything `<floke-causal-loops>` draws, as plain data that crosses a Worker boundary. */
export interface CausalLoopDiagramInput {
  readonly graph: CausalGraph;
  readonly labels: readonly (readonly [string, string])[];
  /** Each factor's labels in every language of the document: boxes fit the widest, so languages share one layout. */
  readonly labelVariants?: readonly (readonly [string, readonly string[]])[];
  /** The reader's text style (WCAG 1.4.4, 1.4.12): labels are set, wrapped and boxed at its size. */
  readonly textStyle?: TextStyle;
  readonly positions?: readonly (readonly [string, { x: number; y: number }])[];
  readonly named?: FindLoopsOptions['named'];
  readonly limit?: number;
  readonly maxLength?: number;
  readonly arrangement?: CausalLoopLayoutOptions['arrangement'];
  /** Elements the document marks as outcomes (`outcomesOf(model)`), kept out of the levers of `whereToAct`. */
  readonly outcomes?: readonly (readonly [string, OutcomeReason])[];
}

export interface CausalLoopDiagram {
  readonly loops: readonly Loop[];
  readonly complete: boolean;
  readonly limit: number;
  /** Loop id → R1 / B2 … */
  readonly codes: readonly (readonly [string, string])[];
  readonly layout: CldLayout;
  /** Levers and outcomes (`whereToAct` over the graph and the loops found). */
  readonly whereToAct: WhereToAct;
  /** Present when the graph was beyond `CAUSAL_DIAGRAM_LIMITS`: how many factors and links the diagram shows. */
  readonly scope?: CausalDiagramScope;
  /** `diagram-capped` when the diagram shows only part of the graph; otherwise empty. */
  readonly problems: readonly Problem[];
}

/** Loops up to this length are always looked for first when the limit cuts the search short. */
export const SHORT_LOOP_LENGTH = 6;

/**
 * The loops a reader should see: all of them when they fit the limit; otherwise the short ones first (a
 * depth-first search meets long loops first, and on dense graphs the limit would keep only those), then
 * whatever else the search found, up to the limit.
 */
function loopsForReaders(input: CausalLoopDiagramInput) {
  const options = {
    ...(input.limit === undefined ? {} : { limit: input.limit }),
    ...(input.maxLength === undefined ? {} : { maxLength: input.maxLength }),
    ...(input.named ? { named: input.named } : {}),
  };
  const found = findLoops(input.graph, options);
  if (found.complete) return found;
  // Length by length, shortest first, until the limit is reached.
  const short: Loop[] = [];
  for (
    let length = 1;
    length <= Math.min(SHORT_LOOP_LENGTH, input.maxLength ?? SHORT_LOOP_LENGTH) && short.length < found.limit;
    length++
  ) {
    forEachLoop(
      input.graph,
      (view) => {
        if (view.length === length) short.push(materializeLoop(view));
        return short.length < found.limit;
      },
      // Each length its share of one search's steps, so the whole stays within two searches' time.
      { maxLength: length, maxSteps: DEFAULT_LOOP_SEARCH_STEPS / SHORT_LOOP_LENGTH, ...(input.named ? { named: input.named } : {}) },
    );
  }
  const seen = new Set(short.map((loop) => loop.id));
  const loops = [...short, ...found.loops.filter((loop) => !seen.has(loop.id))].slice(0, found.limit);
  return { loops, complete: false, limit: found.limit };
}

/** Says what a capped diagram shows, at `/relations` (the links come from there). */
function cappedProblem(scope: CausalDiagramScope): Problem {
  return makeProblem('diagram-capped', '/relations', {
    factors: scope.factors.total,
    shownFactors: scope.factors.shown,
    links: scope.links.total,
    shownLinks: scope.links.shown,
    factorLimit: CAUSAL_DIAGRAM_LIMITS.factors,
    linkLimit: CAUSAL_DIAGRAM_LIMITS.links,
  });
}

/** Finds the loops, lays out the diagram and ranks where to act: the one call a view (or its Worker) makes. Pure. */
export function computeCausalLoopDiagram(whole: CausalLoopDiagramInput, textWidth?: TextWidth): CausalLoopDiagram {
  const { graph, scope } = capCausalGraph(whole.graph);
  const input = scope ? { ...whole, graph } : whole;
  const { loops, complete, limit } = loopsForReaders(input);
  const layout = layoutCausalLoops(
    {
      graph: input.graph,
      loops,
      labels: new Map(input.labels),
      ...(input.positions ? { positions: new Map(input.positions) } : {}),
      ...(input.labelVariants ? { labelVariants: new Map(input.labelVariants) } : {}),
    },
    {
      ...(textWidth ? { textWidth } : {}),
      ...(input.textStyle ? { textStyle: input.textStyle } : {}),
      ...(input.arrangement ? { arrangement: input.arrangement } : {}),
    },
  );
  return {
    loops,
    complete,
    limit,
    codes: [...loopCodes(loops)],
    layout,
    whereToAct: whereToAct(input.graph, loops, input.outcomes ? { outcomes: input.outcomes } : {}),
    ...(scope ? { scope } : {}),
    problems: scope ? [cappedProblem(scope)] : [],
  };
}
