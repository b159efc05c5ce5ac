/**
 * A large, made-up causal document for the tests that need more loops than a reader can list: `n` factors and `m`
 * causal links from the benchmark's seeded random graphs, so every run sees the same document.
 */
import { randomCausalGraph } from '../../bench/seeded-graphs.js';

export function generatedCausalDocument(n = 150, m = 300, seed = 7): Record<string, unknown> {
  const graph = randomCausalGraph(n, m, seed);
  return {
    floke: '1.0',
    id: `generated-${n}-${m}-${seed}`,
    title: `Generert: ${n} faktorer`,
    language: 'nb',
    elements: graph.nodes.map((id) => ({ id, kind: 'factor', label: `Faktor ${id.slice(1)}` })),
    relations: graph.links.map((link) => ({ from: link.from, to: link.to, type: 'causes', polarity: link.polarity })),
  };
}
