// RFC 6902 JSON Patch for versions, on JSON data. The workshop's edits use fast-json-patch (`@floke/core/edit`), but
// `validate` (main entry, every page) must apply a version's patch to say whether it applies, and these few lines keep
// that library out of the main entry. Copy on write: only the objects and arrays on a patched path are copied, so a
// version shares everything it does not change with the document (cheap to make; and the diff sees unchanged items as
// the same objects).
import { cloneJson, setOwn } from '../clone-json.js';
import { parsePointer } from '../json-pointer.js';

/** Why an operation did not apply. */
export type PatchFailure = 'path-missing' | 'test-failed' | 'value-missing' | 'from-missing' | 'bad-operation';

export type PatchResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly index: number; readonly reason: PatchFailure };

type Json = Record<string, unknown>;
const isContainer = (value: unknown): value is Json | unknown[] => value !== null && typeof value === 'object';
const own = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** Array index token: `0`, or digits without a leading zero; `-` (the end) only where `end` allows it. */
function arrayIndex(list: unknown[], token: string, end: boolean): number | undefined {
  if (token === '-') return end ? list.length : undefined;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
  const index = Number(token);
  return index < list.length + (end ? 1 : 0) ? index : undefined;
}

/** A working copy: the root, and the containers already copied (the only ones it may change). */
interface Working {
  value: unknown;
  readonly copied: Set<object>;
}

function copyOf(working: Working, value: Json | unknown[]): Json | unknown[] {
  if (working.copied.has(value)) return value;
  // Spread keeps an own "__proto__" key an own key (it defines properties, it does not assign them).
  const copy: Json | unknown[] = Array.isArray(value) ? value.slice() : { ...value };
  working.copied.add(copy);
  return copy;
}

/**
 * The container a pointer's last token lives in, copied (with every container above it) so it may be changed;
 * undefined when the path to it does not exist.
 */
function parentOf(working: Working, tokens: readonly string[]): Json | unknown[] | undefined {
  if (!isContainer(working.value)) return undefined;
  let current = (working.value = copyOf(working, working.value));
  for (const token of tokens.slice(0, -1)) {
    let key: string | number = token;
    if (Array.isArray(current)) {
      const index = arrayIndex(current, token, false);
      if (index === undefined) return undefined;
      key = index;
    } else if (!own(current, token)) return undefined;
    const next = (current as Json)[key];
    if (!isContainer(next)) return undefined;
    const copy = copyOf(working, next);
    setOwn(current, key, copy);
    current = copy;
  }
  return current;
}

/** The value at a pointer, read without copying. */
function valueAt(root: unknown, tokens: readonly string[]): { found: boolean; value?: unknown } {
  let current = root;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      const index = arrayIndex(current, token, false);
      if (index === undefined) return { found: false };
      current = current[index];
    } else if (isContainer(current) && own(current, token)) current = (current as Json)[token];
    else return { found: false };
  }
  return { found: true, value: current };
}

/** Equal as JSON values (objects regardless of key order), as `test` compares. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => own(b, key) && jsonEqual((a as Json)[key], (b as Json)[key]));
}

/** Puts `value` at `tokens` (`add`): inserts into an array, sets an object key; false when the parent is missing. */
function add(root: Working, tokens: readonly string[], value: unknown, replace = false): boolean {
  if (tokens.length === 0) return ((root.value = value), true);
  const parent = parentOf(root, tokens);
  const key = tokens.at(-1)!;
  if (Array.isArray(parent)) {
    const index = arrayIndex(parent, key, !replace);
    if (index === undefined) return false;
    parent.splice(index, replace ? 1 : 0, value);
    return true;
  }
  if (!parent) return false;
  setOwn(parent, key, value);
  return true;
}

function remove(root: Working, tokens: readonly string[]): boolean {
  const parent = tokens.length === 0 ? undefined : parentOf(root, tokens);
  const key = tokens.at(-1)!;
  if (Array.isArray(parent)) {
    const index = arrayIndex(parent, key, false);
    if (index === undefined) return false;
    parent.splice(index, 1);
    return true;
  }
  if (!parent || !own(parent, key)) return false;
  delete (parent as Json)[key];
  return true;
}

/**
 * Applies `patch` to a copy of `document` (the input is never changed; the copy shares what the patch leaves alone).
 * Stops at the first operation that does not apply and says which and why; the copy is then dropped, as RFC 6902 asks
 * (a patch applies whole or not at all).
 */
export function applyPatch(document: unknown, patch: readonly unknown[]): PatchResult {
  const root: Working = { value: document, copied: new Set() };
  for (let index = 0; index < patch.length; index++) {
    const operation = patch[index];
    const failure = applyOne(root, operation);
    if (failure) return { ok: false, index, reason: failure };
  }
  return { ok: true, value: root.value };
}

function applyOne(root: Working, operation: unknown): PatchFailure | undefined {
  if (!isContainer(operation) || Array.isArray(operation) || typeof operation.path !== 'string') return 'bad-operation';
  let tokens: string[];
  let from: string[] | undefined;
  try {
    tokens = parsePointer(operation.path);
    if (typeof operation.from === 'string') from = parsePointer(operation.from);
  } catch {
    return 'bad-operation';
  }
  const needsValue = operation.op === 'add' || operation.op === 'replace' || operation.op === 'test';
  if (needsValue && !own(operation, 'value')) return 'value-missing';
  // The value is copied, so the version never shares an object with the patch.
  const value = needsValue ? cloneJson(operation.value) : undefined;
  switch (operation.op) {
    case 'add':
      return add(root, tokens, value) ? undefined : 'path-missing';
    case 'remove':
      return remove(root, tokens) ? undefined : 'path-missing';
    case 'replace':
      // In place: an object keeps its key order, an array its length.
      if (!valueAt(root.value, tokens).found) return 'path-missing';
      return add(root, tokens, value, true) ? undefined : 'path-missing';
    case 'test': {
      const found = valueAt(root.value, tokens);
      if (!found.found) return 'path-missing';
      return jsonEqual(found.value, value) ? undefined : 'test-failed';
    }
    case 'move':
    case 'copy': {
      if (!from) return 'from-missing';
      const source = valueAt(root.value, from);
      if (!source.found) return 'from-missing';
      // A value cannot move into itself.
      if (operation.op === 'move' && tokens.length > from.length && from.every((token, i) => tokens[i] === token)) return 'bad-operation';
      if (operation.op === 'move') remove(root, from);
      return add(root, tokens, cloneJson(source.value)) ? undefined : 'path-missing';
    }
    default:
      return 'bad-operation';
  }
}
