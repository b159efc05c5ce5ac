// Turns an edit into the JSON Patch that makes it, against the document as it stands. Pure: reads, never writes.
import { makeProblem } from '../document/i18n/problem-messages.js';
import { pointerOf } from '../document/json-pointer.js';
import type { Problem } from '../document/problems.js';
import type { FlokeDocument } from '../document/schema-types.js';
import {
  EDITABLE_ELEMENT_FIELDS,
  EDITABLE_RELATION_FIELDS,
  type Edit,
  type JsonPatchOperation,
  type NoteTarget,
  type RelationRef,
} from './edit-types.js';

export type Plan = { readonly ok: true; readonly patch: JsonPatchOperation[] } | { readonly ok: false; readonly problems: Problem[] };

type Json = Record<string, unknown>;
const listAt = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Index of the element with `id`, or -1. */
export function elementIndex(document: FlokeDocument, id: string): number {
  return listAt(document.elements).findIndex((element) => isObject(element) && element.id === id);
}

/** Index of the first relation with the ends and type of `ref`, or -1. */
export function relationIndex(document: FlokeDocument, ref: RelationRef): number {
  return listAt(document.relations).findIndex(
    (relation) => isObject(relation) && relation.from === ref.from && relation.to === ref.to && relation.type === ref.type,
  );
}

const refused = (problem: Problem): Plan => ({ ok: false, problems: [problem] });
const missingElement = (id: string): Plan => refused(makeProblem('edit-target-missing', '/elements', { id }));
const missingRelation = (ref: RelationRef): Plan =>
  refused(makeProblem('edit-target-missing', '/relations', { id: `${ref.from} → ${ref.to} (${ref.type})` }));

/** The patch of `edit` on `document`, or why there is none. */
export function planEdit(document: FlokeDocument, edit: Edit): Plan {
  switch (edit.type) {
    case 'add-element':
      return { ok: true, patch: [appendTo(['elements'], document.elements, edit.element)] };
    case 'update-element': {
      const index = elementIndex(document, edit.id);
      if (index < 0) return missingElement(edit.id);
      return changeFields(document.elements[index], ['elements', index], edit.changes, EDITABLE_ELEMENT_FIELDS);
    }
    case 'remove-element': {
      const index = elementIndex(document, edit.id);
      return index < 0 ? missingElement(edit.id) : { ok: true, patch: removeElement(document, index, edit.id) };
    }
    case 'add-relation': {
      const { from, to, type } = edit.relation;
      if (relationIndex(document, { from, to, type }) >= 0) {
        return refused(
          makeProblem('edit-relation-exists', pointerOf('relations', relationIndex(document, { from, to, type })), { from, to, type }),
        );
      }
      return { ok: true, patch: [appendTo(['relations'], document.relations, edit.relation)] };
    }
    case 'update-relation': {
      const index = relationIndex(document, edit.relation);
      if (index < 0) return missingRelation(edit.relation);
      const retyped = edit.changes.type;
      if (retyped && retyped !== edit.relation.type && relationIndex(document, { ...edit.relation, type: retyped }) >= 0) {
        return refused(makeProblem('edit-relation-exists', pointerOf('relations', index), { ...edit.relation, type: retyped }));
      }
      return changeFields(listAt(document.relations)[index], ['relations', index], edit.changes, EDITABLE_RELATION_FIELDS);
    }
    case 'remove-relation': {
      const index = relationIndex(document, edit.relation);
      return index < 0 ? missingRelation(edit.relation) : { ok: true, patch: [{ op: 'remove', path: pointerOf('relations', index) }] };
    }
    case 'add-note':
      return addNote(document, edit.target, edit.note);
  }
}

/** Appends `value` to the array at `tokens`, creating the array when the document has none yet. */
function appendTo(tokens: (string | number)[], list: unknown, value: unknown): JsonPatchOperation {
  return Array.isArray(list)
    ? { op: 'add', path: pointerOf(...tokens, list.length), value }
    : { op: 'add', path: pointerOf(...tokens), value: [value] };
}

/** Sets, replaces or (for `null`) removes each changed field; a field outside `allowed` refuses the edit. */
function changeFields(target: unknown, tokens: (string | number)[], changes: object, allowed: readonly string[]): Plan {
  const item = isObject(target) ? target : {};
  const patch: JsonPatchOperation[] = [];
  for (const [field, value] of Object.entries(changes)) {
    const path = pointerOf(...tokens, field);
    if (!allowed.includes(field)) return refused(makeProblem('edit-field-not-editable', path, { property: field }));
    const present = Object.hasOwn(item, field);
    if (value === null || value === undefined) {
      if (present) patch.push({ op: 'remove', path });
    } else {
      patch.push({ op: present ? 'replace' : 'add', path, value });
    }
  }
  return { ok: true, patch };
}

/**
 * Removes the element, every relation that touches it, and every named loop it is a member of (a loop without one of
 * its members is no longer that loop). Highest index first, so each remove leaves the earlier indices in place.
 */
function removeElement(document: FlokeDocument, index: number, id: string): JsonPatchOperation[] {
  const touching = (relation: unknown) => isObject(relation) && (relation.from === id || relation.to === id);
  const named = document.views?.loops?.named;
  const inLoop = (loop: unknown) => isObject(loop) && listAt(loop.members).includes(id);
  return [
    ...removeWhere(listAt(named), inLoop, ['views', 'loops', 'named']),
    ...removeWhere(listAt(document.relations), touching, ['relations']),
    { op: 'remove', path: pointerOf('elements', index) },
  ];
}

function removeWhere(list: readonly unknown[], matches: (item: unknown) => boolean, tokens: string[]): JsonPatchOperation[] {
  const patch: JsonPatchOperation[] = [];
  for (let i = list.length - 1; i >= 0; i--) if (matches(list[i])) patch.push({ op: 'remove', path: pointerOf(...tokens, i) });
  return patch;
}

function addNote(document: FlokeDocument, target: NoteTarget, note: unknown): Plan {
  if ('element' in target) {
    const index = elementIndex(document, target.element);
    if (index < 0) return missingElement(target.element);
    return { ok: true, patch: [appendTo(['elements', index, 'notes'], document.elements[index]!.notes, note)] };
  }
  const index = relationIndex(document, target.relation);
  if (index < 0) return missingRelation(target.relation);
  const relation = listAt(document.relations)[index] as Json;
  return { ok: true, patch: [appendTo(['relations', index, 'notes'], relation.notes, note)] };
}
