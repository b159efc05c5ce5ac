import type { NetworkLayout } from '@floke/core/network';

/** The direction of each arrow key, as an angle on screen (y grows downwards). */
const KEY_ANGLES: Readonly<Record<string, number>> = { ArrowRight: 0, ArrowDown: Math.PI / 2, ArrowLeft: Math.PI, ArrowUp: -Math.PI / 2 };

/** How far off an arrow key's direction a partner may lie and still be reached by it. */
export const ARROW_CONE = (70 * Math.PI) / 180;

/**
 * The partner in the direction of an arrow key: within ±70° of it, the nearest first, with the angle off the key's
 * direction breaking ties (score = distance × (1 + angle)). Undefined when no partner lies that way.
 */
export function partnerToward(layout: NetworkLayout, from: number, partners: readonly number[], key: string): number | undefined {
  const direction = KEY_ANGLES[key];
  if (direction === undefined) return undefined;
  const origin = layout.nodes[from]!;
  let best: number | undefined;
  let bestScore = Infinity;
  for (const node of partners) {
    const target = layout.nodes[node]!;
    const angle = Math.atan2(target.y - origin.y, target.x - origin.x);
    const off = Math.abs(Math.atan2(Math.sin(angle - direction), Math.cos(angle - direction)));
    if (off > ARROW_CONE) continue;
    const score = Math.hypot(target.x - origin.x, target.y - origin.y) * (1 + off);
    if (score < bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}
