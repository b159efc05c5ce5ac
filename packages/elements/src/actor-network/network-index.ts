import { sectorKey, type NormalizedDocument, type SectorColorKey } from '@floke/core';
import type { ActorNetworkView, NetworkVisibility } from '@floke/core/actor-network';
import { NodeHitIndex } from './node-hit-index.js';

/** A partner of a node: the other node's index and the tie's index. */
export interface Neighbour {
  readonly node: number;
  readonly tie: number;
}

/**
 * What the network view looks up per node on every frame and render, derived once per laid-out network: ids to
 * indexes, partners, sector, kind, broker flag, label order (brokers, then degree) and a hit index for the pointer.
 */
export class NetworkIndex {
  readonly index: ReadonlyMap<string, number>;
  readonly neighbours: readonly (readonly Neighbour[])[];
  readonly sectorOf: readonly SectorColorKey[];
  readonly isInitiative: readonly boolean[];
  readonly isBroker: readonly boolean[];
  /** Node indexes by importance: labels are placed in this order when space is short. */
  readonly labelOrder: readonly number[];
  readonly labels: readonly string[];
  readonly hit: NodeHitIndex;
  readonly #elementLabels: ReadonlyMap<string, string>;

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
    this.#elementLabels = new Map(model.elements.map((e) => [e.id, e.label]));
    this.isInitiative = network.nodes.map((n) => n.kind === 'initiative');
    const brokers = new Set(metrics.brokers);
    this.isBroker = network.nodes.map((n) => brokers.has(n.id));
    const score = (i: number) => (this.isBroker[i] ? 1e6 : 0) + (metrics.nodes.get(network.nodes[i]!.id)?.degree ?? 0);
    this.labelOrder = network.nodes.map((_, i) => i).sort((a, b) => score(b) - score(a) || a - b);
    this.hit = new NodeHitIndex(layout);
  }

  /** The label of any element of the document (initiatives are not nodes in actors mode), by id. */
  elementLabel(id: string): string {
    return this.#elementLabels.get(id) ?? id;
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
