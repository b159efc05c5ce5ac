import type { NormalizedDocument, NormalizedElement } from '../document/normalized-types.js';
import type { NetworkSpan, TieSpan } from './network-time.js';

/** Two-mode: actors and initiatives as nodes. Actors: initiatives folded into weighted actor–actor ties. */
export const NETWORK_MODES = ['two-mode', 'actors'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** Relations that tie an actor to an initiative. */
const MEMBERSHIP = ['leads', 'participates'] as const;
/** Relations that tie two nodes directly. */
const DIRECT = ['collaborates', 'funds', 'informs'] as const;

export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  /** The element's short name (an abbreviation such as «Udir»), drawn where space is tight. */
  readonly short?: string;
  readonly kind: 'actor' | 'initiative';
  readonly level?: string;
  readonly sector?: string;
  /** Actors: the initiatives they lead or take part in, in id order (empty for initiatives). */
  readonly initiatives: readonly string[];
  /** Initiatives: the actors who lead or take part in them, in id order (empty for actors). */
  readonly members: readonly string[];
  /** Topics (`about`) of the node's ties and memberships, without repeats, sorted. */
  readonly topics: readonly string[];
  /**
   * When the node existed (an actor) or ran (an initiative): the element's `period`, or its `date` as a period of that
   * one date. Absent when the element is undated. An actor with an `end` has ceased to exist (e.g. a merged county).
   */
  readonly period?: NetworkSpan;
}

export interface NetworkTie {
  /** Endpoints in id order, so a tie has one identity whichever way its relations point. */
  readonly source: string;
  readonly target: string;
  /** Shared initiatives plus direct relations. */
  readonly weight: number;
  /** Relation types behind the tie (`shared-initiative` for a projected one). */
  readonly types: readonly string[];
  /** Initiatives the two share (actors mode). */
  readonly initiatives: readonly string[];
  /** Topics (`about`) of the relations behind the tie, without repeats. */
  readonly topics: readonly string[];
  /**
   * The initiatives that make the tie, in id order, each with its period (see `NetworkNode.period`; undated: no
   * `start` or `end`): the shared initiatives in actors mode, the initiative itself for a membership in two-mode.
   * Direct relations (`collaborates`, `funds`, `informs`) carry no dates in schema v1: see `types`.
   */
  readonly periods: readonly TieSpan[];
}

/** An element's time as a span: its `period`, or its `date` as a period of one date, or undefined. */
export function elementSpan(element: Pick<NormalizedElement, 'period' | 'date'> | undefined): NetworkSpan | undefined {
  if (element?.period) return { ...element.period };
  if (element?.date) return { start: element.date, end: element.date };
  return undefined;
}

export interface ActorNetwork {
  readonly mode: NetworkMode;
  readonly nodes: readonly NetworkNode[];
  readonly ties: readonly NetworkTie[];
}

interface MutableTie {
  source: string;
  target: string;
  weight: number;
  types: Set<string>;
  initiatives: Set<string>;
  topics: Set<string>;
}

/**
 * The actor network of a document: actors tied directly (`collaborates`, `funds`, `informs`) and through the
 * initiatives they lead or take part in. `two-mode` keeps initiatives as nodes; `actors` projects them away,
 * weighting each actor pair by the initiatives they share and keeping the topics. Pure, deterministic.
 */
export function buildActorNetwork(model: NormalizedDocument, mode: NetworkMode = 'actors'): ActorNetwork {
  const kindOf = new Map(model.elements.map((e) => [e.id, e.kind]));
  const spanOf = new Map(model.elements.map((e) => [e.id, elementSpan(e)]));
  const spanOfInitiative = (id: string): TieSpan => ({ initiative: id, ...spanOf.get(id) });
  const include = (id: string) => kindOf.get(id) === 'actor' || (mode === 'two-mode' && kindOf.get(id) === 'initiative');
  // Memberships both ways, with their topics, whatever the mode.
  const joined = new Map<string, Set<string>>();
  const topicsOf = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const r of model.relations) {
    if (!(MEMBERSHIP as readonly string[]).includes(r.type) || kindOf.get(r.from) !== 'actor' || kindOf.get(r.to) !== 'initiative')
      continue;
    note(joined, r.from, r.to);
    note(joined, r.to, r.from);
    if (r.about) {
      note(topicsOf, r.from, r.about);
      note(topicsOf, r.to, r.about);
    }
  }
  for (const r of model.relations)
    if ((DIRECT as readonly string[]).includes(r.type) && r.about && r.from !== r.to) {
      note(topicsOf, r.from, r.about);
      note(topicsOf, r.to, r.about);
    }
  const nodes: NetworkNode[] = model.elements
    .filter((e) => include(e.id))
    .map((e) => ({
      id: e.id,
      label: e.label,
      ...(e.short ? { short: e.short } : {}),
      kind: e.kind as 'actor' | 'initiative',
      ...(e.level ? { level: e.level } : {}),
      ...(e.sector ? { sector: e.sector } : {}),
      initiatives: e.kind === 'actor' ? [...(joined.get(e.id) ?? [])].sort() : [],
      members: e.kind === 'initiative' ? [...(joined.get(e.id) ?? [])].sort() : [],
      topics: [...(topicsOf.get(e.id) ?? [])].sort(),
      ...(spanOf.get(e.id) ? { period: spanOf.get(e.id)! } : {}),
    }));
  const ties = new Map<string, MutableTie>();
  const tie = (a: string, b: string): MutableTie => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    let entry = ties.get(key);
    if (!entry) {
      entry = { source, target, weight: 0, types: new Set(), initiatives: new Set(), topics: new Set() };
      ties.set(key, entry);
    }
    return entry;
  };
  for (const r of model.relations) {
    if (r.from === r.to) continue;
    if ((DIRECT as readonly string[]).includes(r.type) && include(r.from) && include(r.to)) {
      const entry = tie(r.from, r.to);
      entry.weight += 1;
      entry.types.add(r.type);
      if (r.about) entry.topics.add(r.about);
    }
    if (mode === 'two-mode' && (MEMBERSHIP as readonly string[]).includes(r.type) && include(r.from) && include(r.to)) {
      const entry = tie(r.from, r.to);
      entry.weight += 1;
      entry.types.add(r.type);
      if (r.about) entry.topics.add(r.about);
      // A membership is dated by its initiative (kept apart from `initiatives`, which names shared ones).
      for (const end of [r.from, r.to]) if (kindOf.get(end) === 'initiative') entry.initiatives.add(end);
    }
  }
  if (mode === 'actors') {
    // Members of each initiative, with the topic each gave their membership.
    const members = new Map<string, { actor: string; about?: string }[]>();
    for (const r of model.relations) {
      if (!(MEMBERSHIP as readonly string[]).includes(r.type) || kindOf.get(r.from) !== 'actor' || kindOf.get(r.to) !== 'initiative')
        continue;
      const list = members.get(r.to) ?? [];
      if (!list.some((m) => m.actor === r.from)) list.push({ actor: r.from, ...(r.about ? { about: r.about } : {}) });
      members.set(r.to, list);
    }
    for (const [initiative, list] of members) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const entry = tie(list[i]!.actor, list[j]!.actor);
          if (!entry.initiatives.has(initiative)) {
            entry.initiatives.add(initiative);
            entry.weight += 1;
          }
          entry.types.add('shared-initiative');
          for (const about of [list[i]!.about, list[j]!.about]) if (about) entry.topics.add(about);
        }
      }
    }
  }
  const sorted = [...ties.values()].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0,
  );
  return {
    mode,
    nodes,
    ties: sorted.map((t) => ({
      source: t.source,
      target: t.target,
      weight: t.weight,
      types: [...t.types].sort(),
      initiatives: mode === 'actors' ? [...t.initiatives].sort() : [],
      topics: [...t.topics].sort(),
      periods: [...t.initiatives].sort().map(spanOfInitiative),
    })),
  };
}
