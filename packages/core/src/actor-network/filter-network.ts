import type { ActorNetwork, NetworkNode } from './build-network.js';

/** What to show. An absent criterion shows everything; an empty list shows nothing of that kind. */
export interface NetworkFilter {
  /** Level ids; `''` stands for nodes without a level. */
  readonly levels?: readonly string[];
  /** Sector ids; `''` stands for nodes without a sector. Initiatives have no sector and pass. */
  readonly sectors?: readonly string[];
  /** Only ties about one of these topics, and the nodes they join. */
  readonly topics?: readonly string[];
  /** Only the members of these initiatives (and, in two-mode, the initiatives themselves). */
  readonly initiatives?: readonly string[];
}

export interface NetworkVisibility {
  /** Per node of the network, in its order: shown or not. */
  readonly nodes: readonly boolean[];
  /** Per tie of the network, in its order. */
  readonly ties: readonly boolean[];
  readonly visibleNodeCount: number;
}

/**
 * Which nodes and ties a filter leaves visible. It never moves anything: the view keeps the layout of the whole
 * network and hides the rest, so nodes do not jump when a filter changes.
 */
export function filterNetwork(network: ActorNetwork, filter: NetworkFilter): NetworkVisibility {
  const passes = (list: readonly string[] | undefined, value: string | undefined) => list === undefined || list.includes(value ?? '');
  const chosen = filter.initiatives ? new Set(filter.initiatives) : undefined;
  const inInitiatives = (node: NetworkNode) =>
    chosen === undefined || (node.kind === 'initiative' ? chosen.has(node.id) : node.initiatives.some((i) => chosen.has(i)));
  const shown = network.nodes.map(
    (node) =>
      passes(filter.levels, node.level) && (node.kind === 'initiative' || passes(filter.sectors, node.sector)) && inInitiatives(node),
  );
  const index = new Map(network.nodes.map((node, i) => [node.id, i]));
  const topics = filter.topics ? new Set(filter.topics) : undefined;
  const ties = network.ties.map(
    (tie) =>
      shown[index.get(tie.source)!] === true &&
      shown[index.get(tie.target)!] === true &&
      (topics === undefined || tie.topics.some((t) => topics.has(t))),
  );
  if (topics) {
    // A topic filter keeps only the nodes its ties join.
    const touched = new Set<number>();
    network.ties.forEach((tie, i) => {
      if (!ties[i]) return;
      touched.add(index.get(tie.source)!);
      touched.add(index.get(tie.target)!);
    });
    shown.forEach((_, i) => (shown[i] = shown[i]! && touched.has(i)));
  }
  return { nodes: shown, ties, visibleNodeCount: shown.filter(Boolean).length };
}
