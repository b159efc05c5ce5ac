import type { NetworkPositionHint } from './layout-network.js';
import type { NetworkLayout } from './network-layout-types.js';

/**
 * A layout's nodes as hints for the next layout of the same view (see `NetworkLayoutOptions.previous`): each box
 * centre and the place of its community in the layout's order. Plain data, so it crosses to a Worker.
 */
export function positionHints(layout: NetworkLayout): Record<string, NetworkPositionHint> {
  const rank = new Map(layout.communities.map((community, i) => [community.community, i]));
  const hints: Record<string, NetworkPositionHint> = {};
  for (const node of layout.nodes) {
    const r = rank.get(node.community);
    hints[node.id] = { x: node.box.x, y: node.box.y, ...(r === undefined ? {} : { rank: r }) };
  }
  return hints;
}
