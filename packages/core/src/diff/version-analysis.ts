import { buildActorNetwork, type ActorNetwork } from '../actor-network/build-network.js';
import { networkBrokers } from '../actor-network/network-metrics.js';
import { causalGraphOf, type CausalGraph } from '../causal-loops/causal-graph.js';
import { findLoops, loopCodes, type Loop } from '../causal-loops/find-loops.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import { byKey } from './field-changes.js';

/** One version's loops as the loop view finds them, with the codes it shows (R1, B2 …). */
export interface VersionLoops {
  readonly graph: CausalGraph;
  readonly loops: readonly Loop[];
  readonly codes: ReadonlyMap<string, string>;
  readonly complete: boolean;
  /** Loops grouped by factor cycle (members in loop order), each group in id order: how the diff pairs loops. */
  readonly byCycle: ReadonlyMap<string, readonly Loop[]>;
}

interface Analysis {
  graph?: CausalGraph;
  graphText?: string;
  loops: Map<number, VersionLoops>;
  network?: ActorNetwork;
  networkText?: string;
  brokers?: readonly string[];
}

/*
 * The loop search and betweenness are nearly all of a diff's time, and they depend on one version alone: a page that
 * compares one document with several versions (or diffs the same pair again as the user switches views) pays once per
 * document object. Normalized documents are not changed after `normalize`, so the object is a sound key; a WeakMap
 * lets a document and what was found in it be collected together.
 */
const cache = new WeakMap<NormalizedDocument, Analysis>();

function analysisOf(model: NormalizedDocument): Analysis {
  let analysis = cache.get(model);
  if (!analysis) cache.set(model, (analysis = { loops: new Map() }));
  return analysis;
}

/** The version's causal graph. */
export function graphOf(model: NormalizedDocument): CausalGraph {
  const analysis = analysisOf(model);
  return (analysis.graph ??= causalGraphOf(model));
}

/** The causal graph as one text: equal texts, same loops (ids, ends, signs, evidence). */
export function graphTextOf(model: NormalizedDocument): string {
  const analysis = analysisOf(model);
  return (analysis.graphText ??= JSON.stringify(graphOf(model)));
}

/** Two loops share a cycle only through parallel links of both signs. */
export function byCycle(loops: readonly Loop[]): Map<string, Loop[]> {
  const groups = new Map<string, Loop[]>();
  for (const loop of loops) {
    const key = loop.members.join('\u0000');
    const list = groups.get(key);
    if (list) list.push(loop);
    else groups.set(key, [loop]);
  }
  for (const list of groups.values()) list.sort(byKey((loop) => loop.id));
  return groups;
}

/** `findLoops` on the version, stopped at `limit`, with its loop codes. */
export function loopsOf(model: NormalizedDocument, limit: number): VersionLoops {
  const analysis = analysisOf(model);
  const known = analysis.loops.get(limit);
  if (known) return known;
  const graph = graphOf(model);
  const found = findLoops(graph, { named: model.views.loops.named, limit });
  const loops: VersionLoops = {
    graph,
    loops: found.loops,
    codes: loopCodes(found.loops),
    complete: found.complete,
    byCycle: byCycle(found.loops),
  };
  analysis.loops.set(limit, loops);
  return loops;
}

/** The actors-mode network, as the network view draws it. */
export function actorNetworkOf(model: NormalizedDocument): ActorNetwork {
  const analysis = analysisOf(model);
  return (analysis.network ??= buildActorNetwork(model, 'actors'));
}

/** Node ids and ties as one text: equal texts, same betweenness. */
export function networkTextOf(model: NormalizedDocument): string {
  const analysis = analysisOf(model);
  const network = actorNetworkOf(model);
  return (analysis.networkText ??= JSON.stringify([network.nodes.map((n) => n.id), network.ties]));
}

/** Brokers as the network view rings them: same mode, same seed. */
export function brokersOf(model: NormalizedDocument): readonly string[] {
  const analysis = analysisOf(model);
  return (analysis.brokers ??= networkBrokers(actorNetworkOf(model), { seed: 1 }));
}
