import type { Point } from './geometry.js';

/** The four arrow keys, as `KeyboardEvent.key` names them. */
export type ArrowKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp';

/** Screen angle of each arrow key, in radians (y grows downward, so ArrowDown is +π/2). */
const ARROW_ANGLES: Readonly<Record<ArrowKey, number>> = {
  ArrowRight: 0,
  ArrowDown: Math.PI / 2,
  ArrowLeft: Math.PI,
  ArrowUp: -Math.PI / 2,
};

/** How far off the asked direction a candidate may lie and still be picked: ±70°. */
export const NEIGHBOUR_MAX_ANGLE = (70 * Math.PI) / 180;

/**
 * The candidate an arrow key (or a screen angle in radians) points at from `origin`: among those within
 * ±`NEIGHBOUR_MAX_ANGLE` of the direction, the one with the lowest distance × (1 + angle off the direction), so the
 * nearest wins and the angle breaks near-ties; on equal scores the earlier candidate. Undefined when none lies that way.
 */
export function neighbourToward<T extends Point>(origin: Point, candidates: readonly T[], direction: ArrowKey | number): T | undefined {
  const wanted = typeof direction === 'number' ? direction : ARROW_ANGLES[direction];
  if (wanted === undefined) return undefined;
  let best: T | undefined;
  let bestScore = Infinity;
  for (const target of candidates) {
    const angle = Math.atan2(target.y - origin.y, target.x - origin.x);
    const off = Math.abs(Math.atan2(Math.sin(angle - wanted), Math.cos(angle - wanted)));
    if (off > NEIGHBOUR_MAX_ANGLE) continue;
    const score = Math.hypot(target.x - origin.x, target.y - origin.y) * (1 + off);
    if (score < bestScore) {
      best = target;
      bestScore = score;
    }
  }
  return best;
}
