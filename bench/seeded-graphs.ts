import type { CausalGraph } from '../packages/core/src/index.js';

/** Deterministic LCG (the same as d3-force's), so every run and every peer sees the same graphs. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) >>> 0) / 4294967296;
}

/** A random simple directed graph: `n` factors, `m` distinct links, no self-loops, random polarity. */
export function randomCausalGraph(n: number, m: number, seed: number): CausalGraph {
  const random = lcg(seed);
  const nodes = Array.from({ length: n }, (_, i) => `f${String(i).padStart(3, '0')}`);
  const seen = new Set<string>();
  const links: CausalGraph['links'][number][] = [];
  while (links.length < m) {
    const from = Math.floor(random() * n);
    const to = Math.floor(random() * n);
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    links.push({ id: `l${links.length}`, from: nodes[from]!, to: nodes[to]!, polarity: random() < 0.4 ? '-' : '+', delay: false });
  }
  return { nodes, links };
}
