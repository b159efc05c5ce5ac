import { causalGraphOf } from '../causal-loops/causal-graph.js';
import { findLoops, loopCodes, sortLoopsByCode } from '../causal-loops/find-loops.js';

/** As `<floke-causal-loops>` searches by default (its `loop-limit`), so the codes here are the ones it shows. */
const VIEW_LOOP_LIMIT = 2000;
import type { NormalizedDocument, NormalizedElement } from './normalized-types.js';

/** The four drawing views an element can appear in (the summary is not one: it draws no elements). */
export const INSIGHT_VIEWS = ['iceberg', 'horizons', 'network', 'loops'] as const;
export type InsightView = (typeof INSIGHT_VIEWS)[number];

/** Whether an element is drawn in one view, and which elements drawn there relate to it. */
export interface CrossViewRelation {
  view: InsightView;
  /** The element itself is drawn in this view. */
  appears: boolean;
  /** Ids drawn in this view that relate to the element, sorted, without the element itself. */
  related: string[];
  /**
   * Loops entry only: codes (R1, B2 …, as `loopCodes` names them) of the loops the element is in, or, when it is
   * not a factor in the loops, of the loops its related factors are in; ordered R before B, then by number.
   */
  loops?: string[];
}

export interface RelatedAcrossOptions {
  /**
   * How the network is drawn: `actors` (default, as `<floke-actor-network>`): only actors are nodes; `two-mode`:
   * initiatives are nodes too, so they appear there and count as related.
   */
  readonly networkMode?: 'actors' | 'two-mode';
}

/** An actor's ways of taking part in an initiative. */
const MEMBERSHIP: ReadonlySet<string> = new Set(['participates', 'leads', 'funds']);

/** What `relatedAcross` needs of a document, computed once per model (models are immutable). */
interface RelatedIndex {
  readonly byId: ReadonlyMap<string, NormalizedElement>;
  /** Actor ↔ initiative, both ways. */
  readonly members: ReadonlyMap<string, ReadonlySet<string>>;
  /** Who addresses a factor or goal, and what an initiative or actor addresses. */
  readonly addressedBy: ReadonlyMap<string, ReadonlySet<string>>;
  readonly addresses: ReadonlyMap<string, ReadonlySet<string>>;
  readonly explains: ReadonlyMap<string, ReadonlySet<string>>;
  readonly causal: ReadonlyMap<string, ReadonlySet<string>>;
  readonly inLoops: ReadonlySet<string>;
  /** Factor id → codes of the loops through it. */
  readonly loopsOf: ReadonlyMap<string, readonly string[]>;
  /** Loop code → its place in display order. */
  readonly loopOrder: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<NormalizedDocument, RelatedIndex>();

function link(map: Map<string, Set<string>>, from: string, to: string): void {
  const set = map.get(from);
  if (set) set.add(to);
  else map.set(from, new Set([to]));
}

function indexOf(model: NormalizedDocument): RelatedIndex {
  const cached = indexes.get(model);
  if (cached) return cached;
  const byId = new Map(model.elements.map((e) => [e.id, e]));
  const kindOf = (id: string) => byId.get(id)?.kind;
  const members = new Map<string, Set<string>>();
  const addressedBy = new Map<string, Set<string>>();
  const addresses = new Map<string, Set<string>>();
  const explains = new Map<string, Set<string>>();
  const causal = new Map<string, Set<string>>();
  for (const r of model.relations) {
    if (r.from === r.to) continue;
    if (MEMBERSHIP.has(r.type) && kindOf(r.from) === 'actor' && kindOf(r.to) === 'initiative') {
      link(members, r.from, r.to);
      link(members, r.to, r.from);
    } else if (r.type === 'addresses') {
      link(addresses, r.from, r.to);
      link(addressedBy, r.to, r.from);
    } else if (r.type === 'explains') {
      link(explains, r.from, r.to);
      link(explains, r.to, r.from);
    }
  }
  const graph = causalGraphOf(model);
  for (const l of graph.links) {
    if (l.from === l.to) continue;
    link(causal, l.from, l.to);
    link(causal, l.to, l.from);
  }
  // The codes the loop view shows: the same search (the document's named loops, its default limit) and naming.
  // When the limit cuts the search short the view lists the shortest loops first, and the codes may differ.
  const { loops } = findLoops(graph, { named: model.views.loops.named, limit: VIEW_LOOP_LIMIT });
  const codes = loopCodes(loops);
  const ordered = sortLoopsByCode(loops, codes);
  const loopsOf = new Map<string, string[]>();
  for (const loop of ordered) for (const member of loop.members) loopsOf.set(member, [...(loopsOf.get(member) ?? []), codes.get(loop.id)!]);
  const index: RelatedIndex = {
    byId,
    members,
    addressedBy,
    addresses,
    explains,
    causal,
    inLoops: new Set(graph.nodes),
    loopsOf,
    loopOrder: new Map(ordered.map((loop, i) => [codes.get(loop.id)!, i])),
  };
  indexes.set(model, index);
  return index;
}

const each = (map: ReadonlyMap<string, ReadonlySet<string>>, ids: Iterable<string>): string[] =>
  [...ids].flatMap((id) => [...(map.get(id) ?? [])]);

/**
 * The elements tied to `id` by who works on what: for a factor or goal, the initiatives and actors that address it
 * and the actors of those initiatives; for an actor, its initiatives and what they and it address; for an
 * initiative, its actors and what it addresses.
 */
function worksOnWeb(index: RelatedIndex, id: string): string[] {
  const kind = index.byId.get(id)?.kind;
  if (kind === 'factor' || kind === 'goal') {
    const addressing = [...(index.addressedBy.get(id) ?? [])];
    return [
      ...addressing,
      ...each(
        index.members,
        addressing.filter((a) => index.byId.get(a)?.kind === 'initiative'),
      ),
    ];
  }
  if (kind === 'actor') {
    const initiatives = [...(index.members.get(id) ?? [])];
    return [...initiatives, ...each(index.addresses, [id, ...initiatives])];
  }
  if (kind === 'initiative') return [...(index.members.get(id) ?? []), ...(index.addresses.get(id) ?? [])];
  return [];
}

/**
 * Where `id` is drawn and which ids drawn in each view relate to it (sorted, without `id`).
 *
 * Drawn means: iceberg, an element with a `layer`; horizons, one with a `horizon`; network, an actor (and an
 * initiative when `networkMode` is `two-mode`); loops, a node of the causal graph. Related means, per view:
 * iceberg, the `explains` neighbours and the works-on web (see below); horizons and network, the works-on web; loops,
 * the causal neighbours and the works-on web, plus the codes of the loops involved. The works-on web follows
 * `addresses` (schema 1.1) and the actors' `participates`, `leads` and `funds`: a factor → the initiatives and
 * actors that address it and those initiatives' actors; an actor → its initiatives and the factors they (or it)
 * address; an initiative → its actors and the factors it addresses. An unknown id appears nowhere and relates to
 * nothing. Pure and deterministic; the index behind it is built once per model.
 */
export function relatedAcross(
  model: NormalizedDocument,
  id: string,
  options: RelatedAcrossOptions = {},
): Record<InsightView, CrossViewRelation> {
  const index = indexOf(model);
  const networkKinds = options.networkMode === 'two-mode' ? ['actor', 'initiative'] : ['actor'];
  const drawn: Record<InsightView, (other: string) => boolean> = {
    iceberg: (other) => index.byId.get(other)?.layer !== undefined,
    horizons: (other) => index.byId.get(other)?.horizon !== undefined,
    network: (other) => networkKinds.includes(index.byId.get(other)?.kind ?? ''),
    loops: (other) => index.inLoops.has(other),
  };
  const web = index.byId.has(id) ? worksOnWeb(index, id) : [];
  const candidates: Record<InsightView, string[]> = {
    iceberg: [...(index.explains.get(id) ?? []), ...web],
    horizons: web,
    network: web,
    loops: [...(index.causal.get(id) ?? []), ...web],
  };
  const entry = (view: InsightView): CrossViewRelation => ({
    view,
    appears: index.byId.has(id) && drawn[view](id),
    related: [...new Set(candidates[view])].filter((other) => other !== id && drawn[view](other)).sort(),
  });
  const loops = entry('loops');
  const through = loops.appears ? [id] : loops.related;
  const codes = [...new Set(through.flatMap((factor) => index.loopsOf.get(factor) ?? []))];
  codes.sort((a, b) => index.loopOrder.get(a)! - index.loopOrder.get(b)!);
  return { iceberg: entry('iceberg'), horizons: entry('horizons'), network: entry('network'), loops: { ...loops, loops: codes } };
}
