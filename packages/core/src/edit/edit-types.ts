import type { FlokeDocument, FlokeElementData, FlokeRelationData } from '../document/schema-types.js';
import type { Problem } from '../document/problems.js';

/** One RFC 6902 operation. Floke's edits produce only `add`, `remove` and `replace`, and can read the others. */
export type JsonPatchOperation =
  | { readonly op: 'add' | 'replace' | 'test'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'move' | 'copy'; readonly path: string; readonly from: string };

/** An RFC 6902 JSON Patch: operations applied in order. */
export type JsonPatch = readonly JsonPatchOperation[];

/** A dated dialogue note, e.g. "said in the workshop on 2026-03-04". */
export type FlokeNoteData = NonNullable<FlokeElementData['notes']>[number];

/** The element fields a workshop edits. `null` in an update removes the field. */
export const EDITABLE_ELEMENT_FIELDS = [
  'label',
  'kind',
  'layer',
  'horizon',
  'date',
  'period',
  'level',
  'sector',
  'horizonShift',
  'position',
] as const;
export type EditableElementField = (typeof EDITABLE_ELEMENT_FIELDS)[number];
export type ElementChanges = { readonly [K in EditableElementField]?: FlokeElementData[K] | null };

/** The relation fields a workshop edits. `null` in an update removes the field. */
export const EDITABLE_RELATION_FIELDS = ['type', 'polarity', 'delay', 'evidence', 'sources'] as const;
export type EditableRelationField = (typeof EDITABLE_RELATION_FIELDS)[number];
export type RelationChanges = { readonly [K in EditableRelationField]?: FlokeRelationData[K] | null };

/**
 * Which relation an edit means: its two ends and its type. Floke's edits keep that triple unique (adding a second
 * relation with the same triple is refused), so it names one relation; in a document that already repeats a
 * triple it names the first.
 */
export interface RelationRef {
  readonly from: string;
  readonly to: string;
  readonly type: FlokeRelationData['type'];
}

/** A note's target: an element by id, or a relation. */
export type NoteTarget = { readonly element: string } | { readonly relation: RelationRef };

/** One change to a document, as a workshop makes it. Every edit is undoable through the patch it produces. */
export type Edit =
  | { readonly type: 'add-element'; readonly element: FlokeElementData }
  | { readonly type: 'update-element'; readonly id: string; readonly changes: ElementChanges }
  /** Also removes every relation that touches the element and every named loop it is a member of. */
  | { readonly type: 'remove-element'; readonly id: string }
  | { readonly type: 'add-relation'; readonly relation: FlokeRelationData }
  | { readonly type: 'update-relation'; readonly relation: RelationRef; readonly changes: RelationChanges }
  | { readonly type: 'remove-relation'; readonly relation: RelationRef }
  | { readonly type: 'add-note'; readonly target: NoteTarget; readonly note: FlokeNoteData };

export type EditType = Edit['type'];

/** What `applyEdit` gives back. */
export type EditResult =
  | {
      readonly ok: true;
      /** The new document; the input is left as it was. */
      readonly document: FlokeDocument;
      /** The change from the old document to the new one. */
      readonly patch: JsonPatch;
      /** The change back from the new document to the old one. */
      readonly inverse: JsonPatch;
    }
  /** The edit was refused and nothing changed; each problem says why, with a pointer and a message in nb, nn, en. */
  | { readonly ok: false; readonly problems: readonly Problem[] };
