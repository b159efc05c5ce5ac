import type { CausalGraph } from '../causal-loops/causal-graph.js';
import type { Loop } from '../causal-loops/find-loops.js';
import type { NormalizedDocument } from '../document/normalized-types.js';
import type { BrokenLoop, LoopBreak, LoopChange, LoopDiff, LoopRef } from './diff-types.js';
import { byKey } from './field-changes.js';
import { graphTextOf, loopsOf } from './version-analysis.js';

/** As `<floke-causal-loops>` searches by default, so the codes (R1, B2 …) match what the loop view shows. */
export const DIFF_LOOP_LIMIT = 2000;

const refOf = (loop: Loop, codes: ReadonlyMap<string, string>): LoopRef => ({
  id: loop.id,
  code: codes.get(loop.id) ?? '',
  members: loop.members,
  polarity: loop.polarity,
  evidence: loop.evidence,
  ...(loop.name ? { name: loop.name } : {}),
});

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
  const later = graphTextOf(before) === graphTextOf(after) ? earlier : loopsOf(after, limit);
  let breaksOf: ((loop: Loop) => LoopBreak[]) | undefined;
  const oldGroups = earlier.byCycle;
  const newGroups = later.byCycle;
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
        : broke.push({ ...refOf(old, earlier.codes), because: (breaksOf ??= breaksIn(earlier.graph, later.graph))(old) }),
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
