import { sectorKey, type NormalizedDocument, type SectorColorKey } from '@floke/core';
import {
  elementSpan,
  filterNetwork,
  labelPriority,
  networkAt,
  networkMetrics,
  shortLabel,
  type ActorNetworkView,
  type NetworkFilter,
  type NetworkMetrics,
  type NetworkSpan,
  type NetworkVisibility,
} from '@floke/core/actor-network';
import { NodeHitIndex } from './node-hit-index.js';

/** A partner of a node: the other node's index and the tie's index. */
export interface Neighbour {
  readonly node: number;
  readonly tie: number;
}

/**
 * What the network view looks up per node on every frame and render, derived once per laid-out network: ids to
 * indexes, partners, sector, kind, broker flag, label order (brokers, then degree) and a hit index for the pointer.
 * Brokers and label order follow the date the network is shown as of (`showAsOf`); the layout never does.
 */
export class NetworkIndex {
  readonly index: ReadonlyMap<string, number>;
  readonly neighbours: readonly (readonly Neighbour[])[];
  readonly sectorOf: readonly SectorColorKey[];
  readonly isInitiative: readonly boolean[];
  readonly labels: readonly string[];
  /** What a label shrinks to on one line when space is tight: the element's `short`, else the label cut at a word. */
  readonly shortLabels: readonly string[];
  readonly hit: NodeHitIndex;
  readonly #elementLabels: ReadonlyMap<string, string>;
  readonly #elementSpans: ReadonlyMap<string, NetworkSpan | undefined>;
  #asOf?: string;
  #metrics!: NetworkMetrics;
  #isBroker: readonly boolean[] = [];
  #labelOrder: readonly number[] = [];
  #visibility?: { readonly key: readonly unknown[]; readonly value: NetworkVisibility };

  constructor(
    readonly view: ActorNetworkView,
    model: NormalizedDocument,
  ) {
    const { network, metrics, layout } = view;
    this.index = new Map(network.nodes.map((n, i) => [n.id, i]));
    const neighbours: Neighbour[][] = network.nodes.map(() => []);
    network.ties.forEach((tie, t) => {
      const a = this.index.get(tie.source)!;
      const b = this.index.get(tie.target)!;
      neighbours[a]!.push({ node: b, tie: t });
      neighbours[b]!.push({ node: a, tie: t });
    });
    this.neighbours = neighbours;
    this.sectorOf = network.nodes.map((n) => sectorKey(n.sector));
    this.labels = network.nodes.map((n) => n.label);
    this.shortLabels = network.nodes.map(shortLabel);
    this.#elementLabels = new Map(model.elements.map((e) => [e.id, e.label]));
    this.#elementSpans = new Map(model.elements.map((e) => [e.id, elementSpan(e)]));
    this.isInitiative = network.nodes.map((n) => n.kind === 'initiative');
    this.#rank(metrics);
    this.hit = new NodeHitIndex(layout);
  }

  /** Metrics of the network as shown: as it stood at the `showAsOf` date, else of all time. */
  get metrics(): NetworkMetrics {
    return this.#metrics;
  }

  /** Per node: a broker of the network as shown. */
  get isBroker(): readonly boolean[] {
    return this.#isBroker;
  }

  /**
   * Node indexes by importance (brokers, then round by round the strongest of each band and community, as shown):
   * labels are placed in this order when space is short.
   */
  get labelOrder(): readonly number[] {
    return this.#labelOrder;
  }

  /**
   * Which nodes and ties `filter` shows, computed again only when `key` (what the filter is made of, compared by
   * identity) changes; the nodes are ranked as of its date (`showAsOf`). Nothing moves: the layout stays whole.
   */
  visibleUnder(filter: NetworkFilter, key: readonly unknown[], seed: number): NetworkVisibility {
    const cached = this.#visibility;
    if (cached && key.length === cached.key.length && key.every((value, i) => Object.is(value, cached.key[i]))) return cached.value;
    const value = filterNetwork(this.view.network, filter);
    this.showAsOf(filter.asOf, seed);
    this.#visibility = { key, value };
    return value;
  }

  /**
   * Ranks the nodes by the network as it stood at `asOf` (undefined: all time), so a former actor is never called a
   * broker: metrics of `networkAt(network, asOf)`, computed when the date changes.
   */
  showAsOf(asOf: string | undefined, seed: number): void {
    if (asOf === this.#asOf) return;
    this.#asOf = asOf;
    const { network, metrics } = this.view;
    const at = asOf === undefined ? network : networkAt(network, asOf);
    // Nothing ended or yet to come at the date (an undated document): the metrics of all time, not computed again.
    const whole = at.nodes.length === network.nodes.length && at.ties.length === network.ties.length;
    this.#rank(whole ? metrics : networkMetrics(at, { seed }));
  }

  #rank(metrics: NetworkMetrics): void {
    const nodes = this.view.network.nodes;
    this.#metrics = metrics;
    const brokers = new Set(metrics.brokers);
    this.#isBroker = nodes.map((n) => brokers.has(n.id));
    const degree = nodes.map((n) => metrics.nodes.get(n.id)?.degree ?? 0);
    this.#labelOrder = labelPriority(this.view.layout, degree, this.#isBroker);
  }

  /** The label of any element of the document (initiatives are not nodes in actors mode), by id. */
  elementLabel(id: string): string {
    return this.#elementLabels.get(id) ?? id;
  }

  /** When any element of the document existed or ran (see `elementSpan`), by id. */
  elementSpan(id: string): NetworkSpan | undefined {
    return this.#elementSpans.get(id);
  }

  /** A node's partners shown under the filter (both the partner and the tie visible). */
  visibleNeighbours(node: number, visibility: NetworkVisibility | undefined): Neighbour[] {
    return (this.neighbours[node] ?? []).filter((n) => visibility?.nodes[n.node] && visibility.ties[n.tie]);
  }

  /** The most important visible node (-1 when none is visible). */
  firstVisible(visibility: NetworkVisibility | undefined): number {
    return this.labelOrder.find((i) => visibility?.nodes[i]) ?? -1;
  }
}
