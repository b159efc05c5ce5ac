// The one place Floke touches its JSON Patch library (fast-json-patch: RFC 6902, ES module, no dependencies).
// Public types are Floke's own (`JsonPatch`), so the library stays an implementation detail.
import { applyOperation, deepClone, getValueByPointer, type Operation } from 'fast-json-patch/index.mjs';
import { parsePointer } from '../document/json-pointer.js';
import type { JsonPatch, JsonPatchOperation } from './edit-types.js';

export interface PatchApplied<T> {
  /** The patched copy; the input is not touched. */
  readonly document: T;
  /** The operations that take `document` back to the input. */
  readonly inverse: JsonPatch;
}

/**
 * Applies `patch` to a copy of `document` and works out the inverse patch as it goes (each operation's inverse is
 * read from the state just before it). Throws the library's error when an operation does not apply (a path that
 * does not exist, a failed `test`); the input is unchanged either way.
 */
export function applyJsonPatch<T>(document: T, patch: JsonPatch): PatchApplied<T> {
  let working = deepClone(document) as T;
  const inverse: JsonPatchOperation[] = [];
  patch.forEach((given, index) => {
    for (const operation of asAddRemoveReplace(working, given)) {
      inverse.push(...inverseOf(working, operation));
      // The value is copied so the new document never shares an object with the patch (or the caller's edit).
      const copy = deepClone(operation) as Operation;
      working = applyOperation(working, copy, true, true, true, index).newDocument;
    }
  });
  return { document: working, inverse: inverse.reverse() };
}

/** `move` and `copy` as the `remove` and `add` RFC 6902 defines them by, so one inverse rule covers every patch. */
function asAddRemoveReplace(document: unknown, operation: JsonPatchOperation): JsonPatchOperation[] {
  if (operation.op !== 'move' && operation.op !== 'copy') return [operation];
  const value: unknown = getValueByPointer(document, operation.from);
  const add: JsonPatchOperation = { op: 'add', path: operation.path, value };
  return operation.op === 'copy' ? [add] : [{ op: 'remove', path: operation.from }, add];
}

/** The operations that undo `operation` on `document` (read before it is applied). */
function inverseOf(document: unknown, operation: JsonPatchOperation): JsonPatchOperation[] {
  const { path } = operation;
  switch (operation.op) {
    case 'remove':
      return [{ op: 'add', path, value: deepClone(getValueByPointer(document, path)) }];
    case 'replace':
      return [{ op: 'replace', path, value: deepClone(getValueByPointer(document, path)) }];
    case 'add':
      return [undoAdd(document, path)];
    default:
      return []; // a `test` changes nothing
  }
}

/** An `add` into an array inserts (undone by a remove); onto an existing object key it replaces. */
function undoAdd(document: unknown, path: string): JsonPatchOperation {
  const { parent, key } = parentOf(document, path);
  if (Array.isArray(parent)) return { op: 'remove', path: concreteIndex(document, path) };
  if (parent !== null && typeof parent === 'object' && Object.hasOwn(parent, key)) {
    return { op: 'replace', path, value: deepClone((parent as Record<string, unknown>)[key]) };
  }
  return { op: 'remove', path };
}

/** `path` with a final `-` (the end of an array) turned into the index the new item gets. */
function concreteIndex(document: unknown, path: string): string {
  const { parent, key } = parentOf(document, path);
  if (key !== '-' || !Array.isArray(parent)) return path;
  return `${path.slice(0, -1)}${parent.length}`;
}

function parentOf(document: unknown, path: string): { parent: unknown; key: string } {
  const tokens = parsePointer(path);
  const key = tokens.at(-1) ?? '';
  const parentPath = path.slice(0, path.lastIndexOf('/'));
  return { parent: parentPath === '' ? document : getValueByPointer(document, parentPath), key };
}
