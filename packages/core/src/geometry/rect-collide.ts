import type { SimulationNodeDatum } from 'd3-force';

export interface SizedNode extends SimulationNodeDatum {
  width: number;
  height: number;
}

/**
 * A d3 force that pushes apart nodes whose boxes (plus `gap`) overlap, along the axis of least overlap.
 * Circles would waste space around wide labels. O(n²) per tick, fine for the few hundred factors a CLD has.
 */
export function forceRectCollide<N extends SizedNode>(gap = 16, strength = 0.7) {
  let nodes: N[] = [];
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const dx = b.x! + b.vx! - (a.x! + a.vx!);
        const dy = b.y! + b.vy! - (a.y! + a.vy!);
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        if (overlapX < overlapY) {
          const push = (overlapX / 2) * strength * (dx < 0 ? -1 : 1);
          a.vx! -= push;
          b.vx! += push;
        } else {
          const push = (overlapY / 2) * strength * (dy < 0 ? -1 : 1);
          a.vy! -= push;
          b.vy! += push;
        }
      }
    }
  };
  force.initialize = (initial: N[]) => {
    nodes = initial;
  };
  return force;
}

/** Moves boxes apart until none overlap (with `gap`), never moving fixed ones. Deterministic. */
export function separateBoxes(
  nodes: { x: number; y: number; width: number; height: number; fixed?: boolean }[],
  gap: number,
  maxRounds = 500,
): boolean {
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        if (a.fixed && b.fixed) continue;
        moved = true;
        const share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
        if (overlapX < overlapY) {
          const sign = dx < 0 || (dx === 0 && i > j) ? -1 : 1;
          a.x -= sign * (overlapX + 0.5) * share[0]!;
          b.x += sign * (overlapX + 0.5) * share[1]!;
        } else {
          const sign = dy < 0 || (dy === 0 && i > j) ? -1 : 1;
          a.y -= sign * (overlapY + 0.5) * share[0]!;
          b.y += sign * (overlapY + 0.5) * share[1]!;
        }
      }
    }
    if (!moved) return true;
  }
  return false;
}
