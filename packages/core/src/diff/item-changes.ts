import type { NormalizedDocument, NormalizedElement, NormalizedRelation } from '../document/normalized-types.js';
import {
  PLACEMENT_FIELDS,
  type ElementChange,
  type ElementRef,
  type PlacementMove,
  type PolarityFlip,
  type RelationChange,
  type RelationRef,
} from './diff-types.js';
import { byKey, fieldChanges, inputItem } from './field-changes.js';

const elementRef = (e: NormalizedElement): ElementRef => ({ id: e.id, kind: e.kind, label: e.label, pointer: e.pointer });

const relationRef = (r: NormalizedRelation): RelationRef => ({
  id: r.id,
  from: r.from,
  to: r.to,
  type: r.type,
  ...(r.polarity ? { polarity: r.polarity } : {}),
  pointer: r.pointer,
});

/** Elements added, removed and changed (field by field), matched by id; with the placement moves among the changes. */
export function elementChanges(
  before: NormalizedDocument,
  after: NormalizedDocument,
): { added: ElementRef[]; removed: ElementRef[]; changed: ElementChange[]; moves: PlacementMove[] } {
  const earlier = new Map(before.elements.map((e) => [e.id, e]));
  const later = new Map(after.elements.map((e) => [e.id, e]));
  const byId = byKey<{ id: string }>((item) => item.id);
  const added = after.elements
    .filter((e) => !earlier.has(e.id))
    .map(elementRef)
    .sort(byId);
  const removed = before.elements
    .filter((e) => !later.has(e.id))
    .map(elementRef)
    .sort(byId);
  const changed: ElementChange[] = [];
  const moves: PlacementMove[] = [];
  for (const b of [...later.values()].sort(byId)) {
    const a = earlier.get(b.id);
    if (!a) continue;
    const fields = fieldChanges(inputItem(before.source, a.pointer), inputItem(after.source, b.pointer), a.pointer, b.pointer, ['id']);
    if (fields.length === 0) continue;
    changed.push({ id: b.id, kind: b.kind, label: b.label, pointerBefore: a.pointer, pointerAfter: b.pointer, fields });
    for (const field of PLACEMENT_FIELDS)
      if (a[field] !== b[field])
        moves.push({ id: b.id, field, ...(a[field] ? { before: a[field] } : {}), ...(b[field] ? { after: b[field] } : {}) });
  }
  return { added, removed, changed, moves };
}

/** Each version's relations grouped for matching, kept with the version: a second diff against it skips the stringify. */
type RelationEntry = { readonly relation: NormalizedRelation; readonly content: string };
const relationGroups = new WeakMap<NormalizedDocument, ReadonlyMap<string, readonly RelationEntry[]>>();

/**
 * Which relation of the earlier version is which of the later one. An author's id matches the same id. Relations
 * without one have derived ids (`from->to:type`, `#2` … when repeated) that depend on input order, so those are grouped
 * by their ends and type and paired within the group: identical ones first, then the rest in content order.
 */
function matchRelations(before: NormalizedDocument, after: NormalizedDocument) {
  const authored = (model: NormalizedDocument, r: NormalizedRelation) => typeof inputItem(model.source, r.pointer).id === 'string';
  const groupKey = (model: NormalizedDocument, r: NormalizedRelation) =>
    authored(model, r) ? `id:${r.id}` : `derived:${r.from}\u0000${r.to}\u0000${r.type}`;
  // Native stringify: key order only decides which of several identical-ended relations pair first, never whether they differ.
  const content = (model: NormalizedDocument, r: NormalizedRelation) => JSON.stringify(inputItem(model.source, r.pointer));
  const groups = (model: NormalizedDocument) => {
    const known = relationGroups.get(model);
    if (known) return known;
    const map = new Map<string, RelationEntry[]>();
    for (const r of model.relations) {
      const key = groupKey(model, r);
      const list = map.get(key) ?? [];
      list.push({ relation: r, content: content(model, r) });
      map.set(key, list);
    }
    for (const list of map.values()) list.sort(byKey((entry) => entry.content));
    relationGroups.set(model, map);
    return map;
  };
  const earlier = groups(before);
  const later = groups(after);
  // The third entry says the two are written alike (same content text): no field changed, nothing to compare again.
  const pairs: [NormalizedRelation, NormalizedRelation, boolean][] = [];
  const removed: NormalizedRelation[] = [];
  const added: NormalizedRelation[] = [];
  for (const [key, olds] of earlier) {
    const news = [...(later.get(key) ?? [])];
    const rest: RelationEntry[] = [];
    for (const old of olds) {
      const same = news.findIndex((entry) => entry.content === old.content);
      if (same >= 0) pairs.push([old.relation, news.splice(same, 1)[0]!.relation, true]);
      else rest.push(old);
    }
    rest.forEach((old, i) => (news[i] ? pairs.push([old.relation, news[i]!.relation, false]) : removed.push(old.relation)));
    for (const entry of news.slice(rest.length)) added.push(entry.relation);
  }
  for (const [key, news] of later) if (!earlier.has(key)) added.push(...news.map((entry) => entry.relation));
  return { pairs, removed, added };
}

/** A stable order for relations: ends, type, then id. */
const relationOrder = byKey<{ from: string; to: string; type?: string; id: string }>(
  (r) => `${r.from}\u0000${r.to}\u0000${r.type ?? ''}\u0000${r.id}`,
);

/** Relations added, removed and changed (field by field), and the causal links among them whose sign turned. */
export function relationChanges(
  before: NormalizedDocument,
  after: NormalizedDocument,
): { added: RelationRef[]; removed: RelationRef[]; changed: RelationChange[]; polarityFlips: PolarityFlip[] } {
  const { pairs, removed, added } = matchRelations(before, after);
  const changed: RelationChange[] = [];
  const polarityFlips: PolarityFlip[] = [];
  for (const [a, b, alike] of pairs) {
    if (alike) continue;
    const fields = fieldChanges(inputItem(before.source, a.pointer), inputItem(after.source, b.pointer), a.pointer, b.pointer, ['id']);
    if (fields.length === 0) continue;
    const ends = { from: b.from, to: b.to, type: b.type };
    changed.push({ id: b.id, idBefore: a.id, ...ends, pointerBefore: a.pointer, pointerAfter: b.pointer, fields });
    if (a.type === 'causes' && b.type === 'causes' && a.polarity && b.polarity && a.polarity !== b.polarity)
      polarityFlips.push({
        id: b.id,
        from: b.from,
        to: b.to,
        before: a.polarity,
        after: b.polarity,
        pointerBefore: a.pointer,
        pointerAfter: b.pointer,
      });
  }
  return {
    added: added.map(relationRef).sort(relationOrder),
    removed: removed.map(relationRef).sort(relationOrder),
    changed: changed.sort(relationOrder),
    polarityFlips: polarityFlips.sort(relationOrder),
  };
}
