import { causalGraphOf, type CausalGraph } from '../causal-loops/causal-graph.js';
import { findLoops, loopCodes, type Loop } from '../causal-loops/find-loops.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import type { BrokenLoop, LoopBreak, LoopChange, LoopDiff, LoopRef } from './diff-types.js';
import { byKey } from './field-changes.js';

/** As `<floke-causal-loops>` searches by default, so the codes (R1, B2 …) match what the loop view shows. */
export const DIFF_LOOP_LIMIT = 2000;

interface VersionLoops {
  readonly graph: CausalGraph;
  readonly loops: readonly Loop[];
  readonly codes: ReadonlyMap<string, string>;
  readonly complete: boolean;
}

function loopsOf(model: NormalizedDocument, limit: number): VersionLoops {
  const graph = causalGraphOf(model);
  const found = findLoops(graph, { named: model.views.loops.named, limit });
  return { graph, loops: found.loops, codes: loopCodes(found.loops), complete: found.complete };
}

const refOf = (loop: Loop, codes: ReadonlyMap<string, string>): LoopRef => ({
  id: loop.id,
  code: codes.get(loop.id) ?? '',
  members: loop.members,
  polarity: loop.polarity,
  evidence: loop.evidence,
  ...(loop.name ? { name: loop.name } : {}),
});

/** A loop's factor cycle: its members in loop order (already rotated to start at the smallest id). */
const cycleKey = (loop: Loop) => loop.members.join('\u0000');

/** Loops grouped by factor cycle, each group in id order (two loops share a cycle only through parallel links of both signs). */
function byCycle(loops: readonly Loop[]): Map<string, Loop[]> {
  const groups = new Map<string, Loop[]>();
  for (const loop of loops) {
    const list = groups.get(cycleKey(loop)) ?? [];
    list.push(loop);
    groups.set(cycleKey(loop), list);
  }
  for (const list of groups.values()) list.sort(byKey((loop) => loop.id));
  return groups;
}

/** What is missing from the later version for a loop of the earlier one to close: its factors, then its links. */
function breaksOf(loop: Loop, earlier: CausalGraph, later: CausalGraph): LoopBreak[] {
  const factors = new Set(later.nodes);
  const linked = new Set(later.links.map((l) => `${l.from}\u0000${l.to}`));
  const links = new Map(earlier.links.map((l) => [l.id, l]));
  const because: LoopBreak[] = loop.members.filter((id) => !factors.has(id)).map((factor) => ({ reason: 'factor-removed', factor }));
  for (const id of loop.links) {
    const link = links.get(id);
    if (link && factors.has(link.from) && factors.has(link.to) && !linked.has(`${link.from}\u0000${link.to}`))
      because.push({ reason: 'link-removed', from: link.from, to: link.to, relation: link.id });
  }
  return because;
}

const sameGraph = (a: CausalGraph, b: CausalGraph) => JSON.stringify(a) === JSON.stringify(b);

const sameEvidence = (a: Loop, b: Loop) =>
  a.evidence.stated === b.evidence.stated && a.evidence.inferred === b.evidence.inferred && a.evidence.unsourced === b.evidence.unsourced;

/**
 * Loops that appeared, broke (and what broke them) or changed polarity or evidence, from `findLoops` on both versions.
 * Loops are the same loop when they run through the same factors in the same order; where parallel links of both signs
 * give one cycle two loops, they pair by loop id first, then in id order.
 */
export function loopChanges(before: NormalizedDocument, after: NormalizedDocument, limit = DIFF_LOOP_LIMIT): LoopDiff {
  const earlier = loopsOf(before, limit);
  // The loop search is most of a diff's time: when the causal graph is the same (ids, ends, signs, evidence), so are its loops.
  const later = sameGraph(earlier.graph, causalGraphOf(after)) ? earlier : loopsOf(after, limit);
  const oldGroups = byCycle(earlier.loops);
  const newGroups = byCycle(later.loops);
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
      news[i] ? pair(old, news[i]!) : broke.push({ ...refOf(old, earlier.codes), because: breaksOf(old, earlier.graph, later.graph) }),
    );
    for (const loop of news.slice(rest.length)) appeared.push(refOf(loop, later.codes));
  }
  for (const [key, news] of newGroups) if (!oldGroups.has(key)) appeared.push(...news.map((loop) => refOf(loop, later.codes)));

  function pair(old: Loop, loop: Loop): void {
    const polarityChanged = old.polarity !== loop.polarity;
    const evidenceChanged = !sameEvidence(old, loop);
    if (polarityChanged || evidenceChanged)
      changed.push({ before: refOf(old, earlier.codes), after: refOf(loop, later.codes), polarityChanged, evidenceChanged });
  }

  const order = byKey<LoopRef>((loop) => loop.id);
  return {
    appeared: appeared.sort(order),
    broke: broke.sort(order),
    changed: changed.sort(byKey((change) => change.after.id)),
    complete: earlier.complete && later.complete,
  };
}
