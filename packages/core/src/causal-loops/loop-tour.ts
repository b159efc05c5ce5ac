import type { Loop } from './find-loops.js';

/** One step of a loop tour: a link and the factors at its ends. */
export interface LoopTourStep {
  readonly link: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The links of a loop in touring order, link by link round the loop. The tour starts at the first member the author
 * gave the loop in `views.loops.named` (matched by member set, as `findLoops` names loops), so a named loop is told
 * the way its author tells it; an unnamed loop starts at its first member.
 */
export function loopTour(loop: Loop, named: readonly { readonly members: readonly string[] }[] = []): LoopTourStep[] {
  const members = new Set(loop.members);
  const entry = named.find((n) => n.members.length === members.size && n.members.every((id) => members.has(id)));
  const start = Math.max(0, entry ? loop.members.indexOf(entry.members[0]!) : 0);
  const n = loop.members.length;
  const steps: LoopTourStep[] = [];
  for (let i = 0; i < n; i++) {
    const at = (start + i) % n;
    steps.push({ link: loop.links[at]!, from: loop.members[at]!, to: loop.members[(at + 1) % n]! });
  }
  return steps;
}
