/**
 * A deep copy of JSON data (what documents are made of), so normalized output never shares mutable state with the
 * input. Iterative, so no nesting depth overflows the stack; keys are defined as own data properties, so a
 * `"__proto__"` key stays a key and never becomes the copy's prototype.
 */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const root = emptyLike(value);
  const stack: [source: object, target: Record<string, unknown> | unknown[]][] = [[value, root]];
  while (stack.length) {
    const [source, target] = stack.pop()!;
    const entries = Array.isArray(source) ? source.map((item, index) => [index, item] as const) : Object.entries(source);
    for (const [key, item] of entries) {
      let copy: unknown = item;
      if (item !== null && typeof item === 'object') {
        copy = emptyLike(item);
        stack.push([item, copy as Record<string, unknown> | unknown[]]);
      }
      setOwn(target, key, copy);
    }
  }
  return root as T;
}

function emptyLike(value: object): Record<string, unknown> | unknown[] {
  return Array.isArray(value) ? new Array<unknown>(value.length) : {};
}

/** Sets an own, enumerable data property (plain assignment of `__proto__` would set the prototype instead). */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
