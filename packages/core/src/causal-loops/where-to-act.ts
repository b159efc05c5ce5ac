import type { NormalizedDocument } from '../document/normalized-types.js';
import type { CausalGraph } from './causal-graph.js';
import type { Loop } from './find-loops.js';
import { causalRows, micmacOfRows, type MicmacOptions, type MicmacRole } from './micmac.js';

/**
 * Why a factor is an outcome to watch rather than a lever to pull:
 * - `goal`: an element of kind `goal`.
 * - `measured`: the document measures it with an indicator and backs it with sources of its own: a result the
 *   mission tracks (e.g. the NEET share for exclusion). Effects show there; one acts on what drives it.
 * - `estimate`: it lists indicators but no source of its own: it stands in the map as a number (e.g. a cost estimate
 *   of 73 bn NOK), which no one can act on directly.
 * - `dependent`: MICMAC puts it among the outcomes: much moved by the system, moving little.
 */
export type OutcomeReason = 'goal' | 'measured' | 'estimate' | 'dependent';

/** The reasons a document gives to treat its elements as outcomes (goals, measured factors, estimates). */
export function outcomesOf(model: NormalizedDocument): [string, Exclude<OutcomeReason, 'dependent'>][] {
  const outcomes: [string, Exclude<OutcomeReason, 'dependent'>][] = [];
  for (const element of model.elements) {
    if (element.kind === 'goal') outcomes.push([element.id, 'goal']);
    else if (element.indicators.length > 0) outcomes.push([element.id, element.sources.length > 0 ? 'measured' : 'estimate']);
  }
  return outcomes;
}

/** A factor in the "where to act" analysis, with the numbers and paths that explain its place. */
export interface ActionItem {
  readonly id: string;
  /** Its MICMAC quadrant by indirect influence and dependence. */
  readonly role: MicmacRole;
  /** Indirect influence and dependence (see `micmac`), on the scale of the direct ones. */
  readonly influence: number;
  readonly dependence: number;
  /** Links out of it and into it (other factors, each counted once). */
  readonly directInfluence: number;
  readonly directDependence: number;
  /** No causal link leads into it: it comes from outside the system drawn. */
  readonly exogenous: boolean;
  /** Ids of the loops it belongs to. */
  readonly inLoops: readonly string[];
  readonly reaches: {
    /**
     * The loop factors where its chains of influence first enter loops it is not in: its successors that lie on such
     * loops, and, through factors on no loop, the first loop factors beyond them. Sorted by id.
     */
    readonly via: readonly string[];
    /** Ids of the loops through those entry factors that it is not in itself: the loops it feeds, in the order of `loops`. */
    readonly loops: readonly string[];
    /** How many factors lie downstream of it. */
    readonly factors: number;
  };
}

export interface OutcomeItem extends ActionItem {
  readonly reason: OutcomeReason;
}

export interface WhereToAct {
  /** The factors one can act on, best first: MICMAC drivers, then relays, then autonomous ones; within each, by influence. */
  readonly levers: readonly ActionItem[];
  /** Goals, measured factors, estimates and MICMAC outcomes: where effects show, kept apart from the levers. */
  readonly outcomes: readonly OutcomeItem[];
  /** The power of the influence matrix summed, and whether the ranking had settled (see `micmac`). */
  readonly power: number;
  readonly stable: boolean;
}

export interface WhereToActOptions extends MicmacOptions {
  /** Elements the document marks as outcomes (from `outcomesOf`). */
  readonly outcomes?: Iterable<readonly [string, OutcomeReason]>;
}

const ROLE_ORDER: Readonly<Record<MicmacRole, number>> = { driver: 0, relay: 1, autonomous: 2, outcome: 3 };
const REASON_ORDER: Readonly<Record<OutcomeReason, number>> = { goal: 0, measured: 1, estimate: 2, dependent: 3 };

/**
 * Where to act in a causal graph: MICMAC's direct and indirect influence and dependence of every factor, the loops
 * each one belongs to and the loops it feeds (and through which factors), and a split into levers and outcomes. Outcomes are the
 * document's goals, measured factors and estimates, and the factors MICMAC finds dependent; every other factor is a
 * lever, ranked drivers first (they move the system and are moved little by it), then relays, then the rest.
 * Pure and deterministic. `loops` are the graph's loops (from `findLoops`); with an incomplete search, `reaches`
 * counts only the loops found.
 */
export function whereToAct(graph: CausalGraph, loops: readonly Loop[], options: WhereToActOptions = {}): WhereToAct {
  const { ids, rows } = causalRows(graph);
  const analysis = micmacOfRows(rows, options);
  const index = new Map(ids.map((id, i) => [id, i]));
  const successors = ids.map(() => new Set<number>());
  for (const link of graph.links) if (link.from !== link.to) successors[index.get(link.from)!]!.add(index.get(link.to)!);
  const sortedSuccessors = successors.map((set) => [...set].sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0)));
  const loopsOf = ids.map(() => [] as number[]);
  loops.forEach((loop, l) => {
    for (const member of new Set(loop.members)) {
      const i = index.get(member);
      if (i !== undefined) loopsOf[i]!.push(l);
    }
  });
  const inAnyLoop = (i: number) => loopsOf[i]!.length > 0;
  const intoCount = ids.map(() => 0);
  for (const set of successors) for (const j of set) intoCount[j]!++;

  // Visit marks are stamped with the factor being scored instead of cleared, so scoring n factors allocates nothing
  // per factor (a graph of 1,500 factors spent most of its time collecting garbage).
  const seen = new Int32Array(ids.length).fill(-1);
  const entries = new Int32Array(ids.length).fill(-1);
  const ownLoop = new Int32Array(loops.length).fill(-1);
  const fedLoop = new Int32Array(loops.length).fill(-1);
  const item = (i: number): ActionItem => {
    // Breadth-first from the factor: how many factors lie downstream, and where its chains first meet loop factors
    // (a chain stops at the first loop factor it meets: what lies beyond is that factor's doing).
    seen[i] = i;
    const queue = [i];
    const frontier = [i];
    entries[i] = i;
    const via: number[] = [];
    for (let head = 0; head < queue.length; head++) {
      for (const w of sortedSuccessors[queue[head]!]!) {
        if (seen[w] === i) continue;
        seen[w] = i;
        queue.push(w);
      }
    }
    for (let head = 0; head < frontier.length; head++) {
      for (const w of sortedSuccessors[frontier[head]!]!) {
        if (entries[w] === i) continue;
        entries[w] = i;
        if (inAnyLoop(w)) via.push(w);
        else frontier.push(w);
      }
    }
    // The loops it feeds, and only the entry factors that lead into one of them.
    for (const l of loopsOf[i]!) ownLoop[l] = i;
    const fed: number[] = [];
    const feeding = via.filter((v) => {
      let feeds = false;
      for (const l of loopsOf[v]!) {
        if (ownLoop[l] === i) continue;
        feeds = true;
        if (fedLoop[l] !== i) {
          fedLoop[l] = i;
          fed.push(l);
        }
      }
      return feeds;
    });
    feeding.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    const score = analysis.indirect[i]!;
    return {
      id: ids[i]!,
      role: score.role,
      influence: score.influence,
      dependence: score.dependence,
      directInfluence: analysis.direct[i]!.influence,
      directDependence: analysis.direct[i]!.dependence,
      exogenous: intoCount[i] === 0,
      inLoops: loopsOf[i]!.map((l) => loops[l]!.id),
      reaches: {
        via: feeding.map((v) => ids[v]!),
        loops: fed.sort((a, b) => a - b).map((l) => loops[l]!.id),
        factors: queue.length - 1,
      },
    };
  };

  const marked = new Map<string, OutcomeReason>();
  for (const [id, reason] of options.outcomes ?? []) if (!marked.has(id)) marked.set(id, reason);
  const levers: ActionItem[] = [];
  const outcomes: OutcomeItem[] = [];
  ids.forEach((id, i) => {
    const entry = item(i);
    const reason = marked.get(id) ?? (entry.role === 'outcome' ? 'dependent' : undefined);
    if (reason) outcomes.push({ ...entry, reason });
    else levers.push(entry);
  });
  const byId = (a: ActionItem, b: ActionItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  levers.sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || b.influence - a.influence || b.directInfluence - a.directInfluence || byId(a, b),
  );
  outcomes.sort((a, b) => REASON_ORDER[a.reason] - REASON_ORDER[b.reason] || b.dependence - a.dependence || byId(a, b));
  return { levers, outcomes, power: analysis.power, stable: analysis.stable };
}
