import type { NormalizedDocument } from '../document/normalized-types.js';
import { buildActorNetwork } from './build-network.js';
import { networkBrokerScores } from './network-metrics.js';

/** An actor that ties otherwise separate parts of the network together. */
export interface TopBroker {
  readonly id: string;
  readonly label: string;
  /** Normalised betweenness, as the network view ranks brokers. */
  readonly betweenness: number;
}

/**
 * The actors whose betweenness stands out in the actor network (as `<floke-actor-network>` rings them), highest
 * first, at most `limit`. Pure; same seed as the view, so the same brokers.
 */
export function topBrokers(model: NormalizedDocument, limit = 3): TopBroker[] {
  const network = buildActorNetwork(model, 'actors');
  // The brokers alone: the view's communities (Louvain) change nothing here, and summary pages need not carry them.
  const { brokers, betweenness } = networkBrokerScores(network, { seed: 1 });
  const label = new Map(network.nodes.map((n) => [n.id, n.short ?? n.label]));
  return brokers.slice(0, limit).map((id) => ({ id, label: label.get(id) ?? id, betweenness: betweenness.get(id) ?? 0 }));
}
