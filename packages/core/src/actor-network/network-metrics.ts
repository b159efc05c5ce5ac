import { betweennessCentrality, compactGraph } from '../graph/betweenness.js';
import type { ActorNetwork } from './build-network.js';
import { louvain } from '../graph/louvain.js';

/**
 * Up to this many nodes betweenness is exact; above, it is estimated from `BETWEENNESS_PIVOTS` seeded pivots
 * (exact costs about 0.45 s at 2,000 nodes and 15 s at 10,000 here; 500 pivots 0.11 s and 0.75 s).
 */
export const EXACT_BETWEENNESS_LIMIT = 1000;
export const BETWEENNESS_PIVOTS = 500;

export interface NetworkMetricsOptions {
  /** Seed of Louvain and of the betweenness pivots. */
  readonly seed?: number;
  /** Exact betweenness at any size (slow beyond a few thousand nodes). */
  readonly exactBetweenness?: boolean;
}

/** Per node: how connected it is, how much it bridges, and which community it falls in. */
export interface NodeMetrics {
  readonly degree: number;
  /** Sum of the weights of its ties. */
  readonly strength: number;
  /** Normalized betweenness (0–1): the share of shortest paths through it. Brokers score high. */
  readonly betweenness: number;
  /** Louvain community index (0 = largest). */
  readonly community: number;
}

export interface NetworkMetrics {
  readonly nodes: ReadonlyMap<string, NodeMetrics>;
  /** Nodes without any tie. */
  readonly isolates: readonly string[];
  /** Ties whose ends sit at different levels / in different sectors: where silos are crossed. */
  readonly crossLevelTies: number;
  readonly crossSectorTies: number;
  readonly communityCount: number;
  /** Modularity of the communities found (0: no better than chance; above about 0.3: clear groups). */
  readonly modularity: number;
  /** False when betweenness was estimated from pivots (networks above `EXACT_BETWEENNESS_LIMIT` nodes). */
  readonly betweennessExact: boolean;
  /** Nodes whose betweenness stands out (at least two standard deviations above the mean, and above 0), highest first. */
  readonly brokers: readonly string[];
}

/** Betweenness of every node (exact up to `EXACT_BETWEENNESS_LIMIT` nodes, else from seeded pivots), by node index. */
function betweennessOf(network: ActorNetwork, options: NetworkMetricsOptions) {
  const index = new Map(network.nodes.map((node, i) => [node.id, i]));
  const ties = network.ties.filter((t) => index.has(t.source) && index.has(t.target) && t.source !== t.target);
  const exact = options.exactBetweenness === true || network.nodes.length <= EXACT_BETWEENNESS_LIMIT;
  const scores = betweennessCentrality(
    compactGraph(
      network.nodes.length,
      ties.map((t) => [index.get(t.source)!, index.get(t.target)!]),
    ),
    exact ? {} : { pivots: BETWEENNESS_PIVOTS, seed: options.seed ?? 1 },
  );
  return { index, ties, exact, scores };
}

/**
 * The brokers `networkMetrics` finds (same options, same result) without the communities: for callers that need only
 * those, such as the diff of two versions.
 */
export function networkBrokers(network: ActorNetwork, options: NetworkMetricsOptions = {}): string[] {
  return networkBrokerScores(network, options).brokers;
}

/** The brokers and every node's betweenness, as `networkMetrics` gives them, without the communities (Louvain). */
export function networkBrokerScores(
  network: ActorNetwork,
  options: NetworkMetricsOptions = {},
): { brokers: string[]; betweenness: ReadonlyMap<string, number> } {
  const { scores } = betweennessOf(network, options);
  const pairs = network.nodes.map((n, i) => [n.id, scores[i] ?? 0] as const);
  return { brokers: standOut(pairs), betweenness: new Map(pairs) };
}

/**
 * Degree, weighted strength, betweenness (Brandes on typed arrays, `../graph/betweenness.ts`) and Louvain communities
 * (`../graph/louvain.ts`, seeded so the result repeats) of an actor network.
 */
export function networkMetrics(network: ActorNetwork, options: NetworkMetricsOptions = {}): NetworkMetrics {
  const { index, ties, exact, scores } = betweennessOf(network, options);
  const degree = new Int32Array(network.nodes.length);
  const strength = new Float64Array(network.nodes.length);
  for (const tie of ties)
    for (const end of [index.get(tie.source)!, index.get(tie.target)!]) {
      degree[end]!++;
      strength[end]! += tie.weight;
    }
  const betweenness = (id: string) => scores[index.get(id)!] ?? 0;
  const found = louvain(
    network.nodes.length,
    ties.map((t) => ({ source: index.get(t.source)!, target: index.get(t.target)!, weight: t.weight })),
    { seed: options.seed ?? 1 },
  );
  // Number communities by size (largest first), ties by smallest member id, so indexes are stable.
  const groups = new Map<number, string[]>();
  network.nodes.forEach((node, i) => {
    const community = found.communities[i]!;
    const list = groups.get(community);
    if (list) list.push(node.id);
    else groups.set(community, [node.id]);
  });
  const ordered = [...groups.values()].map((ids) => ids.sort()).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const communityOf = new Map<string, number>();
  ordered.forEach((ids, i) => ids.forEach((id) => communityOf.set(id, i)));
  const nodes = new Map<string, NodeMetrics>();
  network.nodes.forEach((node, i) => {
    nodes.set(node.id, {
      degree: degree[i]!,
      strength: strength[i]!,
      betweenness: betweenness(node.id),
      community: communityOf.get(node.id)!,
    });
  });
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const crosses = (key: 'level' | 'sector') =>
    network.ties.filter((t) => {
      const a = byId.get(t.source)?.[key];
      const b = byId.get(t.target)?.[key];
      return a !== undefined && b !== undefined && a !== b;
    }).length;
  return {
    nodes,
    betweennessExact: exact,
    brokers: standOut(network.nodes.map((n) => [n.id, betweenness(n.id)] as const)),
    isolates: network.nodes.filter((_, i) => degree[i] === 0).map((n) => n.id),
    crossLevelTies: crosses('level'),
    crossSectorTies: crosses('sector'),
    communityCount: ordered.length,
    modularity: found.modularity,
  };
}

/** Ids whose score is at least two standard deviations above the mean and above 0, highest first. */
function standOut(scores: readonly (readonly [string, number])[]): string[] {
  if (scores.length === 0) return [];
  const mean = scores.reduce((sum, [, s]) => sum + s, 0) / scores.length;
  const sd = Math.sqrt(scores.reduce((sum, [, s]) => sum + (s - mean) ** 2, 0) / scores.length);
  return scores
    .filter(([, s]) => s > 0 && s >= mean + 2 * sd)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}
