import { makeProblem } from '../i18n/problem-messages.js';
import { pointerOf } from '../json-pointer.js';
import type { Problem } from '../problems.js';
import { materializeVersion } from './versions.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks `versions` (since 1.3) beyond its shape: dates are unique, each version gives exactly one of `patch` and
 * `document`, its patch applies, and the version it makes is a valid document (`check` validates it; passed in, so
 * this module does not import the validator that imports it). A version's own errors are told once, at the version,
 * with the first of them; its warnings are shown where it is compared. An error the document itself has too (in the
 * same element or relation, or elsewhere of a code `inherited` holds) is the document's, told once where it is: a version patched from a broken
 * document inherits the break, and saying it twice would send the reader to the wrong place.
 */
export function versionProblems(
  document: unknown,
  check: (version: unknown) => readonly Problem[],
  inherited: readonly Problem[] = [],
): Problem[] {
  if (!isObject(document) || !Array.isArray(document.versions)) return [];
  const problems: Problem[] = [];
  const firstDate = new Map<string, string>();
  document.versions.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.date !== 'string') return;
    const at = (...tokens: Array<string | number>) => pointerOf('versions', index, ...tokens);
    const { date } = entry;
    const first = firstDate.get(date);
    if (first) return void problems.push(makeProblem('duplicate-version-date', at('date'), { date, first }));
    firstDate.set(date, at('date'));
    if (Array.isArray(entry.patch) === isObject(entry.document)) return void problems.push(makeProblem('version-content', at(), { date }));
    const version = materializeVersion(document, date);
    if (!version.ok) return void problems.push(...version.problems);
    const errors = ownErrors(
      check(version.document).filter((p) => p.severity === 'error'),
      inherited,
      document,
      version.document,
    );
    if (errors.length > 0)
      problems.push(
        makeProblem('version-invalid', at(), { date, count: errors.length, pointer: errors[0]!.pointer || '/', code: errors[0]!.code }),
      );
  });
  return problems;
}

/**
 * The element or relation a pointer is in (`/relations/5/to` → that relation), named so that it is the same in both
 * versions whatever else changed: an element by its id, a relation by its ends and type. Undefined elsewhere.
 */
function itemAt(document: unknown, pointer: string): string | undefined {
  const [, list, index] = pointer.split('/');
  if (!isObject(document) || (list !== 'elements' && list !== 'relations') || !/^\d+$/.test(index ?? '')) return undefined;
  const items = document[list];
  const item: unknown = Array.isArray(items) ? items[Number(index)] : undefined;
  if (!isObject(item)) return undefined;
  return JSON.stringify(list === 'elements' ? ['element', item.id] : ['relation', item.from, item.to, item.type]);
}

/**
 * The version's errors less those it inherits from the document: an error in an element or relation (the same id,
 * or the same ends and type) that has an error in the document too; elsewhere, an error of a code the document has (as many as it has).
 */
function ownErrors(errors: readonly Problem[], inherited: readonly Problem[], document: unknown, version: unknown): Problem[] {
  const brokenItems = new Set<string>();
  const left = new Map<string, number>();
  for (const p of inherited) {
    if (p.severity !== 'error') continue;
    const item = itemAt(document, p.pointer);
    if (item !== undefined) brokenItems.add(item);
    else left.set(p.code, (left.get(p.code) ?? 0) + 1);
  }
  return errors.filter((p) => {
    const item = itemAt(version, p.pointer);
    if (item !== undefined) return !brokenItems.has(item);
    const n = left.get(p.code) ?? 0;
    if (n > 0) left.set(p.code, n - 1);
    return n === 0;
  });
}
