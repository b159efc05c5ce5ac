import type { ActorNetwork } from '../actor-network/build-network.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import type { NetworkDiff, TieRef } from './diff-types.js';
import { actorNetworkOf, brokersOf, networkTextOf } from './version-analysis.js';

/** Ties of the actors-mode network, keyed by their ends, each marked for crossing levels or sectors. */
function tiesOf(network: ActorNetwork): Map<string, TieRef> {
  const node = new Map(network.nodes.map((n) => [n.id, n]));
  const crosses = (a: string, b: string, key: 'level' | 'sector') => {
    const x = node.get(a)?.[key];
    const y = node.get(b)?.[key];
    return x !== undefined && y !== undefined && x !== y;
  };
  return new Map(
    network.ties.map((t) => [
      `${t.source}\u0000${t.target}`,
      {
        source: t.source,
        target: t.target,
        crossLevel: crosses(t.source, t.target, 'level'),
        crossSector: crosses(t.source, t.target, 'sector'),
      },
    ]),
  );
}

const count = (ties: Map<string, TieRef>, key: 'crossLevel' | 'crossSector') => [...ties.values()].filter((t) => t[key]).length;

/**
 * Ties gained and lost between actors (direct relations and shared initiatives, as the network view's actors mode
 * draws them), brokers gained and lost (unless `compareBrokers` is false), and how many ties cross levels and sectors before and after. A tie that stays
 * but moves across a level (one end moved) counts in the totals, not as gained or lost.
 */
export function networkChanges(before: NormalizedDocument, after: NormalizedDocument, compareBrokers = true): NetworkDiff {
  const earlier = actorNetworkOf(before);
  const later = actorNetworkOf(after);
  const oldTies = tiesOf(earlier);
  const newTies = tiesOf(later);
  // Ties come sorted by their ends from buildActorNetwork, so these lists are in that order too.
  const tiesGained = [...newTies].filter(([key]) => !oldTies.has(key)).map(([, tie]) => tie);
  const tiesLost = [...oldTies].filter(([key]) => !newTies.has(key)).map(([, tie]) => tie);
  // Betweenness is most of the diff's time on large networks: skip it when asked, and when the network is the same;
  // each version's brokers are kept with the version (see version-analysis.ts), so a second diff reuses them.
  const same = compareBrokers && networkTextOf(before) === networkTextOf(after);
  const oldBrokers = compareBrokers && !same ? brokersOf(before) : [];
  const newBrokers = compareBrokers && !same ? brokersOf(after) : [];
  const sorted = (ids: string[]) => ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    tiesGained,
    tiesLost,
    brokersGained: sorted(newBrokers.filter((id) => !oldBrokers.includes(id))),
    brokersLost: sorted(oldBrokers.filter((id) => !newBrokers.includes(id))),
    brokersCompared: compareBrokers,
    crossLevelTies: { before: count(oldTies, 'crossLevel'), after: count(newTies, 'crossLevel') },
    crossSectorTies: { before: count(oldTies, 'crossSector'), after: count(newTies, 'crossSector') },
  };
}
