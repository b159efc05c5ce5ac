import { makeProblem } from './i18n/problem-messages.js';
import { pointerOf } from './json-pointer.js';
import { DOCUMENT_LIMITS } from './limits.js';
import type { Problem } from './problems.js';

/**
 * A label no longer than `DOCUMENT_LIMITS.labelLength` characters: a longer one is cut (without splitting a surrogate
 * pair) and ends in "…". Drawings wrap labels; a 20,000-character one would fill a page with one chip.
 */
export function cutLabel(label: string, limit: number = DOCUMENT_LIMITS.labelLength): string {
  if (label.length <= limit) return label;
  let cut = label.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

/** A `position` hint inside ±`DOCUMENT_LIMITS.coordinate` (the CLD layout's cost grows with its coordinates). */
export function clampPosition(position: { x: number; y: number }, limit: number = DOCUMENT_LIMITS.coordinate): { x: number; y: number } {
  const clamp = (n: number) => Math.min(limit, Math.max(-limit, n));
  return { x: clamp(position.x), y: clamp(position.y) };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The problems of a document that goes beyond `DOCUMENT_LIMITS` (all warnings: `normalize` cuts, clamps or leaves
 * out what is beyond, and the rest renders): too many elements or relations, labels too long, positions too far.
 */
export function limitProblems(doc: unknown): Problem[] {
  if (!isObject(doc)) return [];
  const problems: Problem[] = [];
  for (const collection of ['elements', 'relations'] as const) {
    const list = doc[collection];
    const limit = DOCUMENT_LIMITS[collection];
    if (Array.isArray(list) && list.length > limit) {
      const code = collection === 'elements' ? 'too-many-elements' : 'too-many-relations';
      problems.push(makeProblem(code, pointerOf(collection, limit), { count: list.length, limit }));
    }
  }
  const elements = Array.isArray(doc.elements) ? doc.elements.slice(0, DOCUMENT_LIMITS.elements) : [];
  elements.forEach((element, index) => {
    if (!isObject(element)) return;
    const labels = typeof element.label === 'string' ? [element.label] : isObject(element.label) ? Object.values(element.label) : [];
    const longest = labels.reduce<number>((most, label) => (typeof label === 'string' ? Math.max(most, label.length) : most), 0);
    if (longest > DOCUMENT_LIMITS.labelLength) {
      problems.push(
        makeProblem('label-too-long', pointerOf('elements', index, 'label'), { length: longest, limit: DOCUMENT_LIMITS.labelLength }),
      );
    }
    const { x, y } = isObject(element.position) ? element.position : {};
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
      const clamped = clampPosition({ x, y });
      if (clamped.x !== x || clamped.y !== y) {
        const params = { x, y, limit: DOCUMENT_LIMITS.coordinate, clampedX: clamped.x, clampedY: clamped.y };
        problems.push(makeProblem('position-clamped', pointerOf('elements', index, 'position'), params));
      }
    }
  });
  return problems;
}
