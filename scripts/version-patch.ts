// A readable RFC 6902 patch from one version of a document to another, for `versions` (schema 1.3): lists of items
// with ids lose the items the other version does not have (each removal guarded by a `test` of the item's id, so the
// patch fails loudly, not wrongly, if the document it applies to has changed), then the kept items change field by
// field. Anything else that differs is replaced whole.
type Json = Record<string, any>;
type Operation = { op: 'add' | 'remove' | 'replace' | 'test'; path: string; value?: unknown };

const token = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Same JSON value, regardless of key order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

/** An item's identity in a list: its id, or a relation's ends and type. */
const keyOf = (item: unknown): string | undefined =>
  isObject(item)
    ? typeof item.id === 'string'
      ? item.id
      : item.from !== undefined
        ? `${item.from}>${item.to}:${item.type}`
        : undefined
    : undefined;

/** Whether `later` keeps some of `earlier`'s items, in their order, and adds none: then removals and edits say it. */
function keptInOrder(earlier: unknown[], later: unknown[]): number[] | undefined {
  const kept: number[] = [];
  let i = 0;
  for (const item of later) {
    const key = keyOf(item);
    if (key === undefined) return undefined;
    while (i < earlier.length && keyOf(earlier[i]) !== key) i++;
    if (i === earlier.length) return undefined;
    kept.push(i++);
  }
  return kept;
}

export function versionPatch(from: unknown, to: unknown, path = ''): Operation[] {
  if (same(from, to)) return [];
  if (isObject(from) && isObject(to)) {
    const ops: Operation[] = [];
    for (const key of Object.keys(from)) if (!(key in to)) ops.push({ op: 'remove', path: `${path}/${token(key)}` });
    for (const key of Object.keys(to)) {
      const at = `${path}/${token(key)}`;
      if (!(key in from)) ops.push({ op: 'add', path: at, value: to[key] });
      else ops.push(...versionPatch(from[key], to[key], at));
    }
    return ops;
  }
  const kept = Array.isArray(from) && Array.isArray(to) && from.some(isObject) ? keptInOrder(from, to) : undefined;
  if (!kept || !Array.isArray(from) || !Array.isArray(to)) return [{ op: 'replace', path, value: to }];
  const ops: Operation[] = [];
  const keptSet = new Set(kept);
  for (let i = from.length - 1; i >= 0; i--) {
    if (keptSet.has(i)) continue;
    const id = (from[i] as Json).id;
    if (typeof id === 'string') ops.push({ op: 'test', path: `${path}/${i}/id`, value: id });
    ops.push({ op: 'remove', path: `${path}/${i}` });
  }
  kept.forEach((i, j) => ops.push(...versionPatch(from[i], to[j], `${path}/${j}`)));
  return ops;
}
