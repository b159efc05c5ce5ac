import type { CausalGraph } from '../causal-loops/causal-graph.js';
import type { Loop } from '../causal-loops/find-loops.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import type { BrokenLoop, LoopBreak, LoopChange, LoopDiff, LoopRef } from './diff-types.js';
import { changedPairs, loopsOfCycle, loopsThrough } from './changed-loops.js';
import { namedLoopIndex } from '../causal-loops/find-loops.js';
import { byKey } from './field-changes.js';
import { byCycle, graphOf, graphTextOf, loopsOf } from './version-analysis.js';

/** As `<floke-causal-loops>` searches by default, so the codes (R1, B2 …) match what the loop view shows. */
export const DIFF_LOOP_LIMIT = 2000;

/**
 * The loop as the diff reports it. Its code (R1, B2 …) is the one the loop view shows, which numbers the view's whole
 * loop set: that search (`loopsOf`, kept per version) runs when a code is first read, not while diffing.
 */
function refOf(loop: Loop, model: NormalizedDocument): LoopRef {
  const ref = { id: loop.id } as { -readonly [K in keyof LoopRef]: LoopRef[K] };
  Object.defineProperty(ref, 'code', {
    enumerable: true,
    configurable: true,
    get: () => loopsOf(model, DIFF_LOOP_LIMIT).codes.get(loop.id) ?? '',
  });
  ref.members = loop.members;
  ref.polarity = loop.polarity;
  ref.evidence = loop.evidence;
  if (loop.name) ref.name = loop.name;
  return ref;
}

/**
 * What is missing from the later version for a loop of the earlier one to close: its factors, then its links. Returns
 * the test for one loop; the later version's factors and link ends are indexed once, not once per broken loop.
 */
function breaksIn(earlier: CausalGraph, later: CausalGraph): (loop: Loop) => LoopBreak[] {
  const factors = new Set(later.nodes);
  // Successors per factor: no key string built per link of every broken loop.
  const successors = new Map<string, Set<string>>();
  for (const l of later.links) {
    const set = successors.get(l.from);
    if (set) set.add(l.to);
    else successors.set(l.from, new Set([l.to]));
  }
  const links = new Map(earlier.links.map((l) => [l.id, l]));
  return (loop) => {
    const because: LoopBreak[] = loop.members.filter((id) => !factors.has(id)).map((factor) => ({ reason: 'factor-removed', factor }));
    for (const id of loop.links) {
      const link = links.get(id);
      if (link && factors.has(link.from) && factors.has(link.to) && !successors.get(link.from)?.has(link.to))
        because.push({ reason: 'link-removed', from: link.from, to: link.to, relation: link.id });
    }
    return because;
  };
}

/** Adds to `target` the loops, in its version, of each cycle `found` holds and it lacks. */
function completeGroups(
  found: ReadonlyMap<string, readonly Loop[]>,
  target: Map<string, Loop[]>,
  hops: Parameters<typeof loopsOfCycle>[0],
  nameOf: (members: readonly string[]) => string | undefined,
): void {
  for (const [key, loops] of found) {
    if (target.has(key)) continue;
    const list: Loop[] = [];
    loopsOfCycle(hops, loops[0]!.members, nameOf, (loop) => list.push(loop) > 0);
    if (list.length > 0) target.set(key, list.sort(byKey((loop) => loop.id)));
  }
}

const sameEvidence = (a: Loop, b: Loop) =>
  a.evidence.stated === b.evidence.stated && a.evidence.inferred === b.evidence.inferred && a.evidence.unsourced === b.evidence.unsourced;

/**
 * Loops that appeared, broke (and what broke them) or changed polarity or evidence. Only loops through a factor pair
 * whose links changed can differ, so only those are searched, in each version (`changed-loops.ts`): exact whatever
 * the number of loops elsewhere, as long as that search stays under `limit` loops per version and its step cap
 * (`complete` says so). Loops are the same loop when they run through the same factors in the same order; where
 * parallel links of both signs give one cycle two loops, they pair by loop id first, then in id order.
 */
export function loopChanges(before: NormalizedDocument, after: NormalizedDocument, limit = DIFF_LOOP_LIMIT): LoopDiff {
  // Kept per pair of document objects (normalized documents do not change), so diffing the same pair again is free.
  const known = pairCache.get(before)?.get(after)?.get(limit);
  const found = known ?? searchLoopChanges(before, after, limit);
  if (!known) {
    const byAfter = pairCache.get(before) ?? new WeakMap<NormalizedDocument, Map<number, LoopDiff>>();
    pairCache.set(before, byAfter);
    const byLimit = byAfter.get(after) ?? new Map<number, LoopDiff>();
    byAfter.set(after, byLimit.set(limit, found));
  }
  return { appeared: [...found.appeared], broke: [...found.broke], changed: [...found.changed], complete: found.complete };
}

const pairCache = new WeakMap<NormalizedDocument, WeakMap<NormalizedDocument, Map<number, LoopDiff>>>();

function searchLoopChanges(before: NormalizedDocument, after: NormalizedDocument, limit: number): LoopDiff {
  if (graphTextOf(before) === graphTextOf(after)) return { appeared: [], broke: [], changed: [], complete: true };
  const oldGraph = graphOf(before);
  const newGraph = graphOf(after);
  const pairs = changedPairs(oldGraph, newGraph);
  const oldLoops = loopsThrough(pairs.earlier, pairs.changed, before.views.loops.named, limit);
  const newLoops = loopsThrough(pairs.later, pairs.changed, after.views.loops.named, limit);
  let breaksOf: ((loop: Loop) => LoopBreak[]) | undefined;
  const oldGroups = byCycle(oldLoops.loops);
  const newGroups = byCycle(newLoops.loops);
  // A capped search may have found a cycle in one version only: look it up in the other, so that each cycle compared
  // is compared whole (a loop whose evidence changed is not taken for one that appeared).
  completeGroups(newGroups, oldGroups, pairs.earlier, namedLoopIndex(before.views.loops.named));
  completeGroups(oldGroups, newGroups, pairs.later, namedLoopIndex(after.views.loops.named));
  const appeared: LoopRef[] = [];
  const broke: BrokenLoop[] = [];
  const changed: LoopChange[] = [];
  for (const [key, olds] of oldGroups) {
    const news = [...(newGroups.get(key) ?? [])];
    const rest: Loop[] = [];
    for (const old of olds) {
      const same = news.findIndex((loop) => loop.id === old.id);
      if (same >= 0) pair(old, news.splice(same, 1)[0]!);
      else rest.push(old);
    }
    rest.forEach((old, i) =>
      news[i]
        ? pair(old, news[i]!)
        : broke.push(Object.assign(refOf(old, before), { because: (breaksOf ??= breaksIn(oldGraph, newGraph))(old) })),
    );
    for (const loop of news.slice(rest.length)) appeared.push(refOf(loop, after));
  }
  for (const [key, news] of newGroups) if (!oldGroups.has(key)) appeared.push(...news.map((loop) => refOf(loop, after)));

  function pair(old: Loop, loop: Loop): void {
    const polarityChanged = old.polarity !== loop.polarity;
    const evidenceChanged = !sameEvidence(old, loop);
    if (polarityChanged || evidenceChanged)
      changed.push({ before: refOf(old, before), after: refOf(loop, after), polarityChanged, evidenceChanged });
  }

  const order = byKey<LoopRef>((loop) => loop.id);
  return {
    appeared: appeared.sort(order),
    broke: broke.sort(order),
    changed: changed.sort(byKey((change) => change.after.id)),
    complete: oldLoops.complete && newLoops.complete,
  };
}
