// Workshop edits: one change at a time, each a new document with its RFC 6902 patch and inverse, undoable.
export { applyEdit } from './apply-edit.js';
export { EditHistory, type HistoryStep, type HistoryMove } from './edit-history.js';
export { applyJsonPatch, type PatchApplied } from './json-patch.js';
export { elementIndex, relationIndex } from './plan-edit.js';
export {
  EDITABLE_ELEMENT_FIELDS,
  EDITABLE_RELATION_FIELDS,
  type Edit,
  type EditType,
  type EditResult,
  type ElementChanges,
  type RelationChanges,
  type EditableElementField,
  type EditableRelationField,
  type RelationRef,
  type NoteTarget,
  type FlokeNoteData,
  type JsonPatch,
  type JsonPatchOperation,
} from './edit-types.js';
