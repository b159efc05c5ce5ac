import { CHANGED_GLYPH, MARK_BADGE_RADIUS } from '@floke/core';
import { NETWORK_NODE_METRICS, type NetworkLayout } from '@floke/core/actor-network';
import type { NetworkPaint, ScreenBox, ViewTransform } from './paint-network.js';

/** Compare mode on the canvas: each node's status by layout index, and the word on a new node's badge. */
export interface NetworkChanges {
  readonly status: readonly ('new' | 'changed' | undefined)[];
  readonly newWord: string;
}

/** A change badge as placed on screen (CSS px from the drawing's top left). */
export interface NetworkChangeBadge {
  readonly index: number;
  readonly status: 'new' | 'changed';
  readonly x: number;
  readonly y: number;
  readonly box: ScreenBox;
}

/**
 * Where the change badges go on screen: at the upper right of each visible new or changed node's symbol, one size
 * on screen whatever the zoom (like labels), none when the network is zoomed out to dots, none on another badge (in a
 * crowd the name, the text alternative and the panel still say it). The painter hands their
 * boxes to the label placer as reserved, so no label is painted under a badge.
 */
export function changeBadgesOnScreen(
  layout: NetworkLayout,
  view: { transform: ViewTransform; width: number; height: number; visibleNodes: ArrayLike<boolean | number> },
  changes: NetworkChanges,
): NetworkChangeBadge[] {
  const { x: tx, y: ty, k } = view.transform;
  // Zoomed out to dots (as the painter draws them), a badge would say more than the mark: the list says it.
  if (k * NETWORK_NODE_METRICS.minRadius < 1.2) return [];
  const r = MARK_BADGE_RADIUS;
  const half = Math.max(r, (changes.newWord.length * 8 + 10) / 2);
  const badges: NetworkChangeBadge[] = [];
  changes.status.forEach((status, index) => {
    if (!status || !view.visibleNodes[index]) return;
    const node = layout.nodes[index]!;
    const reach = node.radius * k * 0.75;
    const x = node.x * k + tx + reach + (status === 'new' ? half : r);
    const y = node.y * k + ty - reach - r;
    if (x < -half || x > view.width + half || y < -r || y > view.height + r) return;
    const w = status === 'new' ? half : r;
    const box = { x0: x - w - 1, x1: x + w + 1, y0: y - r - 1, y1: y + r + 1 };
    // In a crowd, a badge that would lie on an earlier one is left out (the node's name and the panel still say it).
    if (badges.some((b) => b.box.x0 < box.x1 && box.x0 < b.box.x1 && b.box.y0 < box.y1 && box.y0 < b.box.y1)) return;
    badges.push({ index, status, x, y, box });
  });
  return badges;
}

/** Paints the badges (screen coordinates): a dark pill with "ny" for new, a light square with "Δ" for changed. */
export function paintChangeBadges(
  context: CanvasRenderingContext2D,
  badges: readonly NetworkChangeBadge[],
  paint: NetworkPaint,
  newWord: string,
): void {
  const r = MARK_BADGE_RADIUS;
  context.font = `700 12px ${paint.font}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineWidth = 2;
  for (const badge of badges) {
    const w = badge.box.x1 - badge.box.x0 - 2;
    context.beginPath();
    context.roundRect(badge.x - w / 2, badge.y - r, w, 2 * r, badge.status === 'new' ? r : 2);
    context.fillStyle = badge.status === 'new' ? paint.text : paint.background;
    context.fill();
    context.strokeStyle = paint.text;
    context.stroke();
    context.fillStyle = badge.status === 'new' ? paint.background : paint.text;
    context.fillText(badge.status === 'new' ? newWord : CHANGED_GLYPH, badge.x, badge.y + 0.5);
  }
  context.textAlign = 'left';
}
