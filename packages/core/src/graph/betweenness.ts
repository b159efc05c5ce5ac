import { lcg } from '../geometry/random.js';

/** An undirected graph as compressed adjacency (CSR): neighbours of node i are `targets[offsets[i]..offsets[i+1]]`. */
export interface CompactGraph {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** Builds the CSR form of an undirected graph from index pairs; repeated pairs and self-loops are ignored. */
export function compactGraph(order: number, edges: readonly (readonly [number, number])[]): CompactGraph {
  const seen = new Set<number>();
  const degree = new Int32Array(order);
  const kept: [number, number][] = [];
  for (const [a, b] of edges) {
    if (a === b) continue;
    const key = a < b ? a * order + b : b * order + a;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push([a, b]);
    degree[a]!++;
    degree[b]!++;
  }
  const offsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, order);
  const targets = new Int32Array(offsets[order]!);
  for (const [a, b] of kept) {
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { order, offsets, targets };
}

export interface BetweennessOptions {
  /**
   * Estimate from this many source nodes (pivots) instead of all of them (Brandes & Pich 2007), scaled up to the
   * full count. Exact when absent or not below the node count.
   */
  readonly pivots?: number;
  /** Seed for choosing the pivots, so estimates repeat. */
  readonly seed?: number;
}

/**
 * Normalized betweenness centrality of an unweighted undirected graph (Brandes 2001): for each node, the share of
 * shortest paths between other pairs that pass through it, divided by (n−1)(n−2)/2 pairs. Works on typed arrays
 * with one BFS per source: on 2,000 nodes and 8,000 ties it runs in a fraction of the time graphology-metrics
 * takes (see `npm run bench`), with the same numbers (tested).
 */
export function betweennessCentrality(graph: CompactGraph, options: BetweennessOptions = {}): Float64Array {
  const n = graph.order;
  const { offsets, targets } = graph;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  const sources = chooseSources(n, options);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  // Predecessors of w, recorded as the BFS finds them, in w's own slice of a CSR-shaped buffer (a node has at most
  // its degree of them): the backward pass reads only those, not every neighbour. Same sums in the same order.
  const predecessors = new Int32Array(targets.length);
  const predecessorCount = new Int32Array(n);
  for (const s of sources) {
    sigma[s] = 1;
    distance[s] = 0;
    // The BFS queue doubles as the order of discovery (non-decreasing distance), read backwards below.
    let head = 0;
    let tail = 0;
    stack[tail++] = s;
    while (head < tail) {
      const v = stack[head++]!;
      const next = distance[v]! + 1;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const d = distance[w]!;
        if (d < 0) {
          distance[w] = next;
          stack[tail++] = w;
          sigma[w] = paths;
          predecessors[offsets[w]!] = v;
          predecessorCount[w] = 1;
        } else if (d === next) {
          sigma[w]! += paths;
          predecessors[offsets[w]! + predecessorCount[w]!++] = v;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let p = offsets[w]!, end = p + predecessorCount[w]!; p < end; p++) {
        const v = predecessors[p]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
    // Reset only what this source reached: no pass over every node per source.
    for (let i = 0; i < tail; i++) {
      const v = stack[i]!;
      distance[v] = -1;
      sigma[v] = delta[v] = 0;
      predecessorCount[v] = 0;
    }
  }
  // Each pair was counted from both ends; pivots stand for n / |sources| sources each.
  const scale = n / sources.length / 2 / (((n - 1) * (n - 2)) / 2);
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}

function chooseSources(n: number, { pivots, seed = 1 }: BetweennessOptions): Int32Array {
  if (pivots === undefined || pivots >= n) return Int32Array.from({ length: n }, (_, i) => i);
  // A seeded partial Fisher–Yates shuffle: the same pivots for the same seed.
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const random = lcg(seed);
  const count = Math.max(1, Math.floor(pivots));
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}
