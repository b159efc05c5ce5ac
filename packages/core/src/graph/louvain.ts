import { lcg } from '../geometry/random.js';

export interface WeightedEdge {
  readonly source: number;
  readonly target: number;
  readonly weight: number;
}

export interface LouvainOptions {
  /** Seed of the node visiting order: the same seed finds the same communities. */
  readonly seed?: number;
  /** Above 1 favours more, smaller communities; below 1 fewer, larger ones. */
  readonly resolution?: number;
}

export interface LouvainResult {
  /** Community of each node, numbered 0… in order of first appearance by node index. */
  readonly communities: Int32Array;
  readonly count: number;
  /** Newman–Girvan modularity of the partition (with the resolution used). */
  readonly modularity: number;
}

/** One level of the graph: CSR adjacency with weights; a self-loop is listed once. */
interface Level {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Weighted degree; a self-loop counts twice, as in the modularity formula. */
  readonly degree: Float64Array;
}

function buildLevel(order: number, edges: readonly WeightedEdge[]): Level {
  const count = new Int32Array(order);
  for (const e of edges) {
    count[e.source]!++;
    if (e.source !== e.target) count[e.target]!++;
  }
  const offsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) offsets[i + 1] = offsets[i]! + count[i]!;
  const fill = offsets.slice(0, order);
  const targets = new Int32Array(offsets[order]!);
  const weights = new Float64Array(offsets[order]!);
  const degree = new Float64Array(order);
  for (const e of edges) {
    targets[fill[e.source]!] = e.target;
    weights[fill[e.source]!++] = e.weight;
    degree[e.source]! += e.weight;
    if (e.source !== e.target) {
      targets[fill[e.target]!] = e.source;
      weights[fill[e.target]!++] = e.weight;
    }
    degree[e.target]! += e.weight;
  }
  return { order, offsets, targets, weights, degree };
}

/**
 * Moves nodes between communities while modularity grows (Louvain's first phase). Visits nodes in a seeded
 * order; a node moves only for a strictly positive gain, to the best community (the first found on equal gain).
 */
function moveNodes(
  level: Level,
  twoM: number,
  resolution: number,
  random: () => number,
  start?: Int32Array,
): { community: Int32Array; moved: boolean } {
  const { order, offsets, targets, weights, degree } = level;
  const community = start ? Int32Array.from(start) : Int32Array.from({ length: order }, (_, i) => i);
  const total = new Float64Array(order);
  for (let i = 0; i < order; i++) total[community[i]!]! += degree[i]!;
  const order_ = Int32Array.from({ length: order }, (_, i) => i);
  for (let i = order - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order_[i], order_[j]] = [order_[j]!, order_[i]!];
  }
  const linkTo = new Float64Array(order);
  const touched = new Int32Array(order);
  let movedAny = false;
  for (let pass = 0; pass < 100; pass++) {
    let moves = 0;
    for (const node of order_) {
      const own = community[node]!;
      const k = degree[node]!;
      let count = 0;
      for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
        const other = targets[e]!;
        if (other === node) continue;
        const c = community[other]!;
        if (linkTo[c] === 0) touched[count++] = c;
        linkTo[c]! += weights[e]!;
      }
      total[own]! -= k;
      let best = own;
      let bestGain = linkTo[own]! - (resolution * total[own]! * k) / twoM;
      for (let t = 0; t < count; t++) {
        const c = touched[t]!;
        const gain = linkTo[c]! - (resolution * total[c]! * k) / twoM;
        // Strictly better only: equal gains keep the node where it is, so the search cannot cycle.
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      total[best]! += k;
      if (best !== own) {
        community[node] = best;
        moves++;
      }
      for (let t = 0; t < count; t++) linkTo[touched[t]!] = 0;
    }
    if (moves === 0) break;
    movedAny = true;
  }
  return { community, moved: movedAny };
}

/** Numbers communities 0… in order of first appearance; returns how many there are. */
function renumber(community: Int32Array): number {
  const map = new Map<number, number>();
  for (let i = 0; i < community.length; i++) {
    let id = map.get(community[i]!);
    if (id === undefined) map.set(community[i]!, (id = map.size));
    community[i] = id;
  }
  return map.size;
}

/**
 * Louvain community detection (Blondel et al. 2008) on a weighted undirected graph: local moves, then the
 * communities become nodes, until nothing moves. Seeded, so the result repeats; typed arrays throughout.
 * Written here rather than taken from graphology-communities-louvain because that package and its helpers are
 * CommonJS and need graphology's Graph (and Node's `events`) in the browser and the layout Worker; tests and
 * `npm run bench` hold this one to that one's modularity.
 */
export function louvain(order: number, edges: readonly WeightedEdge[], options: LouvainOptions = {}): LouvainResult {
  const resolution = options.resolution ?? 1;
  const random = lcg(options.seed ?? 1);
  const membership = Int32Array.from({ length: order }, (_, i) => i);
  const m = edges.reduce((sum, e) => sum + (e.source === e.target ? 0 : e.weight), 0);
  if (order === 0 || m === 0) {
    const count = renumber(membership);
    return { communities: membership, count, modularity: 0 };
  }
  const twoM = 2 * m;
  const originalEdges = edges.filter((e) => e.source !== e.target);
  let levelEdges = originalEdges;
  let level = buildLevel(order, levelEdges);
  for (let round = 0; round < 50; round++) {
    const { community, moved } = moveNodes(level, twoM, resolution, random);
    if (!moved) break;
    const count = renumber(community);
    for (let i = 0; i < order; i++) membership[i] = community[membership[i]!]!;
    // Aggregate: one node per community, edge weights summed (internal ones become self-loops).
    const summed = new Map<number, number>();
    for (const e of levelEdges) {
      const a = community[e.source]!;
      const b = community[e.target]!;
      const key = a < b ? a * count + b : b * count + a;
      summed.set(key, (summed.get(key) ?? 0) + e.weight);
    }
    levelEdges = [...summed].map(([key, weight]) => ({ source: Math.floor(key / count), target: key % count, weight }));
    level = buildLevel(count, levelEdges);
  }
  // Refinement: single nodes may still gain by moving now that the communities are known.
  const refined = moveNodes(buildLevel(order, originalEdges), twoM, resolution, random, membership).community;
  membership.set(refined);
  const count = renumber(membership);
  return { communities: membership, count, modularity: modularity(order, edges, membership, resolution) };
}

/** Newman–Girvan modularity of a partition: the share of weight inside communities beyond what chance would put there. */
export function modularity(order: number, edges: readonly WeightedEdge[], communities: ArrayLike<number>, resolution = 1): number {
  let m = 0;
  const inside = new Map<number, number>();
  const total = new Map<number, number>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    m += e.weight;
    const a = communities[e.source]!;
    const b = communities[e.target]!;
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + e.weight);
    total.set(a, (total.get(a) ?? 0) + e.weight);
    total.set(b, (total.get(b) ?? 0) + e.weight);
  }
  if (m === 0 || order === 0) return 0;
  let q = 0;
  for (const [c, t] of total) q += (inside.get(c) ?? 0) / m - resolution * (t / (2 * m)) ** 2;
  return q;
}
