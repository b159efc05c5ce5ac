/**
 * Everything core does with a document, in the order a page does it: parse → validate → normalize → every view's
 * layout and analysis. The fuzz tests feed it mutated documents and check that it neither throws nor hangs, and
 * that every number it returns is finite.
 */
import {
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  drawingModel,
  explainsChain,
  layoutHorizons,
  layoutIceberg,
  normalize,
  parseDocument,
  summarizeDocument,
  validate,
} from '../../../packages/core/src/index.js';
import { computeActorNetworkView, networkOverview } from '../../../packages/core/src/actor-network/index.js';

/** What each stage returned, for the finiteness check. */
export interface PipelineOutput {
  readonly stages: Record<string, unknown>;
}

/**
 * Runs every stage on JSON text (as `src` gives it) or a value (as the `data` property does, where NaN and Infinity
 * can occur); a stage that throws makes this throw, which is the failure a fuzz test reports.
 */
export function runPipeline(input: string | object): PipelineOutput {
  let document: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseDocument(input);
    if (parsed.document === undefined) return { stages: { parsed: parsed.problems } };
    document = parsed.document;
  }
  validate(document);
  // What the views draw: the model itself, or the strongest part of a large one.
  const model = drawingModel(normalize(document));
  const iceberg = layoutIceberg(model);
  const chains = iceberg.chips.slice(0, 3).map((chip) => explainsChain(model, chip.id));
  const horizons = layoutHorizons(model);
  const causal = computeCausalLoopDiagram(causalLoopDiagramInput(model));
  const actors = computeActorNetworkView({ model, mode: 'actors' });
  const overview = networkOverview(actors.network, actors.metrics);
  const summary = summarizeDocument(model);
  // Timings are measurements, not geometry.
  const actorsDrawn = { network: actors.network, metrics: actors.metrics, layout: actors.layout };
  return { stages: { iceberg, chains, horizons, causal, actors: actorsDrawn, overview, summary } };
}

/** The pointer-like path of the first number that is NaN or infinite in `value`, or undefined when all are finite. */
export function firstNonFinite(value: unknown, path = ''): string | undefined {
  const stack: [unknown, string][] = [[value, path]];
  const seen = new Set<object>();
  while (stack.length) {
    const [item, at] = stack.pop()!;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return at;
    } else if (item !== null && typeof item === 'object' && !seen.has(item)) {
      seen.add(item);
      const entries = item instanceof Map ? [...item.entries()].map(([k, v]) => [String(k), v] as const) : Object.entries(item);
      for (const [key, child] of entries) stack.push([child, `${at}/${key}`]);
    }
  }
  return undefined;
}
