import type { CausalGraph, CausalLink } from '../causal-loops/causal-graph.js';
import { materializeLoop, namedLoopIndex, type Loop, type TransientLoop } from '../causal-loops/find-loops.js';

/** Search steps (a link tried) per version before the search through changed links stops: tens of milliseconds. */
export const CHANGED_LOOP_SEARCH_STEPS = 100_000;

/** Links from one factor to another, in id order: the unit that changes (parallel links give one loop each). */
type Hops = Map<string, CausalLink[]>;

const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

function hopsOf(graph: CausalGraph): Hops {
  const hops: Hops = new Map();
  for (const link of graph.links) {
    const key = pairKey(link.from, link.to);
    const list = hops.get(key);
    if (list) list.push(link);
    else hops.set(key, [link]);
  }
  for (const list of hops.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hops;
}

/** What a loop reads from its links: id, sign, delay, evidence. Equal texts, equal loops through this factor pair. */
const hopText = (links: readonly CausalLink[] | undefined) =>
  links ? JSON.stringify(links.map((l) => [l.id, l.polarity, l.delay, l.evidence ?? 'unsourced'])) : '';

/**
 * Factor pairs whose links differ between the versions (added, removed, another sign or evidence), sorted. A loop that
 * appeared, broke or changed runs through at least one of them; a loop through none has the same links in both.
 */
export function changedPairs(before: CausalGraph, after: CausalGraph): { earlier: Hops; later: Hops; changed: string[] } {
  const earlier = hopsOf(before);
  const later = hopsOf(after);
  const changed = new Set<string>();
  for (const [key, links] of earlier) if (hopText(links) !== hopText(later.get(key))) changed.add(key);
  for (const key of later.keys()) if (!earlier.has(key)) changed.add(key);
  return { earlier, later, changed: [...changed].sort() };
}

export interface ChangedLoops {
  readonly loops: Loop[];
  /** False when the search stopped at its loop or step cap: more loops through changed links may exist. */
  readonly complete: boolean;
}

/**
 * Every feedback loop of one version that runs through at least one of the `changed` factor pairs, each found once:
 * for the i-th pair u→v, the elementary paths v ⇝ u that use none of the pairs before it. Loops come out as
 * `findLoops` makes them (canonical rotation, id from the links, polarity, evidence, author's name). Stops after
 * `limit` loops or `maxSteps` links tried.
 */
export function loopsThrough(
  hops: Hops,
  changed: readonly string[],
  named: readonly { readonly members: readonly string[]; readonly label: string }[],
  limit: number,
  maxSteps = CHANGED_LOOP_SEARCH_STEPS,
): ChangedLoops {
  // Factors as sorted integers and links as compressed rows (CSR): the search below touches no strings.
  const ends = [...hops.keys()].map((key) => key.split('\u0000') as [string, string]);
  const ids = [...new Set(ends.flat())].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  const backOffsets = new Int32Array(n + 1);
  for (const [from, to] of ends) {
    offsets[index.get(from)! + 1]!++;
    backOffsets[index.get(to)! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    offsets[i + 1]! += offsets[i]!;
    backOffsets[i + 1]! += backOffsets[i]!;
  }
  const targets = new Int32Array(ends.length);
  const sources = new Int32Array(ends.length);
  const fill = offsets.slice(0, n);
  const backFill = backOffsets.slice(0, n);
  // Keys sort by (from, to), so each row's targets come out ascending.
  for (const [from, to] of [...ends].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))) {
    targets[fill[index.get(from)!]!++] = index.get(to)!;
    sources[backFill[index.get(to)!]!++] = index.get(from)!;
  }
  const edgeOf = (from: number, to: number) => {
    for (let e = offsets[from]!; e < offsets[from + 1]!; e++) if (targets[e] === to) return e;
    return -1;
  };
  const nameOf = namedLoopIndex(named);
  const loops: Loop[] = [];
  const done = new Uint8Array(ends.length);
  const reaches = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const path = new Int32Array(n);
  const cursor = new Int32Array(n);
  const queue = new Int32Array(n);
  let steps = 0;
  for (let c = 0; c < changed.length; c++) {
    const key = changed[c]!;
    if (!hops.has(key)) continue;
    const [u, v] = key.split('\u0000') as [string, string];
    if (!emitCycles(index.get(u)!, index.get(v)!, c)) return { loops, complete: false };
    done[edgeOf(index.get(u)!, index.get(v)!)] = 1;
  }
  return { loops, complete: true };

  /** Cycles u → v ⇝ u, depth first over factors that can reach u; false when a cap stopped it. */
  function emitCycles(u: number, v: number, stamp: number): boolean {
    let tail = 0;
    queue[tail++] = u;
    reaches[u] = stamp;
    for (let head = 0; head < tail; head++) {
      const x = queue[head]!;
      for (let e = backOffsets[x]!; e < backOffsets[x + 1]!; e++) {
        const p = sources[e]!;
        if (reaches[p] !== stamp) {
          reaches[p] = stamp;
          queue[tail++] = p;
        }
      }
    }
    if (reaches[v] !== stamp) return true;
    if (u === v) return emit(Int32Array.of(u));
    path[0] = u;
    path[1] = v;
    onPath[u] = onPath[v] = 1;
    cursor[1] = offsets[v]!;
    let depth = 1;
    let complete = true;
    while (depth >= 1) {
      const at = path[depth]!;
      const e = cursor[depth]!;
      if (e >= offsets[at + 1]!) {
        onPath[at] = 0;
        depth--;
        continue;
      }
      cursor[depth] = e + 1;
      if (++steps > maxSteps) {
        complete = false;
        break;
      }
      const w = targets[e]!;
      if (done[e] || reaches[w] !== stamp) continue;
      if (w === u) {
        if (!emit(path.subarray(0, depth + 1))) {
          complete = false;
          break;
        }
      } else if (!onPath[w]) {
        path[++depth] = w;
        onPath[w] = 1;
        cursor[depth] = offsets[w]!;
      }
    }
    for (let i = 0; i <= depth; i++) onPath[path[i]!] = 0;
    onPath[u] = 0;
    return complete;
  }

  /** The cycle's loops, rotated to start at its smallest factor id (integers follow the sorted ids). */
  function emit(cycle: Int32Array): boolean {
    let start = 0;
    for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[start]!) start = i;
    const members = Array.from({ length: cycle.length }, (_, i) => ids[cycle[(start + i) % cycle.length]!]!);
    return loopsOfCycle(hops, members, nameOf, (loop) => {
      if (loops.length >= limit) return false;
      loops.push(loop);
      return true;
    });
  }
}

/**
 * One loop per combination of parallel links along a cycle of factors (members in canonical rotation), handed to
 * `take` until it returns false; returns false then. Nothing when a pair of the cycle has no link.
 */
export function loopsOfCycle(
  hops: Hops,
  members: readonly string[],
  nameOf: (members: readonly string[]) => string | undefined,
  take: (loop: Loop) => boolean,
): boolean {
  const choices = members.map((from, i) => hops.get(pairKey(from, members[(i + 1) % members.length]!)));
  if (choices.some((list) => !list)) return true;
  const pick = choices.map(() => 0);
  const name = nameOf(members);
  for (;;) {
    const loop = materializeLoop(
      transient(
        [...members],
        choices.map((list, i) => list![pick[i]!]!),
        name,
      ),
    );
    if (!take(loop)) return false;
    let i = pick.length - 1;
    while (i >= 0 && pick[i] === choices[i]!.length - 1) pick[i--] = 0;
    if (i < 0) return true;
    pick[i]!++;
  }
}

function transient(members: string[], links: readonly CausalLink[], name: string | undefined): TransientLoop {
  const negativeLinks = links.filter((l) => l.polarity === '-').length;
  const count = (evidence: string) => links.filter((l) => (l.evidence ?? 'unsourced') === evidence).length;
  const inferred = count('inferred');
  return {
    members,
    links: links.map((l) => l.id),
    polarity: negativeLinks % 2 === 0 ? 'R' : 'B',
    length: links.length,
    negativeLinks,
    hasDelay: links.some((l) => l.delay),
    evidence: { stated: count('stated'), inferred, unsourced: count('unsourced') },
    hypothesised: inferred > 0,
    ...(name === undefined ? {} : { name }),
  };
}
