import type { NetworkLayout } from './network-layout-types.js';

/**
 * The order labels are placed in when space is short, so every band and community names its leading actors before
 * any of them names a minor one: brokers first, then round by round the strongest not yet taken of each group (band ×
 * community), each round by strength. `strength[i]` is node i's weight (e.g. its degree); ties keep node order.
 */
export function labelPriority(layout: NetworkLayout, strength: readonly number[], isBroker: readonly boolean[]): number[] {
  const byStrength = (a: number, b: number) => (strength[b] ?? 0) - (strength[a] ?? 0) || a - b;
  const brokers: number[] = [];
  const groups = new Map<string, number[]>();
  layout.nodes.forEach((node, i) => {
    if (isBroker[i]) brokers.push(i);
    else {
      const key = `${node.band}:${node.community}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
  });
  const order = brokers.sort(byStrength);
  const sorted = [...groups.values()].map((group) => group.sort(byStrength));
  for (let round = 0; ; round++) {
    const taken = sorted.flatMap((group) => (round < group.length ? [group[round]!] : []));
    if (taken.length === 0) break;
    order.push(...taken.sort(byStrength));
  }
  return order;
}
