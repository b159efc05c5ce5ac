import { makeProblem } from './i18n/problem-messages.js';
import { pointerOf } from './json-pointer.js';
import { DOCUMENT_LIMITS } from './limits.js';
import type { Problem } from './problems.js';
import { setOwn } from './clone-json.js';

export interface DepthGuardResult {
  /** The document itself when no value is too deep; else a copy with each too-deep value replaced by `null`. */
  readonly document: unknown;
  /** One `too-deep` problem per place where the copy was cut. */
  readonly problems: readonly Problem[];
}

/**
 * Walks the document without recursion and cuts every value nested deeper than `maxDepth`, reporting `too-deep` at
 * the pointer where it stopped. Everything after this (validation, normalisation, Workers' structured clone) may
 * then recurse on the data safely.
 */
export function guardDepth(document: unknown, maxDepth: number = DOCUMENT_LIMITS.depth): DepthGuardResult {
  if (!tooDeep(document, maxDepth)) return { document, problems: [] };
  const problems: Problem[] = [];
  const root = Array.isArray(document) ? [] : {};
  const stack: [object, object, string[]][] = [[document as object, root, []]];
  while (stack.length) {
    const [source, target, path] = stack.pop()!;
    const entries = Array.isArray(source) ? source.map((item, index) => [String(index), item] as const) : Object.entries(source);
    for (const [key, item] of entries) {
      const at = [...path, key];
      if (item === null || typeof item !== 'object') {
        setOwn(target, key, item);
      } else if (at.length >= maxDepth) {
        problems.push(makeProblem('too-deep', pointerOf(...at), { limit: maxDepth }));
        setOwn(target, key, null);
      } else {
        const copy = Array.isArray(item) ? [] : {};
        setOwn(target, key, copy);
        stack.push([item, copy, at]);
      }
    }
  }
  return { document: root, problems };
}

/** True when some array or object lies `maxDepth` or more levels below the root. */
function tooDeep(document: unknown, maxDepth: number): boolean {
  if (document === null || typeof document !== 'object') return false;
  const stack: [object, number][] = [[document, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (item === null || typeof item !== 'object') continue;
      if (depth + 1 >= maxDepth) return true;
      stack.push([item, depth + 1]);
    }
  }
  return false;
}
