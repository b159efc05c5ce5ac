import type { ActorNetwork, NetworkNode } from './build-network.js';
import { networkTimeStatus } from './network-time.js';

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
  /**
   * The network as of this partial date (`2021`, `2021-06`, `2021-06-30`; see `spanStatus` for how dates compare).
   * What did not exist yet is hidden; what ended before is history (`historic`, `former`), shown unless
   * `hideHistory`. Absent (or not a date): all time, nothing is history.
   */
  readonly asOf?: string;
  /** With `asOf`: hide history (ended ties, former actors, finished initiatives) instead of showing it as history. */
  readonly hideHistory?: boolean;
}

export interface NetworkVisibility {
  /** Per node of the network, in its order: shown or not. */
  readonly nodes: readonly boolean[];
  /** Per tie of the network, in its order. */
  readonly ties: readonly boolean[];
  readonly visibleNodeCount: number;
  /**
   * Per tie: history at `asOf`, whether shown or not. Every initiative behind it ended before `asOf` and it has no
   * direct relation, or one of its ends has ceased to exist (see `networkTimeStatus`). All false without `asOf`.
   */
  readonly historic: readonly boolean[];
  /** Per node: its own period ended before `asOf` (an actor that ceased to exist, a finished initiative). */
  readonly former: readonly boolean[];
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
  const time = filter.asOf !== undefined ? networkTimeStatus(network, filter.asOf) : undefined;
  const former = network.nodes.map((_, i) => time?.nodes[i] === 'past');
  const historic = network.ties.map((_, i) => time?.ties[i] === 'past');
  const inTime = (status: string | undefined, past: boolean) => status !== 'future' && !(past && filter.hideHistory === true);
  const shown = network.nodes.map(
    (node, i) =>
      passes(filter.levels, node.level) &&
      (node.kind === 'initiative' || passes(filter.sectors, node.sector)) &&
      inInitiatives(node) &&
      inTime(time?.nodes[i], former[i]!),
  );
  const index = new Map(network.nodes.map((node, i) => [node.id, i]));
  const topics = filter.topics ? new Set(filter.topics) : undefined;
  const ties = network.ties.map(
    (tie, i) =>
      inTime(time?.ties[i], historic[i]!) &&
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
  return { nodes: shown, ties, visibleNodeCount: shown.filter(Boolean).length, historic, former };
}
