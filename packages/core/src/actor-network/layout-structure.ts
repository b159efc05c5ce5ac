import type { Point } from '../geometry/geometry.js';

/** How well a drawing shows its communities (see `layoutStructure`). */
export interface LayoutStructure {
  /**
   * Mean over communities of at least two members of the share of members whose nearest community centroid is
   * their own community's (1: every community sits apart; about 1/communities: no spatial grouping at all).
   */
  readonly ownCentroidShare: number;
  /** Mean length of ties inside a community over the mean length of ties between communities (below 1: groups are tight). */
  readonly tieLengthRatio: number;
}

/**
 * The structure figure the bench prints for every layout alike, ours and its peers: positions, each node's community
 * and the ties (indexes into `positions`). Singleton communities are left out of the share (a lone node is always
 * nearest its own centroid, which would flatter layouts of sparse graphs); ties within a node are ignored.
 */
export function layoutStructure(
  positions: readonly Point[],
  community: readonly number[],
  ties: readonly { readonly source: number; readonly target: number }[],
): LayoutStructure {
  const sums = new Map<number, { x: number; y: number; count: number }>();
  positions.forEach((p, i) => {
    const entry = sums.get(community[i]!) ?? { x: 0, y: 0, count: 0 };
    entry.x += p.x;
    entry.y += p.y;
    entry.count++;
    sums.set(community[i]!, entry);
  });
  const ids = [...sums.keys()];
  const cx = Float64Array.from(ids, (c) => sums.get(c)!.x / sums.get(c)!.count);
  const cy = Float64Array.from(ids, (c) => sums.get(c)!.y / sums.get(c)!.count);
  const own = new Map<number, number>();
  positions.forEach((p, i) => {
    if (sums.get(community[i]!)!.count < 2) return;
    let best = -1;
    let bestDistance = Infinity;
    for (let k = 0; k < ids.length; k++) {
      const d = (p.x - cx[k]!) ** 2 + (p.y - cy[k]!) ** 2;
      // Equally near another centroid counts as not nearest its own.
      if (d < bestDistance || (d === bestDistance && ids[k] !== community[i])) [best, bestDistance] = [k, d];
    }
    if (ids[best] === community[i]) own.set(community[i]!, (own.get(community[i]!) ?? 0) + 1);
  });
  const grouped = ids.filter((c) => sums.get(c)!.count >= 2);
  const ownCentroidShare = grouped.length
    ? grouped.reduce((sum, c) => sum + (own.get(c) ?? 0) / sums.get(c)!.count, 0) / grouped.length
    : 1;

  let inside = 0;
  let insideCount = 0;
  let between = 0;
  let betweenCount = 0;
  for (const { source, target } of ties) {
    if (source === target) continue;
    const length = Math.hypot(positions[source]!.x - positions[target]!.x, positions[source]!.y - positions[target]!.y);
    if (community[source] === community[target]) {
      inside += length;
      insideCount++;
    } else {
      between += length;
      betweenCount++;
    }
  }
  const tieLengthRatio = insideCount && betweenCount && between > 0 ? inside / insideCount / (between / betweenCount) : 1;
  return { ownCentroidShare, tieLengthRatio };
}
