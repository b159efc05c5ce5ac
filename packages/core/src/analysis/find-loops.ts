import type { NormalizedDocument } from '../model/normalized-types.js';
import { causalGraphOf, isCausalGraph, type CausalGraph, type CausalLink } from './causal-graph.js';

/** R: an even number of negative links, so a change comes back amplified. B: odd, so it comes back opposed. */
export type LoopPolarity = 'R' | 'B';

/** One feedback loop: an elementary cycle of causal links. */
export interface Loop {
  /** Stable id from the members and links; the same whatever the order of the input. */
  readonly id: string;
  /** Factor ids in loop order, rotated to start at the smallest id. */
  readonly members: readonly string[];
  /** Link ids in loop order: `links[i]` goes from `members[i]` to `members[i + 1]` (wrapping). */
  readonly links: readonly string[];
  readonly polarity: LoopPolarity;
  readonly length: number;
  readonly negativeLinks: number;
  readonly hasDelay: boolean;
  /** The author's name, when the loop matches an entry of `views.loops.named`. */
  readonly name?: string;
}

export interface FindLoopsOptions {
  /** Stop after this many loops (default 10,000). The result then says it is incomplete. */
  readonly limit?: number;
  /** Only loops of at most this many links. */
  readonly maxLength?: number;
}

export interface LoopSearchResult {
  readonly loops: readonly Loop[];
  /** False when the search stopped at `limit`: more loops exist. */
  readonly complete: boolean;
  readonly limit: number;
}

export const DEFAULT_LOOP_LIMIT = 10_000;

/** Dense integer graph, nodes sorted by id so traversal order (and so which loops a limit keeps) ignores input order. */
interface IndexedGraph {
  readonly ids: readonly string[];
  /** Distinct successors per node, ascending. */
  readonly successors: readonly Int32Array[];
  /** Links from node i to node j, keyed `i * n + j`, in id order. */
  readonly parallel: ReadonlyMap<number, readonly CausalLink[]>;
}

function indexGraph(graph: CausalGraph): IndexedGraph {
  const ids = [...new Set([...graph.nodes, ...graph.links.flatMap((l) => [l.from, l.to])])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const parallel = new Map<number, CausalLink[]>();
  const successorSets = ids.map(() => new Set<number>());
  for (const link of graph.links) {
    const from = index.get(link.from)!;
    const to = index.get(link.to)!;
    successorSets[from]!.add(to);
    const key = from * n + to;
    const list = parallel.get(key);
    if (list) list.push(link);
    else parallel.set(key, [link]);
  }
  for (const list of parallel.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const successors = successorSets.map((set) => Int32Array.from([...set].sort((a, b) => a - b)));
  return { ids, successors, parallel };
}

/**
 * Strongly connected component (iterative Tarjan) containing `start`, within the nodes `>= start`.
 * Johnson's algorithm only looks for cycles through the least node of such a component.
 */
function componentOf(start: number, successors: readonly Int32Array[], n: number): Uint8Array {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const member = new Uint8Array(n);
  const callStack: number[] = [start];
  const edgeCursor = new Int32Array(n);
  let counter = 0;
  index[start] = low[start] = counter++;
  stack.push(start);
  onStack[start] = 1;
  while (callStack.length > 0) {
    const v = callStack[callStack.length - 1]!;
    const next = successors[v]!;
    if (edgeCursor[v]! < next.length) {
      const w = next[edgeCursor[v]!++]!;
      if (w < start) continue;
      if (index[w] === -1) {
        index[w] = low[w] = counter++;
        stack.push(w);
        onStack[w] = 1;
        callStack.push(w);
      } else if (onStack[w]) {
        low[v] = Math.min(low[v]!, index[w]!);
      }
      continue;
    }
    callStack.pop();
    const parent = callStack[callStack.length - 1];
    if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
    if (low[v] === index[v]) {
      let w: number;
      const isStartComponent = v === start;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        if (isStartComponent) member[w] = 1;
      } while (w !== v);
    }
  }
  return member;
}

/**
 * Every elementary cycle of the node graph, as arrays of node indexes starting at their least node
 * (Johnson 1975, iterative, output-sensitive). `visit` returns false to stop the search.
 */
function johnson(graph: IndexedGraph, visit: (cycle: Int32Array) => boolean): boolean {
  const n = graph.ids.length;
  const blocked = new Uint8Array(n);
  const blockedBy: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const path = new Int32Array(n);
  const cursor = new Int32Array(n);
  const found = new Uint8Array(n);
  const unblockStack: number[] = [];

  const unblock = (u: number) => {
    unblockStack.push(u);
    while (unblockStack.length > 0) {
      const w = unblockStack.pop()!;
      if (!blocked[w]) continue;
      blocked[w] = 0;
      for (const x of blockedBy[w]!) unblockStack.push(x);
      blockedBy[w]!.clear();
    }
  };

  for (let start = 0; start < n; start++) {
    const member = componentOf(start, graph.successors, n);
    // A component of one node holds a cycle only through a self-loop.
    const adjacency = graph.successors.map((next, v) => (member[v] ? next.filter((w) => member[w] === 1) : new Int32Array(0)));
    if (adjacency[start]!.length === 0) continue;
    for (let v = start; v < n; v++) {
      if (member[v]) {
        blocked[v] = 0;
        blockedBy[v]!.clear();
      }
    }
    let depth = 0;
    path[0] = start;
    cursor[0] = 0;
    found[0] = 0;
    blocked[start] = 1;
    while (depth >= 0) {
      const v = path[depth]!;
      const next = adjacency[v]!;
      if (cursor[depth]! < next.length) {
        const w = next[cursor[depth]!++]!;
        if (w === start) {
          found[depth] = 1;
          if (!visit(path.subarray(0, depth + 1))) return false;
        } else if (!blocked[w]) {
          depth++;
          path[depth] = w;
          cursor[depth] = 0;
          found[depth] = 0;
          blocked[w] = 1;
        }
        continue;
      }
      if (found[depth]) unblock(v);
      else for (const w of next) blockedBy[w]!.add(v);
      depth--;
      if (depth >= 0 && found[depth + 1]) found[depth] = 1;
    }
  }
  return true;
}

/** Cycles of at most `maxLength` nodes, by depth-bounded search from each least node (no blocking: blocking is only sound unbounded). */
function boundedCycles(graph: IndexedGraph, maxLength: number, visit: (cycle: Int32Array) => boolean): boolean {
  const n = graph.ids.length;
  const onPath = new Uint8Array(n);
  const path = new Int32Array(Math.max(1, Math.min(n, maxLength)));
  const cursor = new Int32Array(path.length);
  for (let start = 0; start < n; start++) {
    let depth = 0;
    path[0] = start;
    cursor[0] = 0;
    onPath[start] = 1;
    while (depth >= 0) {
      const next = graph.successors[path[depth]!]!;
      if (cursor[depth]! < next.length) {
        const w = next[cursor[depth]!++]!;
        if (w === start) {
          if (!visit(path.subarray(0, depth + 1))) return false;
        } else if (w > start && !onPath[w] && depth + 1 < path.length) {
          depth++;
          path[depth] = w;
          cursor[depth] = 0;
          onPath[w] = 1;
        }
        continue;
      }
      onPath[path[depth]!] = 0;
      depth--;
    }
  }
  return true;
}

/** Rotates a cycle of ids to start at its smallest id (the canonical rotation). */
function canonicalRotation<T>(items: readonly T[], keys: readonly string[]): T[] {
  let best = 0;
  for (let i = 1; i < keys.length; i++) if (keys[i]! < keys[best]!) best = i;
  return [...items.slice(best), ...items.slice(0, best)];
}

/** Name lookup: author's loops by their member set; the cyclic order decides between loops with the same set. */
function namedLoopIndex(named: readonly { members: readonly string[]; label: string }[]) {
  const bySet = new Map<string, { order: string; label: string }[]>();
  for (const loop of named) {
    const key = [...loop.members].sort().join('\u0000');
    const order = canonicalRotation(loop.members, loop.members).join('\u0000');
    bySet.set(key, [...(bySet.get(key) ?? []), { order, label: loop.label }]);
  }
  return (members: readonly string[]): string | undefined => {
    const candidates = bySet.get([...members].sort().join('\u0000'));
    if (!candidates) return undefined;
    const order = members.join('\u0000');
    return (candidates.find((c) => c.order === order) ?? candidates[0])!.label;
  };
}

function toLoop(members: readonly string[], links: readonly CausalLink[], name: string | undefined): Loop {
  const negativeLinks = links.filter((l) => l.polarity === '-').length;
  return {
    id: `loop:${members.join('>')}${links.length > 0 ? '|' + links.map((l) => l.id).join('|') : ''}`,
    members,
    links: links.map((l) => l.id),
    polarity: negativeLinks % 2 === 0 ? 'R' : 'B',
    length: members.length,
    negativeLinks,
    hasDelay: links.some((l) => l.delay),
    ...(name === undefined ? {} : { name }),
  };
}

/**
 * Finds every feedback loop (elementary cycle) of the causal links, with its polarity, delay and a stable id.
 * Parallel links between the same two factors give one loop per combination. Output-sensitive: the time
 * grows with the number of loops, and the search stops at `limit` (memory stays flat beyond it).
 */
export function findLoops(input: NormalizedDocument | CausalGraph, options: FindLoopsOptions = {}): LoopSearchResult {
  const limit = options.limit ?? DEFAULT_LOOP_LIMIT;
  const maxLength = options.maxLength ?? Infinity;
  const graph = isCausalGraph(input) ? input : causalGraphOf(input);
  const nameOf = namedLoopIndex(isCausalGraph(input) ? [] : input.views.loops.named);
  const indexed = indexGraph(graph);
  const n = indexed.ids.length;
  const loops: Loop[] = [];

  const visit = (cycle: Int32Array): boolean => {
    const members = Array.from(cycle, (i) => indexed.ids[i]!);
    // Indexes are sorted by id and cycles start at their least node, so `members` is already canonical.
    const choices = Array.from(cycle, (v, i) => indexed.parallel.get(v * n + cycle[(i + 1) % cycle.length]!)!);
    const name = nameOf(members);
    // One loop per combination of parallel links (usually exactly one).
    const pick = new Array<number>(choices.length).fill(0);
    for (;;) {
      if (loops.length >= limit) return false;
      loops.push(
        toLoop(
          members,
          pick.map((p, i) => choices[i]![p]!),
          name,
        ),
      );
      let i = pick.length - 1;
      while (i >= 0 && pick[i] === choices[i]!.length - 1) pick[i--] = 0;
      if (i < 0) return true;
      pick[i]!++;
    }
  };

  const complete = Number.isFinite(maxLength) ? boundedCycles(indexed, maxLength, visit) : johnson(indexed, visit);
  return { loops, complete, limit };
}

/**
 * Counts loops without keeping them: memory stays flat however many there are. Stops at `limit`.
 * For benchmarks and for warning before a document with millions of loops is drawn.
 */
export function countLoops(graph: CausalGraph, limit = Infinity): { count: number; complete: boolean } {
  const indexed = indexGraph(graph);
  const n = indexed.ids.length;
  let count = 0;
  const complete = johnson(indexed, (cycle) => {
    let combinations = 1;
    for (let i = 0; i < cycle.length; i++) combinations *= indexed.parallel.get(cycle[i]! * n + cycle[(i + 1) % cycle.length]!)!.length;
    count += combinations;
    if (count >= limit) {
      count = limit;
      return false;
    }
    return true;
  });
  return { count, complete };
}
