import type { NormalizedDocument } from '../document/normalized-types.js';
import { buildActorNetwork, type ActorNetwork, type NetworkMode } from './build-network.js';
import { layoutActorNetwork, type NetworkLayoutOptions } from './layout-network.js';
import type { NetworkLayout } from './network-layout-types.js';
import { networkMetrics, type NetworkMetrics } from './network-metrics.js';

export interface ActorNetworkViewInput {
  readonly model: NormalizedDocument;
  readonly mode: NetworkMode;
  readonly seed?: number;
  readonly textWidth?: NetworkLayoutOptions['textWidth'];
  /** Width : height the layout aims for (the drawing's shape). */
  readonly aspect?: number;
  /** Where nodes were in the layout this one replaces (see `NetworkLayoutOptions.previous`). */
  readonly previous?: NetworkLayoutOptions['previous'];
}

/** Everything `<floke-actor-network>` draws: the network, its metrics and its layout. Plain data, cloneable to a Worker. */
export interface ActorNetworkView {
  readonly network: ActorNetwork;
  readonly metrics: NetworkMetrics;
  readonly layout: NetworkLayout;
  /** Milliseconds spent: network + metrics, and layout. */
  readonly timing: { readonly analysis: number; readonly layout: number };
}

// Core is typed without DOM or Node globals; every runtime it targets has `performance`.
const now = (): number => (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();

/** Builds, measures and lays out a document's actor network in one pure step (what the view's Worker runs). */
export function computeActorNetworkView(input: ActorNetworkViewInput): ActorNetworkView {
  const start = now();
  const network = buildActorNetwork(input.model, input.mode);
  const metrics = networkMetrics(network, { seed: input.seed ?? 1 });
  const analysed = now();
  const levels = input.model.views.network.levels.map((level) => level.id);
  const layout = layoutActorNetwork(network, metrics, {
    ...(levels.length ? { levels } : {}),
    seed: input.seed ?? 1,
    ...(input.textWidth ? { textWidth: input.textWidth } : {}),
    ...(input.aspect ? { aspect: input.aspect } : {}),
    ...(input.previous ? { previous: input.previous } : {}),
  });
  return { network, metrics, layout, timing: { analysis: analysed - start, layout: now() - analysed } };
}
