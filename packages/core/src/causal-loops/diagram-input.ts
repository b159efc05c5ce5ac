import type { NormalizedDocument } from '../document/normalized-types.js';
import { causalGraphOf } from './causal-graph.js';
import type { CausalLoopDiagramInput } from './compute-diagram.js';
import { outcomesOf } from './where-to-act.js';

/** What a view chooses beyond the document: search limits, arrangement, the reader's text style. */
export type CausalLoopDiagramChoices = Pick<CausalLoopDiagramInput, 'limit' | 'maxLength' | 'arrangement' | 'textStyle'>;

/**
 * The input of `computeCausalLoopDiagram` for a document: its causal graph, labels in the document's language and in
 * every other language it gives (so each language lays out the same), position hints, named loops and outcomes.
 */
export function causalLoopDiagramInput(model: NormalizedDocument, choices: CausalLoopDiagramChoices = {}): CausalLoopDiagramInput {
  const graph = causalGraphOf(model);
  const factorIds = new Set(graph.nodes);
  const factors = model.elements.filter((e) => factorIds.has(e.id));
  return {
    graph,
    labels: factors.map((e) => [e.id, e.label] as const),
    labelVariants: factors.map((e) => [e.id, Object.values(e.texts['label'] ?? {}).filter((text) => text !== e.label)] as const),
    positions: factors.filter((e) => e.position).map((e) => [e.id, { x: e.position!.x, y: e.position!.y }] as const),
    named: model.views.loops.named.map((loop) => ({ members: [...loop.members], label: loop.label })),
    outcomes: outcomesOf(model),
    ...(choices.limit === undefined ? {} : { limit: choices.limit }),
    ...(choices.maxLength ? { maxLength: choices.maxLength } : {}),
    ...(choices.arrangement ? { arrangement: choices.arrangement } : {}),
    ...(choices.textStyle ? { textStyle: choices.textStyle } : {}),
  };
}
