import type { NetworkLayout } from '@floke/core/actor-network';
import type { NetworkPaint } from './paint-network.js';

/**
 * Each community of two or more members with a visible member, as a region behind its nodes: a faint fill and a thin
 * outline (so a region is told by its edge, not by a tint alone). Painted in layout units, under the ties.
 */
export function paintCommunityRegions(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  visibleNodes: readonly boolean[],
  paint: NetworkPaint,
  k: number,
): void {
  const shown = shownCommunities(layout, visibleNodes);
  context.beginPath();
  for (const community of layout.communities) {
    if (!shown.has(community.community) || community.size < 2) continue;
    community.region.forEach((point, i) => (i === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
    context.closePath();
  }
  context.fillStyle = paint.band;
  context.fill();
  context.strokeStyle = paint.textSubtle;
  context.globalAlpha = 0.45;
  context.lineWidth = 1 / k;
  context.stroke();
  context.globalAlpha = 1;
}

/** The communities with a visible member. */
function shownCommunities(layout: NetworkLayout, visibleNodes: readonly boolean[]): Set<number> {
  const shown = new Set<number>();
  layout.nodes.forEach((node, i) => {
    if (visibleNodes[i]) shown.add(node.community);
  });
  return shown;
}
