import { pointerOf, valueAtPointer } from '../document/json-pointer.js';

type JsonObject = Readonly<Record<string, unknown>>;

/** Sorts object keys while stringifying, so `{a, b}` and `{b, a}` compare equal (JSON.stringify walks; we do not recurse). */
const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value as JsonObject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** One canonical text per JSON value: equal texts, equal values. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys) ?? 'undefined';
}

/**
 * The item as the author wrote it, by its pointer (`/elements/12`), or an empty object when it is not an object. Top-level
 * items are read by index (the diff reads thousands); anything else through the pointer.
 */
export function inputItem(source: unknown, pointer: string): JsonObject {
  const match = /^\/(elements|relations|indicators|sources)\/(\d+)$/.exec(pointer);
  const item = match
    ? ((source as Record<string, unknown[] | undefined> | null)?.[match[1]!] as unknown[] | undefined)?.[Number(match[2])]
    : valueAtPointer(source, pointer);
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as JsonObject) : {};
}

/**
 * The fields of two versions of one item (as written in each input) that differ, by field name. `skip` names fields
 * that identify the item rather than describe it (its id), so are not told as changes.
 */
export function fieldChanges(
  before: JsonObject,
  after: JsonObject,
  pointerBefore: string,
  pointerAfter: string,
  skip: readonly string[] = [],
): { field: string; before?: unknown; after?: unknown; pointerBefore: string; pointerAfter: string }[] {
  // Most items did not change: the same object (a later version built by copying the earlier) or one native stringify
  // each says so without the per-field canonical walk.
  if (before === after || JSON.stringify(before) === JSON.stringify(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !skip.includes(f)).sort();
  const changes = [];
  for (const field of fields) {
    const had = Object.prototype.hasOwnProperty.call(before, field);
    const has = Object.prototype.hasOwnProperty.call(after, field);
    if (had && has && canonicalJson(before[field]) === canonicalJson(after[field])) continue;
    changes.push({
      field,
      ...(had ? { before: before[field] } : {}),
      ...(has ? { after: after[field] } : {}),
      pointerBefore: pointerBefore + pointerOf(field),
      pointerAfter: pointerAfter + pointerOf(field),
    });
  }
  return changes;
}

/** Sorts by a string key, code-unit order (the same in every locale). */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
