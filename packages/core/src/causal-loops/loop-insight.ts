import type { Loop } from './find-loops.js';

/** How many loops pass through each factor: a hint of leverage (a factor in many loops moves much). */
export function loopCountsByFactor(loops: readonly Loop[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const loop of loops) for (const member of loop.members) counts.set(member, (counts.get(member) ?? 0) + 1);
  return counts;
}

/**
 * Factors ordered by the number of loops through them, most first (ties by id).
 * @deprecated Loop counts put the outcome itself first (every loop passes through the problem) and give drivers that
 * sit in no loop zero. Use `whereToAct`: MICMAC influence and dependence, outcomes kept apart from levers.
 */
export function leverageRanking(loops: readonly Loop[]): { id: string; loops: number }[] {
  return [...loopCountsByFactor(loops)]
    .map(([id, count]) => ({ id, loops: count }))
    .sort((a, b) => b.loops - a.loops || (a.id < b.id ? -1 : 1));
}

/** The loops that pass through every one of the given factors (one factor: its loops; two: those they share). */
export function loopsThrough(loops: readonly Loop[], ...factors: string[]): Loop[] {
  return loops.filter((loop) => factors.every((factor) => loop.members.includes(factor)));
}

/**
 * Each factor's loops, in the order of `loops`: `loopsThrough` for every factor at once (one pass, for views that ask
 * for many factors). Factors in no loop have no entry.
 */
export function loopsByFactor(loops: readonly Loop[]): Map<string, Loop[]> {
  const byFactor = new Map<string, Loop[]>();
  for (const loop of loops) {
    for (const member of loop.members) {
      const list = byFactor.get(member);
      if (list) list.push(loop);
      else byFactor.set(member, [loop]);
    }
  }
  return byFactor;
}

/** The loops shared by two factors. */
export function sharedLoops(loops: readonly Loop[], a: string, b: string): Loop[] {
  return loopsThrough(loops, a, b);
}
