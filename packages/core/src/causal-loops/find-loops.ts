import type { NormalizedDocument } from '../document/normalized-types.js';
import { causalGraphOf, isCausalGraph, type CausalGraph, type CausalLink } from './causal-graph.js';

/** R: an even number of negative links, so a change comes back amplified. B: odd, so it comes back opposed. */
export type LoopPolarity = 'R' | 'B';

/** How many of a loop's links are stated, inferred and unsourced (see `LinkEvidence`); they add up to its length. */
export interface LoopEvidence {
  readonly stated: number;
  readonly inferred: number;
  readonly unsourced: number;
}

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
  /** What the loop's links rest on. */
  readonly evidence: LoopEvidence;
  /**
   * True when the loop rests on at least one inferred link: the loop is a hypothesis of the author's, and falls if
   * that link does not hold. (Unsourced links alone do not make it one: nothing says they were inferred.)
   */
  readonly hypothesised: boolean;
  /** The author's name, when the loop matches an entry of `views.loops.named`. */
  readonly name?: string;
}

export interface FindLoopsOptions {
  /** Stop after this many loops (default 10,000). The result then says it is incomplete. */
  readonly limit?: number;
  /** Only loops of at most this many links. */
  readonly maxLength?: number;
  /** Author names for loops (default: the document's `views.loops.named`). */
  readonly named?: readonly { readonly members: readonly string[]; readonly label: string }[];
  /**
   * Most search steps (default `DEFAULT_LOOP_SEARCH_STEPS`): a dense graph can hold few loops yet take long to
   * search, so the search also stops here, and the result says it is incomplete.
   */
  readonly maxSteps?: number;
}

export interface LoopSearchResult {
  readonly loops: readonly Loop[];
  /** False when the search stopped at `limit` or at `maxSteps`: more loops may exist. */
  readonly complete: boolean;
  readonly limit: number;
}

export const DEFAULT_LOOP_LIMIT = 10_000;

/** Search steps (a path extended or a link tried) before a loop search stops: well under a second. */
export const DEFAULT_LOOP_SEARCH_STEPS = 5_000_000;

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
 * Johnson's B lists: for each node w, the nodes to unblock when w unblocks. Arrays with a membership bitmap
 * (no Set churn) while n² bytes stay small; Sets beyond that.
 */
class BlockedLists {
  readonly #lists: number[][];
  readonly #member?: Uint8Array;
  readonly #sets?: Set<number>[];
  readonly #n: number;
  constructor(n: number) {
    this.#n = n;
    this.#lists = Array.from({ length: n }, () => []);
    if (n <= 4096) this.#member = new Uint8Array(n * n);
    else this.#sets = Array.from({ length: n }, () => new Set<number>());
  }
  add(w: number, v: number): void {
    if (this.#member) {
      const key = w * this.#n + v;
      if (this.#member[key]) return;
      this.#member[key] = 1;
    } else {
      if (this.#sets![w]!.has(v)) return;
      this.#sets![w]!.add(v);
    }
    this.#lists[w]!.push(v);
  }
  /** Moves w's list onto `target` and empties it. */
  drainInto(w: number, target: number[]): void {
    const list = this.#lists[w]!;
    for (const v of list) {
      target.push(v);
      if (this.#member) this.#member[w * this.#n + v] = 0;
    }
    list.length = 0;
    this.#sets?.[w]!.clear();
  }
  clear(w: number): void {
    this.drainInto(w, []);
  }
}

/**
 * Every elementary cycle of the node graph, as arrays of node indexes starting at their least node
 * (Johnson 1975, iterative, output-sensitive). `visit` returns false to stop the search.
 */
function johnson(graph: IndexedGraph, visit: (cycle: Int32Array) => boolean, maxSteps: number): boolean {
  const n = graph.ids.length;
  let steps = 0;
  const blocked = new Uint8Array(n);
  const blockedBy = new BlockedLists(n);
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
      blockedBy.drainInto(w, unblockStack);
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
        blockedBy.clear(v);
      }
    }
    let depth = 0;
    path[0] = start;
    cursor[0] = 0;
    found[0] = 0;
    blocked[start] = 1;
    while (depth >= 0) {
      if (++steps > maxSteps) return false;
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
      else for (const w of next) blockedBy.add(w, v);
      depth--;
      if (depth >= 0 && found[depth + 1]) found[depth] = 1;
    }
  }
  return true;
}

/** Cycles of at most `maxLength` nodes, by depth-bounded search from each least node (no blocking: blocking is only sound unbounded). */
function boundedCycles(graph: IndexedGraph, maxLength: number, visit: (cycle: Int32Array) => boolean, maxSteps: number): boolean {
  const n = graph.ids.length;
  let steps = 0;
  const onPath = new Uint8Array(n);
  const path = new Int32Array(Math.max(1, Math.min(n, maxLength)));
  const cursor = new Int32Array(path.length);
  for (let start = 0; start < n; start++) {
    let depth = 0;
    path[0] = start;
    cursor[0] = 0;
    onPath[start] = 1;
    while (depth >= 0) {
      if (++steps > maxSteps) return false;
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
export function namedLoopIndex(
  named: readonly { members: readonly string[]; label: string }[],
): (members: readonly string[]) => string | undefined {
  if (named.length === 0) return () => undefined;
  const bySet = new Map<string, { order: string; label: string }[]>();
  for (const loop of named) {
    const key = [...loop.members].sort().join('\u0000');
    const order = canonicalRotation(loop.members, loop.members).join('\u0000');
    bySet.set(key, [...(bySet.get(key) ?? []), { order, label: loop.label }]);
  }
  const lengths = new Set(named.map((loop) => loop.members.length));
  return (members) => {
    if (!lengths.has(members.length)) return undefined;
    const candidates = bySet.get([...members].sort().join('\u0000'));
    if (!candidates) return undefined;
    const order = members.join('\u0000');
    return (candidates.find((c) => c.order === order) ?? candidates[0])!.label;
  };
}

/**
 * A loop as `forEachLoop` hands it over: valid only during the callback (its arrays are reused for the
 * next loop). Copy what you keep, or use `findLoops`, which does.
 */
export type TransientLoop = Omit<Loop, 'id'>;

/** Prepared search: the indexed graph and per-link facts as flat arrays, so each loop costs no lookups. */
function prepare(input: NormalizedDocument | CausalGraph, named?: FindLoopsOptions['named']) {
  const graph = isCausalGraph(input) ? input : causalGraphOf(input);
  const indexed = indexGraph(graph);
  const n = indexed.ids.length;
  const linkIndex = new Map(graph.links.map((link, i) => [link, i]));
  // Links of each ordered pair, as link indexes (usually one). A dense table while n² stays small.
  const hopMap = new Map<number, Int32Array>();
  for (const [key, list] of indexed.parallel)
    hopMap.set(
      key,
      Int32Array.from(list, (link) => linkIndex.get(link)!),
    );
  const dense = n <= 2048 ? new Array<Int32Array | undefined>(n * n) : undefined;
  if (dense) for (const [key, list] of hopMap) dense[key] = list;
  const hops = dense ? { get: (key: number) => dense[key] } : hopMap;
  return {
    indexed,
    n,
    hops,
    linkIds: graph.links.map((link) => link.id),
    negative: Uint8Array.from(graph.links, (link) => (link.polarity === '-' ? 1 : 0)),
    delayed: Uint8Array.from(graph.links, (link) => (link.delay ? 1 : 0)),
    // 0 stated, 1 inferred, 2 unsourced.
    grounds: Uint8Array.from(graph.links, (link) => (link.evidence === 'stated' ? 0 : link.evidence === 'inferred' ? 1 : 2)),
    nameOf: namedLoopIndex(named ?? (isCausalGraph(input) ? [] : input.views.loops.named)),
  };
}

/**
 * Calls `visit` for every feedback loop, streaming: nothing is kept between calls, so memory stays flat
 * however many loops there are. `visit` returns false to stop. Returns whether the search ran to the end.
 * Same loops, order and rotation as `findLoops`.
 */
export function forEachLoop(
  input: NormalizedDocument | CausalGraph,
  visit: (loop: TransientLoop) => boolean | void,
  // `maxSteps`: stop after so many search steps (no bound by default: `visit` decides when to stop).
  options: { readonly maxLength?: number; readonly named?: FindLoopsOptions['named']; readonly maxSteps?: number } = {},
): boolean {
  const { indexed, n, hops, linkIds, negative, delayed, grounds, nameOf } = prepare(input, options.named);
  const members: string[] = [];
  const links: string[] = [];
  const evidence = { stated: 0, inferred: 0, unsourced: 0 };
  const view: { -readonly [K in keyof TransientLoop]: TransientLoop[K] } = {
    members,
    links,
    polarity: 'R',
    length: 0,
    negativeLinks: 0,
    hasDelay: false,
    evidence,
    hypothesised: false,
    name: undefined,
  };
  const tally = [0, 0, 0];
  const choices: Int32Array[] = [];
  const pick: number[] = [];

  const emit = (): boolean => {
    let negatives = 0;
    let hasDelay = false;
    tally[0] = tally[1] = tally[2] = 0;
    for (let i = 0; i < choices.length; i++) {
      const link = choices[i]![pick[i]!]!;
      links[i] = linkIds[link]!;
      negatives += negative[link]!;
      if (delayed[link]) hasDelay = true;
      tally[grounds[link]!]!++;
    }
    view.negativeLinks = negatives;
    evidence.stated = tally[0]!;
    evidence.inferred = tally[1]!;
    evidence.unsourced = tally[2]!;
    view.hypothesised = tally[1]! > 0;
    view.polarity = negatives % 2 === 0 ? 'R' : 'B';
    view.hasDelay = hasDelay;
    // Always set (possibly undefined): deleting a property would slow every later write to the view.
    view.name = nameOf(members);
    return visit(view) !== false;
  };

  const onCycle = (cycle: Int32Array): boolean => {
    const length = cycle.length;
    // Ids are sorted and cycles start at their least node, so `members` is already in canonical rotation.
    members.length = links.length = choices.length = pick.length = length;
    view.length = length;
    let combinations = 1;
    for (let i = 0; i < length; i++) {
      members[i] = indexed.ids[cycle[i]!]!;
      choices[i] = hops.get(cycle[i]! * n + cycle[i + 1 === length ? 0 : i + 1]!)!;
      combinations *= choices[i]!.length;
      pick[i] = 0;
    }
    if (combinations === 1) return emit();
    // One loop per combination of parallel links.
    for (;;) {
      if (!emit()) return false;
      let i = length - 1;
      while (i >= 0 && pick[i] === choices[i]!.length - 1) pick[i--] = 0;
      if (i < 0) return true;
      pick[i]!++;
    }
  };

  const maxLength = options.maxLength ?? Infinity;
  const maxSteps = options.maxSteps ?? Infinity;
  return Number.isFinite(maxLength) ? boundedCycles(indexed, maxLength, onCycle, maxSteps) : johnson(indexed, onCycle, maxSteps);
}

/** A loop to keep, copied from the transient view `forEachLoop` hands over. */
export function materializeLoop(view: TransientLoop): Loop {
  const links = view.links.slice();
  const loop: { -readonly [K in keyof Loop]: Loop[K] } = {
    // Link ids name the loop exactly (its members follow from them), parallel links included.
    id: 'loop:' + links.join('|'),
    members: view.members.slice(),
    links,
    polarity: view.polarity,
    length: view.length,
    negativeLinks: view.negativeLinks,
    hasDelay: view.hasDelay,
    evidence: { stated: view.evidence.stated, inferred: view.evidence.inferred, unsourced: view.evidence.unsourced },
    hypothesised: view.hypothesised,
  };
  if (view.name !== undefined) loop.name = view.name;
  return loop;
}

/**
 * Finds every feedback loop (elementary cycle) of the causal links, with its polarity, delay and a stable id.
 * Parallel links between the same two factors give one loop per combination. Output-sensitive: time grows
 * with the number of loops; the search stops at `limit`, so memory is bounded by the limit, not the graph.
 */
export function findLoops(input: NormalizedDocument | CausalGraph, options: FindLoopsOptions = {}): LoopSearchResult {
  const limit = options.limit ?? DEFAULT_LOOP_LIMIT;
  const loops: Loop[] = [];
  let overflow = false;
  const finished = forEachLoop(
    input,
    (view) => {
      if (loops.length >= limit) {
        overflow = true;
        return false;
      }
      loops.push(materializeLoop(view));
      return true;
    },
    {
      ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
      ...(options.named ? { named: options.named } : {}),
      maxSteps: options.maxSteps ?? DEFAULT_LOOP_SEARCH_STEPS,
    },
  );
  return { loops, complete: finished && !overflow, limit };
}

/** Counts loops without keeping them (memory stays flat). Stops at `limit`. */
export function countLoops(input: NormalizedDocument | CausalGraph, limit = Infinity): { count: number; complete: boolean } {
  let count = 0;
  const complete = forEachLoop(input, () => {
    if (count >= limit) return false;
    count++;
    return true;
  });
  return { count, complete };
}

const CODE = /^([RB])(\d+)\b/;

/**
 * Short codes for loops: R1, R2 … for reinforcing and B1 … for balancing. A name that starts with a code of
 * its own polarity ("R2 Siloen låser seg") keeps it; the other loops are numbered after, shortest first.
 */
export function loopCodes(loops: readonly Loop[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = { R: new Set<number>(), B: new Set<number>() };
  for (const loop of loops) {
    const match = loop.name ? CODE.exec(loop.name) : null;
    if (match && match[1] === loop.polarity && !taken[loop.polarity].has(Number(match[2]))) {
      taken[loop.polarity].add(Number(match[2]));
      codes.set(loop.id, `${loop.polarity}${match[2]}`);
    }
  }
  const rest = loops
    .filter((loop) => !codes.has(loop.id))
    .sort((a, b) => Number(!!b.name) - Number(!!a.name) || a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = { R: 1, B: 1 };
  for (const loop of rest) {
    while (taken[loop.polarity].has(next[loop.polarity])) next[loop.polarity]++;
    taken[loop.polarity].add(next[loop.polarity]);
    codes.set(loop.id, `${loop.polarity}${next[loop.polarity]}`);
  }
  return codes;
}

/** Loops ordered for display: by code (R before B, then number). */
export function sortLoopsByCode(loops: readonly Loop[], codes: ReadonlyMap<string, string>): Loop[] {
  const rank = (loop: Loop) => {
    const code = codes.get(loop.id) ?? '';
    return [code[0] === 'R' ? 0 : 1, Number(code.slice(1))] as const;
  };
  return [...loops].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
}
