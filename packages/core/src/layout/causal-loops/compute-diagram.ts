import type { CausalGraph } from '../../analysis/causal-graph.js';
import { findLoops, loopCodes, type FindLoopsOptions, type Loop } from '../../analysis/find-loops.js';
import type { TextWidth } from '../text-measure.js';
import { layoutCausalLoops, type CausalLoopLayoutOptions } from './layout-causal-loops.js';
import type { CldLayout } from './types.js';

/** Everything `<floke-causal-loops>` draws, as plain data that crosses a Worker boundary. */
export interface CausalLoopDiagramInput {
  readonly graph: CausalGraph;
  readonly labels: readonly (readonly [string, string])[];
  readonly positions?: readonly (readonly [string, { x: number; y: number }])[];
  readonly named?: FindLoopsOptions['named'];
  readonly limit?: number;
  readonly maxLength?: number;
  readonly arrangement?: CausalLoopLayoutOptions['arrangement'];
}

export interface CausalLoopDiagram {
  readonly loops: readonly Loop[];
  readonly complete: boolean;
  readonly limit: number;
  /** Loop id → R1 / B2 … */
  readonly codes: readonly (readonly [string, string])[];
  readonly layout: CldLayout;
}

/** Finds the loops and lays out the diagram: the one call a view (or its Worker) makes. Pure. */
export function computeCausalLoopDiagram(input: CausalLoopDiagramInput, textWidth?: TextWidth): CausalLoopDiagram {
  const { loops, complete, limit } = findLoops(input.graph, {
    ...(input.limit === undefined ? {} : { limit: input.limit }),
    ...(input.maxLength === undefined ? {} : { maxLength: input.maxLength }),
    ...(input.named ? { named: input.named } : {}),
  });
  const layout = layoutCausalLoops(
    {
      graph: input.graph,
      loops,
      labels: new Map(input.labels),
      ...(input.positions ? { positions: new Map(input.positions) } : {}),
    },
    { ...(textWidth ? { textWidth } : {}), ...(input.arrangement ? { arrangement: input.arrangement } : {}) },
  );
  return { loops, complete, limit, codes: [...loopCodes(loops)], layout };
}
