import type { ScopeCount } from '../document/drawing-scope.js';
import type { CausalGraph, CausalLink } from './causal-graph.js';

/**
 * How large a causal-loop diagram gets. Loop finding and the layout grow fast with the graph (10,000 factors and
 * 25,000 links took minutes), and nobody reads a diagram of thousands of factors: beyond these, the diagram shows the
 * strongest links and says so.
 */
export const CAUSAL_DIAGRAM_LIMITS = {
  /** Factors drawn. */
  factors: 300,
  /** Causal links drawn (parallel links bundled into one count once). */
  links: 1000,
} as const;

/** What a capped diagram shows: factors and links, shown of total. */
export interface CausalDiagramScope {
  readonly factors: ScopeCount;
  readonly links: ScopeCount;
}

/** Stated strength first (0.5 when unstated), then links with more evidence, then graph order. */
const weightOf = (link: CausalLink) => link.strength ?? 0.5;
const groundOf = (link: CausalLink) => (link.evidence === 'stated' ? 2 : link.evidence === 'inferred' ? 1 : 0);

/**
 * The part of `graph` a diagram draws. Within `limits`, the graph itself. Beyond them: the strongest links whose ends
 * fit the factor budget (strongest first), then the remaining factors with the most links, in graph order; with the
 * scope saying how many of each that is.
 */
export function capCausalGraph(
  graph: CausalGraph,
  limits: { factors: number; links: number } = CAUSAL_DIAGRAM_LIMITS,
): { graph: CausalGraph; scope?: CausalDiagramScope } {
  if (graph.nodes.length <= limits.factors && graph.links.length <= limits.links) return { graph };
  const order = graph.links
    .map((_, index) => index)
    .sort((a, b) => {
      const [la, lb] = [graph.links[a]!, graph.links[b]!];
      return weightOf(lb) - weightOf(la) || groundOf(lb) - groundOf(la) || a - b;
    });
  const nodes = new Set<string>();
  const kept = new Set<number>();
  for (const index of order) {
    if (kept.size >= limits.links) break;
    const { from, to } = graph.links[index]!;
    const adds = (nodes.has(from) ? 0 : 1) + (from === to || nodes.has(to) ? 0 : 1);
    if (nodes.size + adds > limits.factors) continue;
    nodes.add(from).add(to);
    kept.add(index);
  }
  if (nodes.size < limits.factors) {
    const degree = new Map<string, number>();
    for (const link of graph.links) for (const end of [link.from, link.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const rest = graph.nodes
      .map((id, index) => ({ id, index, degree: degree.get(id) ?? 0 }))
      .filter((entry) => !nodes.has(entry.id))
      .sort((a, b) => b.degree - a.degree || a.index - b.index);
    for (const entry of rest.slice(0, limits.factors - nodes.size)) nodes.add(entry.id);
  }
  const capped: CausalGraph = {
    nodes: graph.nodes.filter((id) => nodes.has(id)),
    links: graph.links.filter((_, index) => kept.has(index)),
  };
  return {
    graph: capped,
    scope: {
      factors: { shown: capped.nodes.length, total: graph.nodes.length },
      links: { shown: capped.links.length, total: graph.links.length },
    },
  };
}
